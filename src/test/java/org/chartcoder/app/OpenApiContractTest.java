package org.chartcoder.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Route;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.spi.Registry;
import org.chartcoder.lifecycle.FileRunRecord;
import org.chartcoder.lifecycle.RunEvent;
import org.chartcoder.lifecycle.RunRecord;
import org.chartcoder.lifecycle.RunsApiRoute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * /api/openapi.json cannot drift from the API: every documented operation is called on the real
 * routes, every documented status (but 500) must be produced, and every real answer must be a
 * documented status whose documented schema, media type and headers it matches. The routes and the
 * document list the same paths, and the API Gateway route list is the document's.
 */
class OpenApiContractTest extends ApiRouteTestSupport {

    private static final String TOKEN = "contract-token-0123456789";

    @TempDir
    static Path dataDir;

    private final ObjectMapper mapper = new ObjectMapper();
    private ChartRecords.ChunkResult sample;

    /** One request and the status it must produce. */
    /** The chart whose intake the mock holds until every call is made. */
    private static final String HELD = "held-intake";

    private record Call(String method, String path, boolean token, String body, int expected, String idempotencyKey) {

        Call(String method, String path, boolean token, String body, int expected) {
            this(method, path, token, body, expected, null);
        }
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        sample = SampleBatch.storeInto(store, index);
        RunRecord record = new FileRunRecord(dataDir.resolve(String.valueOf(System.nanoTime())));
        record.append(RunEvent.of("run-a", "alarm.received", "state", "ALARM"));
        record.writeSummary("run-a", "{\"runId\":\"run-a\",\"status\":\"drained\"}");
        record.append(RunEvent.of("run-b", "alarm.received", "state", "ALARM"));
        registry.bind("runRecord", record);
        bindApi(registry, TOKEN);
    }

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        return new RoutesBuilder[] {new QueryApiRoute(), new RunsApiRoute(), intakeMock()};
    }

    @Test
    void everyDocumentedOperationAnswersAsDocumented() throws Exception {
        java.util.concurrent.CountDownLatch heldIntake = new java.util.concurrent.CountDownLatch(1);
        getMockEndpoint("mock:intake").whenAnyExchangeReceived(e -> {
            if (e.getMessage().getHeader(BatchIntake.CHART_IDS, List.class).contains(HELD)) {
                heldIntake.await(30, java.util.concurrent.TimeUnit.SECONDS);
            }
        });
        HttpResponse<String> served = send(new Call("GET", "/api/openapi.json", false, null, 200));
        JsonNode document = mapper.readTree(served.body());
        JsonSchemaCheck schemas = new JsonSchemaCheck(document);
        String chart = "ed-abdominal-pain";
        String code = sample.results().stream().filter(result -> result.chartId().equals(chart)).findFirst()
                .orElseThrow().codes().get(0).code();
        List<Call> calls = List.of(
                new Call("GET", "/api/health", false, null, 200),
                new Call("GET", "/api/openapi.json", false, null, 200),
                new Call("POST", "/api/batches", true, "[{\"chartId\":\"n1\",\"text\":\"Known hypertension.\"}]", 202),
                new Call("POST", "/api/batches", true, "[{\"chartId\":\"bad/id\",\"text\":\"x\"}]", 400),
                new Call("POST", "/api/batches", true, "{\"source\":\"s3://ehr-exports/notes/\"}", 202),
                new Call("POST", "/api/batches", true, "{\"source\":\"https://example.org/notes/\"}", 400),
                new Call("POST", "/api/batches", false, "[{\"chartId\":\"n2\",\"text\":\"x\"}]", 401),
                new Call("POST", "/api/batches", true, "[{\"chartId\":\"n3\",\"text\":\"x\"}]", 202, "contract-key"),
                new Call("POST", "/api/batches", true, "[{\"chartId\":\"n3\",\"text\":\"y\"}]", 422, "contract-key"),
                new Call("POST", "/api/batches", true, "[{\"chartId\":\"n4\",\"text\":\"" + "x".repeat(MAX_BATCH_BYTES) + "\"}]", 413),
                // the mock intake holds the first of these (see heldIntake), so the second finds intake full
                new Call("POST", "/api/batches", true, "[{\"chartId\":\"" + HELD + "\",\"text\":\"" + "x".repeat(MAX_PENDING_BYTES * 2 / 3) + "\"}]", 202),
                new Call("POST", "/api/batches", true, "[{\"chartId\":\"n5\",\"text\":\"" + "x".repeat(MAX_PENDING_BYTES / 2) + "\"}]", 503),
                new Call("GET", "/api/batches", true, null, 200),
                new Call("GET", "/api/batches?limit=0", true, null, 400),
                new Call("GET", "/api/batches", false, null, 401),
                new Call("GET", "/api/batches/samples?limit=3", true, null, 200),
                new Call("GET", "/api/batches/samples", true, null, 200),
                new Call("GET", "/api/batches/none", true, null, 404),
                new Call("GET", "/api/batches/a%20b", true, null, 400),
                new Call("GET", "/api/batches/samples", false, null, 401),
                new Call("GET", "/api/charts/" + chart, true, null, 200),
                new Call("GET", "/api/charts/" + chart + "?format=comprehend", true, null, 200),
                new Call("GET", "/api/charts/failed1", true, null, 200),
                new Call("GET", "/api/charts/dead1", true, null, 200),
                new Call("GET", "/api/charts/waiting1", true, null, 202),
                new Call("GET", "/api/charts/nobody", true, null, 404),
                new Call("GET", "/api/charts/" + chart + "?format=xml", true, null, 400),
                new Call("GET", "/api/charts/" + chart, false, null, 401),
                new Call("GET", "/api/charts/" + chart + "/text", true, null, 200),
                new Call("GET", "/api/charts/nobody/text", true, null, 404),
                new Call("GET", "/api/charts/a%2Ab/text", true, null, 400),
                new Call("GET", "/api/charts/" + chart + "/text", false, null, 401),
                new Call("GET", "/api/codes/" + code + "/charts?limit=1", true, null, 200),
                new Call("GET", "/api/codes/I10%3B/charts", true, null, 400),
                new Call("GET", "/api/codes/" + code + "/charts", false, null, 401),
                new Call("GET", "/api/runs?limit=1", true, null, 200),
                new Call("GET", "/api/runs?limit=x", true, null, 400),
                new Call("GET", "/api/runs", false, null, 401),
                new Call("GET", "/api/runs/run-a", true, null, 200),
                new Call("GET", "/api/runs/run-b", true, null, 200),
                new Call("GET", "/api/runs/nope", true, null, 404),
                new Call("GET", "/api/runs/..%2Fetc", true, null, 400),
                new Call("GET", "/api/runs/run-a", false, null, 401),
                new Call("GET", "/viewer/", false, null, 200),
                new Call("GET", "/viewer/viewer.js", false, null, 200),
                new Call("GET", "/viewer/viewer.css", false, null, 200));

        Set<String> produced = new TreeSet<>();
        List<String> violations = new ArrayList<>();
        for (Call call : calls) {
            HttpResponse<String> response = send(call);
            String what = call.method() + " " + call.path() + (call.token() ? "" : " (no token)");
            assertEquals(call.expected(), response.statusCode(), what + ": " + response.body());
            String template = template(document, call.path().split("\\?")[0]);
            String method = call.method().toLowerCase(Locale.ROOT);
            JsonNode documented = document.path("paths").path(template).path(method).path("responses")
                    .path(Integer.toString(response.statusCode()));
            if (documented.isMissingNode()) {
                violations.add(what + ": status " + response.statusCode() + " is not documented");
                continue;
            }
            produced.add(method + " " + template + " " + response.statusCode());
            violations.addAll(conforms(what, documented, response, schemas));
        }
        heldIntake.countDown();
        assertEquals(List.of(), violations);
        assertEquals(List.of(), undocumentedOrUnproduced(document, produced), "documented statuses never produced");
    }

    private List<String> conforms(String what, JsonNode documented, HttpResponse<String> response, JsonSchemaCheck schemas)
            throws Exception {
        List<String> violations = new ArrayList<>();
        String mediaType = response.headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
        JsonNode content = documented.path("content");
        if (!content.has(mediaType)) {
            violations.add(what + ": media type " + mediaType + " is not documented");
        } else if (mediaType.equals("application/json")) {
            schemas.violations(content.path(mediaType).path("schema"), mapper.readTree(response.body()))
                    .forEach(violation -> violations.add(what + ": " + violation));
        } else if (response.body().isBlank()) {
            violations.add(what + ": empty " + mediaType);
        }
        documented.path("headers").fieldNames().forEachRemaining(header -> {
            if (response.headers().firstValue(header).isEmpty()) {
                violations.add(what + ": lacks documented header " + header);
            }
        });
        if (!"no-store".equals(response.headers().firstValue("Cache-Control").orElse(""))
                || response.headers().firstValue("Strict-Transport-Security").isEmpty()) {
            violations.add(what + ": lacks Cache-Control: no-store or Strict-Transport-Security");
        }
        return violations;
    }

    /** Every documented status of every operation that no call produced, but 500 (no call should). */
    private static List<String> undocumentedOrUnproduced(JsonNode document, Set<String> produced) {
        List<String> missing = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(operation -> operation.getValue().path("responses").fieldNames()
                    .forEachRemaining(status -> {
                        String key = operation.getKey() + " " + path.getKey() + " " + status;
                        if (!status.equals("500") && !produced.contains(key)) {
                            missing.add(key);
                        }
                    }));
        }
        return missing;
    }

    /** The document's path that a concrete path matches; literal paths win over templates. */
    private static String template(JsonNode document, String path) {
        if (document.path("paths").has(path)) {
            return path;
        }
        String[] segments = path.split("/", -1);
        for (Iterator<String> templates = document.path("paths").fieldNames(); templates.hasNext(); ) {
            String template = templates.next();
            String[] parts = template.split("/", -1);
            boolean matches = parts.length == segments.length;
            for (int i = 0; matches && i < parts.length; i++) {
                matches = parts[i].startsWith("{") ? !segments[i].isEmpty() : parts[i].equals(segments[i]);
            }
            if (matches) {
                return template;
            }
        }
        return "(undocumented) " + path;
    }

    @Test
    void theRoutesServeExactlyTheDocumentedPaths() throws Exception {
        JsonNode document = mapper.readTree(send(new Call("GET", "/api/openapi.json", false, null, 200)).body());
        Set<String> documented = new TreeSet<>();
        document.path("paths").fieldNames().forEachRemaining(documented::add);
        Set<String> routed = new TreeSet<>();
        for (Route route : context.getRoutes()) {
            String uri = route.getEndpoint().getEndpointUri();
            if (uri.startsWith("platform-http:")) {
                routed.add(URLDecoder.decode(uri.substring("platform-http:".length()).replaceFirst("^/+", "/").split("\\?")[0],
                        StandardCharsets.UTF_8));
            }
        }
        assertEquals(documented, routed);
    }

    @Test
    void theApiGatewayRouteListIsTheDocumentsServerlessOperations() throws Exception {
        List<String> listed = Files.readAllLines(Path.of("docs/api-gateway-routes.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        assertEquals(QueryApi.serverlessRoutes(), listed,
                "regenerate docs/api-gateway-routes.txt from QueryApi.serverlessRoutes()");
        assertTrue(listed.contains("GET /api/charts/{chartId}"));
        assertFalse(listed.contains("POST /api/batches"), "intake needs the work queue: not on the query function");
    }

    private HttpResponse<String> send(Call call) throws Exception {
        HttpRequest.Builder request = request(call.path(), call.token() ? TOKEN : null);
        if (call.body() != null) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(call.body()));
        }
        if (call.idempotencyKey() != null) {
            request.header(BatchIntake.IDEMPOTENCY_KEY, call.idempotencyKey());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
