package org.chartcoder.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chartcoder.app.ChunkFixtures;
import org.chartcoder.app.DynamoChartIndex;
import org.chartcoder.engine.CodingEngines;
import org.chartcoder.engine.codeset.CodeSet;
import org.chartcoder.runtime.AwsClients;
import org.chartcoder.runtime.Settings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.ParameterType;

/**
 * The query Lambda as AWS constructs it (no-argument constructor; settings from the jar's
 * configuration and the function's environment, here system properties) against S3 and KMS on
 * moto, with SSE-KMS objects and the DynamoDB index as intake and workers leave them: a coded chart answers 200, no token
 * 401, an unknown chart 404, and a per-code list pages. The bearer token is an SSM SecureString under the data key,
 * named by the function's environment (no token in it): the handler authorizes with the parameter's value, refuses
 * any other, and keeps the value it read at start until the next cold start.
 */
class QueryApiHandlerMotoTest {

    private static final String BUCKET = "chart-coder-query-test";
    private static final String TABLE = "chart-coder-query-test-index";
    private static final String TOKEN = "query-lambda-token-0123456789";
    private static final String TOKEN_PARAMETER = "/chart-coder-query-test/query-api-token";

    @TempDir
    static Path work;

    private static MotoFunctionEnvironment aws;
    private final ObjectMapper mapper = new ObjectMapper();

    @BeforeAll
    static void startMoto() throws Exception {
        aws = MotoFunctionEnvironment.start(work.resolve("moto.log")).orElse(null);
        assumeTrue(aws != null, "moto_server is not installed: query Lambda test skipped");
    }

    @AfterAll
    static void stopMoto() throws Exception {
        if (aws != null) {
            aws.close();
        }
    }

    @Test
    void answersApiGatewayEventsFromTheBucketWithTheFunctionsEnvironment() throws Exception {
        AwsClients clients = aws.clients();
        try (S3Client s3 = clients.s3(); KmsClient kms = aws.kms(); DynamoDbClient dynamo = clients.dynamoDb();
             SsmClient ssm = clients.ssm()) {
            s3.createBucket(builder -> builder.bucket(BUCKET));
            String keyId = kms.createKey(builder -> builder.description("test")).keyMetadata().keyId();
            // the table as Ansible provisions it; the function only reads it
            DynamoChartIndex index = DynamoChartIndex.open(dynamo, TABLE, keyId);
            ChunkFixtures fixtures = new ChunkFixtures((key, bytes) -> put(s3, keyId, key, bytes), index);
            Map<String, String> texts = new LinkedHashMap<>();
            texts.put("note-1", "Known hypertension. Denies chest pain.");
            texts.put("note-2", "Known hypertension. Denies chest pain.");
            fixtures.coded("b1", texts, CodingEngines.createRuleEngine(CodeSet.empty()));
            new S3RunRecord(s3, BUCKET, keyId).append(RunEvent.of("run-a", "alarm.received", "state", "ALARM"));
            // the token as provisioning stores it: a SecureString under the data key
            ssm.putParameter(builder -> builder.name(TOKEN_PARAMETER).type(ParameterType.SECURE_STRING).keyId(keyId)
                    .value(TOKEN));
            aws.set("chartcoder.bucket", BUCKET);
            aws.set("chartcoder.s3.kmsKeyId", keyId);
            aws.set("chartcoder.index.table", TABLE);
            aws.set("chartcoder.api.tokenParameter", TOKEN_PARAMETER);

            QueryApiHandler handler = new QueryApiHandler();

            APIGatewayV2HTTPResponse chart = handler.handleRequest(ApiGatewayEvents.get("/api/charts/note-1", "", TOKEN), null);
            assertEquals(200, chart.getStatusCode(), chart.getBody());
            assertEquals("I10", mapper.readTree(chart.getBody()).path("codes").path(0).path("code").asText());
            assertEquals("no-store", chart.getHeaders().get("Cache-Control"));
            assertEquals(401, handler.handleRequest(ApiGatewayEvents.get("/api/charts/note-1", "", null), null).getStatusCode());
            assertEquals(404, handler.handleRequest(ApiGatewayEvents.get("/api/charts/nobody", "", TOKEN), null).getStatusCode());
            assertEquals(401, handler.handleRequest(ApiGatewayEvents.get("/api/charts/note-1", "", "not-" + TOKEN), null)
                    .getStatusCode(), "another token is refused");
            assertEquals(401, handler.handleRequest(ApiGatewayEvents.get("/api/charts/note-1", "", TOKEN_PARAMETER), null)
                    .getStatusCode(), "the parameter's name is no token");

            JsonNode first = mapper.readTree(handler.handleRequest(ApiGatewayEvents.get("/api/codes/I10/charts", "limit=1", TOKEN), null).getBody());
            assertEquals("note-1", first.path("charts").path(0).path("chartId").asText());
            JsonNode second = mapper.readTree(handler.handleRequest(ApiGatewayEvents.get("/api/codes/I10/charts",
                    "limit=1&nextToken=" + first.path("nextToken").asText(), TOKEN), null).getBody());
            assertEquals("note-2", second.path("charts").path(0).path("chartId").asText());
            assertFalse(second.has("nextToken"));

            JsonNode runs = mapper.readTree(handler.handleRequest(ApiGatewayEvents.get("/api/runs", "", TOKEN), null).getBody());
            assertEquals("run-a", runs.path("runs").path(0).path("runId").asText());
            assertTrue(handler.handleRequest(ApiGatewayEvents.get("/viewer/", "", null), null).getBody().contains("evidence viewer"));

            // rotation: a new value in the parameter; the warm container keeps the token it read at start, a
            // container started after the change (the next cold start) authorizes with the new one only
            String rotated = "rotated-query-token-9876543210";
            ssm.putParameter(builder -> builder.name(TOKEN_PARAMETER).type(ParameterType.SECURE_STRING).keyId(keyId)
                    .value(rotated).overwrite(true));
            assertEquals(200, handler.handleRequest(ApiGatewayEvents.get("/api/charts/note-1", "", TOKEN), null).getStatusCode());
            QueryApiHandler cold = new QueryApiHandler(QueryApiHandler.fromSettings(Settings.load("aws", Map.of())));
            assertEquals(200, cold.handleRequest(ApiGatewayEvents.get("/api/charts/note-1", "", rotated), null).getStatusCode());
            assertEquals(401, cold.handleRequest(ApiGatewayEvents.get("/api/charts/note-1", "", TOKEN), null).getStatusCode());
        }
    }

    private static void put(S3Client s3, String keyId, String key, byte[] bytes) {
        s3.putObject(builder -> builder.bucket(BUCKET).key(key).serverSideEncryption(ServerSideEncryption.AWS_KMS)
                .ssekmsKeyId(keyId), RequestBody.fromBytes(bytes));
    }
}
