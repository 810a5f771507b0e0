package org.chartcoder.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.spi.Registry;
import org.chartcoder.app.ApiAuthorization;
import org.chartcoder.app.ChartQueries;
import org.chartcoder.app.ApiRouteTestSupport;
import org.chartcoder.app.QueryApi;
import org.chartcoder.app.QueryApiRoute;
import org.chartcoder.app.ChunkFixtures;
import org.chartcoder.engine.CodingEngines;
import org.chartcoder.engine.codeset.CodeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Lambda adapter answers API Gateway HTTP API events (payload 2.0) exactly as the platform-http
 * routes answer the same requests: status, body and every header the core sets.
 */
class QueryApiHandlerTest extends ApiRouteTestSupport {

    private static final String TOKEN = "lambda-token-0123456789";

    @TempDir
    static Path dataDir;

    private RunRecord record;

    @Override
    protected void bindToRegistry(Registry registry) {
        ChunkFixtures fixtures = new ChunkFixtures(store::put, index);
        fixtures.coded("b1", Map.of("coded1", "Known hypertension."), CodingEngines.createRuleEngine(CodeSet.empty()));
        fixtures.queued("b1", Map.of("waiting1", "x"));
        record = new FileRunRecord(dataDir.resolve(String.valueOf(System.nanoTime())));
        record.append(RunEvent.of("run-a", "alarm.received", "state", "ALARM"));
        record.append(RunEvent.of("run-b", "alarm.received", "state", "ALARM"));
        registry.bind("runRecord", record);
        bindApi(registry, TOKEN);
    }

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        return new RoutesBuilder[] {new QueryApiRoute(), new RunsApiRoute()};
    }

    private ChartQueries queries() {
        return new ChartQueries(store, null, index, new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
    }

    @Test
    void lambdaAndRoutesGiveTheSameAnswers() throws Exception {
        ChartQueries queries = queries();
        QueryApiHandler handler = new QueryApiHandler(new QueryApi(new ApiAuthorization(TOKEN), queries,
                Optional.of(new RecordedRuns(record))));
        List<String[]> requests = List.of(
                new String[] {"/api/health", null, null},
                new String[] {"/api/openapi.json", null, null},
                new String[] {"/api/charts/coded1", null, TOKEN},
                new String[] {"/api/charts/coded1", null, null},
                new String[] {"/api/charts/coded1", null, "wrong"},
                new String[] {"/api/charts/coded1", "format=xml", TOKEN},
                new String[] {"/api/charts/waiting1", null, TOKEN},
                new String[] {"/api/charts/nobody", null, TOKEN},
                new String[] {"/api/charts/a%20b", null, TOKEN},
                new String[] {"/api/charts/coded1/text", null, TOKEN},
                new String[] {"/api/batches", null, TOKEN},
                new String[] {"/api/batches/b1", "limit=1", TOKEN},
                new String[] {"/api/batches/b1", "limit=0", TOKEN},
                new String[] {"/api/codes/I10/charts", null, TOKEN},
                new String[] {"/api/runs", "limit=1", TOKEN},
                new String[] {"/api/runs/run-a", null, TOKEN},
                new String[] {"/api/runs/nope", null, TOKEN},
                new String[] {"/viewer/", null, null});
        for (String[] request : requests) {
            String what = request[0] + (request[1] == null ? "" : "?" + request[1]) + (request[2] == null ? " no token" : "");
            HttpResponse<String> viaRoute = viaRoute(request[0], request[1], request[2]);
            APIGatewayV2HTTPResponse viaLambda = handler.handleRequest(ApiGatewayEvents.get(request[0], request[1], request[2]), null);
            assertEquals(viaRoute.statusCode(), viaLambda.getStatusCode(), what);
            assertEquals(viaRoute.body(), viaLambda.getBody(), what);
            assertFalse(viaLambda.getIsBase64Encoded());
            viaLambda.getHeaders().forEach((name, value) ->
                    assertEquals(value, viaRoute.headers().firstValue(name).orElse("(absent)"), what + ": " + name));
        }
    }

    @Test
    void aNamedStageIsCutFromThePath() {
        assertEquals("/api/charts/x", QueryApiHandler.pathWithoutStage("/prod/api/charts/x", "prod"));
        assertEquals("/api/charts/x", QueryApiHandler.pathWithoutStage("/api/charts/x", "$default"));
        assertEquals("/api/charts/x", QueryApiHandler.pathWithoutStage("/api/charts/x", "prod"));
    }

    private HttpResponse<String> viaRoute(String path, String query, String token) throws Exception {
        return get(path + (query == null ? "" : "?" + query), token);
    }
}
