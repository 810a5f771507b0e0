package org.chartcoder.app;

import org.chartcoder.cli.BenchLocalCommand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chartcoder.engine.CodingResult;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelContextConfiguration;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The API routes over plain HTTP on loopback; TLS is covered by the local-mode integration test. */
class QueryApiRouteTest extends CamelTestSupport {

    private static final String TOKEN = "test-token-0123456789";

    private final InMemoryChartStore store = new InMemoryChartStore();
    private final ObjectMapper mapper = new ObjectMapper();
    private final H2ChartIndex index = TestIndexes.h2();

    @org.junit.jupiter.api.AfterEach
    void closeIndex() {
        index.close();
    }
    private final HttpClient http = HttpClient.newHttpClient();
    private int port;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        port = BenchLocalCommand.freePort();
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(server));
        return context;
    }

    @Override
    public void configureContext(CamelContextConfiguration configuration) {
        super.configureContext(configuration);
        configuration.withUseOverridePropertiesWithPropertiesComponent(ChartWorkerRouteTest.routeProperties());
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("apiAuthorization", new ApiAuthorization(TOKEN));
        registry.bind("chartQueries", new ChartQueries(store, index, mapper));
        registry.bind("batchIntake", new BatchIntake(mapper, 2, 1 << 20));
    }

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        return new RoutesBuilder[] {new QueryApiRoute(), new org.apache.camel.builder.RouteBuilder() {
            @Override
            public void configure() {
                from(BatchIntake.INTAKE).to("mock:intake");
            }
        }};
    }

    @BeforeEach
    void storeOneBatch() throws Exception {
        index.submitted("b1", "c000000", List.of("coded1", "failed1"));
        index.submitted("b1", "c000001", List.of("waiting1"));
        index.submitted("b1", "c000002", List.of("dead1"));
        ChartRecords.ChunkResult chunk = new ChartRecords.ChunkResult("b1", "c000000", "s", List.of(
                new ChartRecords.Result("coded1", "b1", "t", "m", "c", "s", List.of(),
                        List.of(new CodingResult.RankedCode("K26.9", "Duodenal ulcer", 0.9, List.of())))),
                List.of(new ChartRecords.Error("failed1", "b1", "failed", ErrorReason.EMPTY_TEXT, "chart has no text", "s", "t")));
        store.put(ChartKeys.result("b1", "c000000"), mapper.writeValueAsBytes(chunk));
        new ChunkIndexer(store, index, mapper).index(chunk);
        ChartRecords.DeadLetterChunk dead = new ChartRecords.DeadLetterChunk("b1", "c000002", "s", "MAX_RECEIVES_EXCEEDED",
                "t", List.of("dead1"));
        store.put(ChartKeys.deadLetter("b1", "c000002"), mapper.writeValueAsBytes(dead));
        new ChunkIndexer(store, index, mapper).index(dead);
    }

    @Test
    void healthNeedsNoToken() throws Exception {
        HttpResponse<String> response = get("/api/health", null);
        assertEquals(200, response.statusCode());
        assertEquals("UP", json(response).path("status").asText());
    }

    @Test
    void missingOrWrongTokenIs401() throws Exception {
        assertEquals(401, get("/api/charts/coded1", null).statusCode());
        assertEquals(401, get("/api/charts/coded1", TOKEN + "x").statusCode());
        assertEquals(401, get("/api/charts/coded1", TOKEN.substring(1)).statusCode());
        assertEquals(401, get("/api/batches/b1", "").statusCode());
        HttpResponse<String> response = get("/api/codes/I10/charts", "wrong");
        assertEquals(401, response.statusCode());
        assertEquals("Bearer", response.headers().firstValue("WWW-Authenticate").orElse(""));
    }

    @Test
    void chartAnswersResultErrorQueuedOrUnknown() throws Exception {
        HttpResponse<String> coded = get("/api/charts/coded1", TOKEN);
        assertEquals(200, coded.statusCode());
        assertEquals("K26.9", json(coded).path("codes").get(0).path("code").asText());
        HttpResponse<String> failed = get("/api/charts/failed1", TOKEN);
        assertEquals(200, failed.statusCode());
        assertEquals("EMPTY_TEXT", json(failed).path("reason").asText());
        HttpResponse<String> waiting = get("/api/charts/waiting1", TOKEN);
        assertEquals(202, waiting.statusCode());
        assertEquals("queued", json(waiting).path("status").asText());
        assertEquals(404, get("/api/charts/nobody", TOKEN).statusCode());
    }

    @Test
    void invalidIdsAre400() throws Exception {
        assertEquals(400, get("/api/charts/a%20b", TOKEN).statusCode());
        assertEquals(400, get("/api/charts/a%2Ab", TOKEN).statusCode());
        assertEquals(400, get("/api/batches/" + "x".repeat(129), TOKEN).statusCode());
        assertEquals(400, get("/api/codes/I10%3B/charts", TOKEN).statusCode());
    }

    @Test
    void batchCountsEveryState() throws Exception {
        JsonNode batch = json(get("/api/batches/b1", TOKEN));
        assertEquals(4, batch.path("total").asInt());
        assertEquals(1, batch.path("queued").asInt());
        assertEquals(1, batch.path("coded").asInt());
        assertEquals(1, batch.path("failed").asInt());
        assertEquals(1, batch.path("deadLettered").asInt());
        assertFalse(batch.has("charts"), "counters only: the charts are a paginated list");
        assertEquals(404, get("/api/batches/none", TOKEN).statusCode());
        HttpResponse<String> dead = get("/api/charts/dead1", TOKEN);
        assertEquals(200, dead.statusCode());
        assertEquals("MAX_RECEIVES_EXCEEDED", json(dead).path("reason").asText());
    }

    @Test
    void batchChartsArePaginatedAndFilteredByStatus() throws Exception {
        List<String> seen = new java.util.ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            JsonNode page = json(get("/api/batches/b1/charts?limit=3" + (token == null ? "" : "&nextToken=" + token), TOKEN));
            page.path("charts").forEach(chart -> seen.add(chart.path("chartId").asText() + "=" + chart.path("status").asText()));
            token = page.path("nextToken").isMissingNode() ? null : page.path("nextToken").asText();
            pages++;
        } while (token != null);
        assertEquals(2, pages);
        assertEquals(List.of("coded1=coded", "dead1=deadLettered", "failed1=failed", "waiting1=queued"), seen.stream().sorted().toList());
        JsonNode queued = json(get("/api/batches/b1/charts?status=queued", TOKEN));
        assertEquals("waiting1", queued.path("charts").get(0).path("chartId").asText());
        assertEquals(1, queued.path("charts").size());
        assertEquals(400, get("/api/batches/b1/charts?status=lost", TOKEN).statusCode());
        assertEquals(400, get("/api/batches/b1/charts?limit=0", TOKEN).statusCode());
        assertEquals(400, get("/api/batches/b1/charts?limit=x", TOKEN).statusCode());
        assertEquals(400, get("/api/batches/b1/charts?nextToken=%21%21", TOKEN).statusCode());
    }

    @Test
    void codeQueryMatchesWithoutCaseOrDots() throws Exception {
        for (String spelling : List.of("K26.9", "K269", "k269", "k26.9")) {
            JsonNode answer = json(get("/api/codes/" + spelling + "/charts", TOKEN));
            assertEquals("K269", answer.path("code").asText());
            assertEquals(1, answer.path("charts").size(), spelling);
            assertEquals("coded1", answer.path("charts").get(0).path("chartId").asText());
        }
        assertEquals(0, json(get("/api/codes/E11.9/charts", TOKEN)).path("charts").size());
    }

    @Test
    void postedBatchGoesToIntakeChunkByChunk() throws Exception {
        MockEndpoint intake = getMockEndpoint("mock:intake");
        intake.expectedMessageCount(2);
        HttpResponse<String> response = post("[{\"chartId\":\"n1\",\"text\":\"one\"},{\"chartId\":\"n2\",\"text\":\"two\"},"
                + "{\"chartId\":\"n3\",\"text\":\"three\"}]", TOKEN);

        assertEquals(202, response.statusCode());
        intake.assertIsSatisfied();
        String batchId = json(response).path("batchId").asText();
        assertTrue(ChartIds.isValid(batchId));
        assertEquals(3, json(response).path("charts").asInt());
        org.apache.camel.Message first = intake.getExchanges().get(0).getMessage();
        assertEquals(batchId, first.getHeader(BatchIntake.BATCH_ID));
        assertEquals("c000000", first.getHeader(BatchIntake.CHUNK_ID));
        assertEquals(List.of("n1", "n2"), first.getHeader(BatchIntake.CHART_IDS), "chunks of at most 2 charts here");
        List<ChartBundle.Chart> charts = ChartBundle.read(first.getBody(byte[].class));
        assertEquals("one", new String(charts.get(0).bytes(), StandardCharsets.UTF_8));
        assertEquals(List.of("n3"), intake.getExchanges().get(1).getMessage().getHeader(BatchIntake.CHART_IDS));
    }

    @Test
    void badBatchIsRejectedWhole() throws Exception {
        MockEndpoint intake = getMockEndpoint("mock:intake");
        intake.expectedMessageCount(0);
        assertEquals(400, post("[{\"chartId\":\"ok\",\"text\":\"one\"},{\"chartId\":\"no/slash\",\"text\":\"two\"}]", TOKEN).statusCode());
        assertEquals(400, post("[{\"chartId\":\"dup\",\"text\":\"one\"},{\"chartId\":\"dup\",\"text\":\"two\"}]", TOKEN).statusCode());
        assertEquals(400, post("{}", TOKEN).statusCode());
        assertEquals(400, post("[]", TOKEN).statusCode());
        assertEquals(401, post("[{\"chartId\":\"ok\",\"text\":\"one\"}]", null).statusCode());
        intake.assertIsSatisfied(200);
    }

    private void put(String key, String value) {
        store.put(key, value.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String body, String token) throws Exception {
        return http.send(request("/api/batches", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private JsonNode json(HttpResponse<String> response) throws Exception {
        return mapper.readTree(response.body());
    }

}
