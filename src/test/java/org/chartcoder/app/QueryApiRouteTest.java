package org.chartcoder.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.component.mock.MockEndpoint;
import org.chartcoder.engine.CodingEngine;
import org.chartcoder.engine.CodingEngines;
import org.chartcoder.engine.codeset.CodeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The API routes over plain HTTP on loopback; TLS is covered by the local-mode integration test. */
class QueryApiRouteTest extends ApiRouteTestSupport {

    private static final String TOKEN = API_TOKEN;

    private static final String HYPERTENSION = "Known hypertension.";
    private static final CodingEngine ENGINE = CodingEngines.createRuleEngine(CodeSet.empty());

    private final ObjectMapper mapper = new ObjectMapper();
    private final ChunkFixtures fixtures = new ChunkFixtures(store::put, index);

    @BeforeEach
    void storeOneBatch() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("coded1", HYPERTENSION);
        texts.put("failed1", "");
        fixtures.coded("b1", texts, ENGINE);
        fixtures.queued("b1", Map.of("waiting1", "x"));
        fixtures.deadLettered("b1", Map.of("dead1", "x"));
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
        assertEquals("I10", json(coded).path("codes").get(0).path("code").asText());
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
    void batchCountsEveryStateAndListsItsChartsByIdWithTheirState() throws Exception {
        JsonNode batch = json(get("/api/batches/b1", TOKEN));
        assertEquals(4, batch.path("total").asInt());
        assertEquals(1, batch.path("queued").asInt());
        assertEquals(1, batch.path("coded").asInt());
        assertEquals(1, batch.path("failed").asInt());
        assertEquals(1, batch.path("deadLettered").asInt());
        assertFalse(batch.path("done").asBoolean());
        assertEquals("[{\"chartId\":\"coded1\",\"status\":\"coded\"},{\"chartId\":\"dead1\",\"status\":\"dead-lettered\"},"
                + "{\"chartId\":\"failed1\",\"status\":\"failed\"},{\"chartId\":\"waiting1\",\"status\":\"queued\"}]",
                batch.path("charts").toString());
        assertFalse(batch.has("nextToken"), "one page holds them all");
        assertEquals(404, get("/api/batches/none", TOKEN).statusCode());
    }

    @Test
    void everyListPagesWithLimitAndNextTokenUntilTheLastPage() throws Exception {
        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            JsonNode page = json(get("/api/batches/b1?limit=3" + (token == null ? "" : "&nextToken=" + token), TOKEN));
            page.path("charts").forEach(chart -> seen.add(chart.path("chartId").asText()));
            assertEquals(4, page.path("total").asInt(), "counts on every page");
            token = page.hasNonNull("nextToken") ? page.path("nextToken").asText() : null;
            pages++;
        } while (token != null);
        assertEquals(List.of("coded1", "dead1", "failed1", "waiting1"), seen);
        assertEquals(2, pages);

