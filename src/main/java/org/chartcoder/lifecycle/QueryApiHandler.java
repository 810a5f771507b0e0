package org.chartcoder.lifecycle;

import java.util.Map;
import java.util.Optional;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chartcoder.app.ApiAuthorization;
import org.chartcoder.app.ChartQueries;
import org.chartcoder.app.ChartSourceReader;
import org.chartcoder.app.ChartStore;
import org.chartcoder.app.QueryApi;
import org.chartcoder.app.DynamoChartIndex;
import org.chartcoder.runtime.AwsClients;
import org.chartcoder.runtime.Settings;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * AWS Lambda entry point behind an API Gateway HTTP API (payload format 2.0): the same query core as
 * the platform-http routes, so the answers, statuses, pagination and headers are the same. Settings
 * come from the jar's application(-aws).properties overridden by the function's environment:
 * CHARTCODER_BUCKET, CHARTCODER_S3_KMSKEYID (the run record's key), CHARTCODER_INDEX_TABLE,
 * CHARTCODER_API_TOKENPARAMETER (the SSM SecureString holding the bearer token, see ApiTokenParameter),
 * CHARTCODER_AWS_REGION. It only reads: the index table (GetItem, Query), S3 GetObject and ListBucket, the
 * token parameter (ssm:GetParameter), and kms:Decrypt for SSE-KMS objects, the table and the parameter.
 * The core, with the token, is built once per Lambda container and reused by warm invocations.
 */
public class QueryApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private static QueryApi shared;

    private final QueryApi api;

    public QueryApiHandler() {
        this(sharedApi());
    }

    public QueryApiHandler(QueryApi api) {
        this.api = api;
    }

    private static synchronized QueryApi sharedApi() {
        if (shared == null) {
            shared = fromSettings(Settings.load("aws", Map.of()));
        }
        return shared;
    }

    /** The core over the bucket, the index table (provisioned by Ansible) and the run record that the settings name. */
    public static QueryApi fromSettings(Settings settings) {
        AwsClients clients = new AwsClients(settings.lookup());
        S3Client s3 = clients.s3();
        String bucket = settings.require("chartcoder.bucket");
        ChartQueries queries = new ChartQueries(new ChartStore(s3, bucket), new ChartSourceReader(s3, false),
                DynamoChartIndex.existing(clients.dynamoDb(), settings.require("chartcoder.index.table")),
                new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        RunRecord record = new S3RunRecord(s3, bucket, settings.require("chartcoder.s3.kmsKeyId"));
        return new QueryApi(new ApiAuthorization(ApiTokenParameter.token(settings, clients)), queries,
                Optional.of(new RecordedRuns(record)));
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context lambdaContext) {
        APIGatewayV2HTTPEvent.RequestContext request = event.getRequestContext();
        QueryApi.Response response = api.handle(new QueryApi.Request(request.getHttp().getMethod(),
                pathWithoutStage(event.getRawPath(), request.getStage()), event.getRawQueryString(),
                header(event.getHeaders(), "Authorization")));
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(response.status())
                .withHeaders(response.headers())
                .withBody(response.bodyText())
                .withIsBase64Encoded(false)
                .build();
    }

    /** A named stage (not {@code $default}) prefixes rawPath with its name; the API's paths start after it. */
    static String pathWithoutStage(String rawPath, String stage) {
        String prefix = "/" + stage + "/";
        return stage != null && !"$default".equals(stage) && rawPath.startsWith(prefix)
                ? rawPath.substring(prefix.length() - 1) : rawPath;
    }

    /** API Gateway lower-cases header names; a client's own casing is accepted too. */
    private static String header(Map<String, String> headers, String name) {
        if (headers == null) {
            return null;
        }
        return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }
}