        fixtures.coded("b2", Map.of("x1", HYPERTENSION), ENGINE);
        JsonNode first = json(get("/api/codes/I10/charts?limit=1", TOKEN));
        assertEquals("coded1", first.path("charts").get(0).path("chartId").asText());
        JsonNode second = json(get("/api/codes/I10/charts?limit=1&nextToken=" + first.path("nextToken").asText(), TOKEN));
        assertEquals("x1", second.path("charts").get(0).path("chartId").asText());
        assertFalse(second.has("nextToken"));
        JsonNode batches = json(get("/api/batches?limit=1", TOKEN));
        assertEquals("b1", batches.path("batches").get(0).path("batchId").asText());
        assertEquals("b2", json(get("/api/batches?nextToken=" + batches.path("nextToken").asText(), TOKEN))
                .path("batches").get(0).path("batchId").asText());
    }

    @Test
    void badLimitOrTokenIs400() throws Exception {
        assertEquals(400, get("/api/batches/b1?limit=0", TOKEN).statusCode());
        assertEquals(400, get("/api/batches/b1?limit=1001", TOKEN).statusCode());
        assertEquals(400, get("/api/codes/I10/charts?limit=ten", TOKEN).statusCode());
        assertEquals(400, get("/api/codes/I10/charts?nextToken=%25%25", TOKEN).statusCode());
        assertEquals(400, get("/api/batches?nextToken=bm90LWEtYmF0Y2g", TOKEN).statusCode(), "a token naming no item");
    }

    @Test
    void chartTextIsServedWithTheTokenAndNeverCached() throws Exception {
        HttpResponse<String> text = get("/api/charts/coded1/text", TOKEN);
        assertEquals(200, text.statusCode());
        assertEquals(HYPERTENSION, json(text).path("text").asText());
        assertEquals("b1", json(text).path("batchId").asText());
        assertEquals("no-store", text.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(401, get("/api/charts/coded1/text", null).statusCode());
        assertEquals(404, get("/api/charts/nobody/text", TOKEN).statusCode());
    }

    @Test
    void everyAnswerForbidsCachingAndInsistsOnHttps() throws Exception {
        for (HttpResponse<String> response : List.of(get("/api/charts/coded1", TOKEN), get("/api/charts/coded1", null),
                get("/api/charts/a%2Ab", TOKEN), get("/api/health", null))) {
            assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""), response.uri().toString());
            assertTrue(response.headers().firstValue("Strict-Transport-Security").orElse("").startsWith("max-age="));
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
        }
    }

    @Test
    void codeQueryListsChartsWhoseCodesHoldItWithoutCaseOrDots() throws Exception {
        for (String spelling : List.of("I10", "i10", "I.10", "i1.0")) {
            JsonNode answer = json(get("/api/codes/" + spelling + "/charts", TOKEN));
            assertEquals(1, answer.path("charts").size(), spelling);
            assertEquals("coded1", answer.path("charts").get(0).path("chartId").asText());
        }
        assertEquals(0, json(get("/api/codes/E11.9/charts", TOKEN)).path("charts").size());
    }

    @Test
    void onlyGetIsServedOnQueries() throws Exception {
        HttpResponse<String> response = http.send(request("/api/codes/I10/charts", TOKEN).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, response.statusCode());
        assertEquals("GET", response.headers().firstValue("Allow").orElse(""));
    }

    @Test
    void postedBatchGoesToIntakeChunkByChunk() throws Exception {
        MockEndpoint intake = getMockEndpoint("mock:intake");
        intake.expectedMessageCount(1);
        HttpResponse<String> response = post("[{\"chartId\":\"n1\",\"text\":\"one\"},{\"chartId\":\"n2\",\"text\":\"two\"}]", TOKEN);

        assertEquals(202, response.statusCode());
        intake.assertIsSatisfied();
        String batchId = json(response).path("batchId").asText();
        assertTrue(ChartIds.isValid(batchId));
        assertEquals(2, json(response).path("charts").asInt());
        org.apache.camel.Message chunk = intake.getExchanges().get(0).getMessage();
        assertEquals(batchId, chunk.getHeader(BatchIntake.BATCH_ID));
        assertEquals(List.of("n1", "n2"), chunk.getHeader(BatchIntake.CHART_IDS));
        List<ChartBundle.Chart> charts = ChartBundle.read(chunk.getBody(byte[].class));
        assertEquals("one", new String(charts.get(0).bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void anS3SourceIsAcceptedAtOnceAndABadOneRefused() throws Exception {
        HttpResponse<String> accepted = post("{\"source\":\"s3://ehr-exports/notes/2026/\"}", TOKEN);
        assertEquals(202, accepted.statusCode(), accepted.body());
        assertTrue(ChartIds.isValid(json(accepted).path("batchId").asText()));
        assertEquals("s3://ehr-exports/notes/2026/", json(accepted).path("source").asText());
        assertEquals("submitting", json(accepted).path("status").asText());
        for (String bad : List.of("{\"source\":\"file:///etc/\"}", "{\"source\":\"s3://Bad_Bucket/x/\"}",
                "{\"source\":\"s3://ehr-exports/\",\"more\":1}", "{\"source\":7}")) {
            assertEquals(400, post(bad, TOKEN).statusCode(), bad);
        }
        assertEquals(401, post("{\"source\":\"s3://ehr-exports/notes/\"}", null).statusCode());
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

    private HttpResponse<String> post(String body, String token) throws Exception {
        return http.send(request("/api/batches", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(HttpResponse<String> response) throws Exception {
        return mapper.readTree(response.body());
    }

}
