package org.chartcoder.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

/**
 * POST /api/batches as a client that times out and retries sees it: the answer comes before the
 * charts are stored, a retry with the same Idempotency-Key gets the same batch and queues nothing
 * twice (or stores only what an interrupted intake left), the key cannot be reused for other charts,
 * the body is bounded and parsed strictly, batches answered and not yet stored are bounded (503 with
 * Retry-After), and a batch whose storing fails says so in its status.
 */
class BatchIntakeRouteTest extends ApiRouteTestSupport {

    private static final String TOKEN = API_TOKEN;

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void theBatchIdComesBackBeforeTheChartsAreStored() throws Exception {
        MockEndpoint intake = getMockEndpoint("mock:intake");
        CountDownLatch storageMayProceed = new CountDownLatch(1);
        intake.whenAnyExchangeReceived(e -> storageMayProceed.await(30, TimeUnit.SECONDS));
        intake.expectedMessageCount(2);

        HttpResponse<String> response = post(charts(150, "text"), "slow-store-1");

        assertEquals(202, response.statusCode(), response.body());
        assertEquals(150, json(response).path("charts").asInt());
        storageMayProceed.countDown();
        intake.assertIsSatisfied();
        assertEquals(json(response).path("batchId").asText(), intake.getExchanges().get(0).getMessage().getHeader(BatchIntake.BATCH_ID));
    }

    @Test
    void aRetryWithTheSameKeyGetsTheSameBatchAndQueuesNothingTwice() throws Exception {
        MockEndpoint intake = getMockEndpoint("mock:intake");
        intake.expectedMessageCount(2);
        intake.setAssertPeriod(1000);
        String body = charts(150, "text");

        HttpResponse<String> first = post(body, "retry-key-1");
        HttpResponse<String> retry = post(body, "retry-key-1");
        intake.assertIsSatisfied();
        HttpResponse<String> lateRetry = post(body, "retry-key-1");

        String batchId = json(first).path("batchId").asText();
        assertEquals(202, retry.statusCode(), retry.body());
        assertEquals(batchId, json(retry).path("batchId").asText());
        assertEquals(batchId, json(lateRetry).path("batchId").asText());
        Thread.sleep(500);
        assertEquals(List.of("c000000", "c000001"), intake.getExchanges().stream()
                .map(e -> e.getMessage().getHeader(BatchIntake.CHUNK_ID, String.class)).toList(), "one set of jobs");
        assertTrue(awaitStored("retry-key-1"), "the key's batch is marked stored in the index");

        HttpResponse<String> other = post(charts(1, "text"), null);
        assertNotEquals(batchId, json(other).path("batchId").asText(), "no key: a new batch");
    }

    @Test
    void theSameKeyWithOtherChartsIsRefusedAndQueuesNothing() throws Exception {
        MockEndpoint intake = getMockEndpoint("mock:intake");
        intake.expectedMessageCount(1);
        intake.setAssertPeriod(500);
        String batchId = json(post(charts(3, "text"), "reused-key")).path("batchId").asText();

        HttpResponse<String> reused = post(charts(3, "other text"), "reused-key");

        assertEquals(422, reused.statusCode());
        String message = json(reused).path("message").asText();
        assertTrue(message.contains("different request") && message.contains(batchId), message);
        assertTrue(!message.contains("other text"), "the refusal never quotes the charts");
        intake.assertIsSatisfied();
    }

    @Test
    void aRetryAfterAnInterruptedIntakeStoresOnlyTheChunksMissing() throws Exception {
        // as left by a process killed after answering: the key bound, the first chunk's bundle stored
        Map<String, String> texts = new LinkedHashMap<>();
        for (int i = 0; i < 150; i++) {
            texts.put("n" + i, "text " + i);
        }
        index.claimIntake("crashed-key", "b-crashed", BatchIntake.requestSha256(texts));
        store.put(ChartKeys.chunk("b-crashed", "c000000"), new byte[] {1});
        MockEndpoint intake = getMockEndpoint("mock:intake");
        intake.expectedMessageCount(1);
        intake.setAssertPeriod(500);

        HttpResponse<String> retry = post(charts(150, "text"), "crashed-key");

        assertEquals("b-crashed", json(retry).path("batchId").asText());
        intake.assertIsSatisfied();
        assertEquals("c000001", intake.getExchanges().get(0).getMessage().getHeader(BatchIntake.CHUNK_ID));
        assertTrue(awaitStored("crashed-key"));
    }

    @Test
    void pastThePendingBoundAPostIsRefusedWith503AndRetryAfterAndTakenOnceStored() throws Exception {
        MockEndpoint intake = getMockEndpoint("mock:intake");
        CountDownLatch storageMayProceed = new CountDownLatch(1);
        intake.whenAnyExchangeReceived(e -> storageMayProceed.await(30, TimeUnit.SECONDS));
        String large = "x".repeat(MAX_PENDING_BYTES / 200);
        HttpResponse<String> first = post(charts(120, large), null);
        assertEquals(202, first.statusCode(), first.body());

        HttpResponse<String> refused = post(charts(120, large), "pending-key");

        assertEquals(503, refused.statusCode(), refused.body());
        assertEquals(String.valueOf(BatchIntake.RETRY_AFTER_SECONDS), refused.headers().firstValue("Retry-After").orElse(""));
        assertTrue(json(refused).path("message").asText().contains("nothing was stored"), refused.body());
        assertTrue(!refused.body().contains(large), "the refusal never quotes the charts");
        storageMayProceed.countDown();
        intake.expectedMessageCount(2);
        intake.assertIsSatisfied();
        HttpResponse<String> retried = awaitAccepted(charts(120, large), "pending-key");
        assertEquals(202, retried.statusCode(), "taken once the first batch is stored: " + retried.body());
        assertTrue(awaitStored("pending-key"));
    }

    @Test
    void aBatchWithoutKeyWhoseStoringFailsReportsTheFailureInItsStatus() throws Exception {
        MockEndpoint intake = getMockEndpoint("mock:intake");
        // the first chunk is stored and indexed as the intake route does, the second fails
        intake.whenExchangeReceived(1, e -> index.submitted(e.getMessage().getHeader(BatchIntake.BATCH_ID, String.class),
                e.getMessage().getHeader(BatchIntake.CHUNK_ID, String.class),
                e.getMessage().getHeader(BatchIntake.CHART_IDS, List.class)));
        intake.whenExchangeReceived(2, e -> {
            throw new IllegalStateException("store failed near chart text SECRET-TEXT");
        });
        String batchId = json(post(charts(150, "SECRET-TEXT"), null)).path("batchId").asText();

        JsonNode status = awaitIntakeFailure(batchId);
        assertEquals(CHUNK_CHARTS, status.path("total").asInt(), "the first chunk was stored and queued, the second not");
        String reason = status.path("intakeFailure").path("reason").asText();
        assertTrue(reason.contains("resubmit the batch"), reason);
        assertTrue(!status.toString().contains("SECRET"), "no chart text in the status: " + status);

        intake.reset();
        intake.whenAnyExchangeReceived(e -> {
            throw new IllegalStateException("nothing stored");
        });
        String unstored = json(post(charts(3, "text"), null)).path("batchId").asText();
        JsonNode nothingStored = awaitIntakeFailure(unstored);
        assertEquals(0, nothingStored.path("total").asInt(), "known though none of its charts was stored: " + nothingStored);
    }

    private JsonNode awaitIntakeFailure(String batchId) throws Exception {
        for (int i = 0; i < 100; i++) {
            HttpResponse<String> status = get("/api/batches/" + batchId, TOKEN);
            if (status.statusCode() == 200 && json(status).has("intakeFailure")) {
                return json(status);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("batch " + batchId + " never reported its intake failure");
    }

    private HttpResponse<String> awaitAccepted(String body, String idempotencyKey) throws Exception {
        HttpResponse<String> response = post(body, idempotencyKey);
        for (int i = 0; i < 100 && response.statusCode() == 503; i++) {
            Thread.sleep(50);
            response = post(body, idempotencyKey);
        }
        return response;
    }

    @Test
    void aBodyOverTheBoundIsRefusedWith413() throws Exception {
        MockEndpoint intake = getMockEndpoint("mock:intake");
        intake.expectedMessageCount(0);
        HttpResponse<String> response = post("[{\"chartId\":\"big\",\"text\":\"" + "x".repeat(MAX_BATCH_BYTES) + "\"}]", null);
        assertEquals(413, response.statusCode());
        assertTrue(json(response).path("message").asText().contains("split the batch"));
        intake.assertIsSatisfied(200);
    }

    @Test
    void jsonIsParsedStrictly() throws Exception {
        MockEndpoint intake = getMockEndpoint("mock:intake");
        intake.expectedMessageCount(0);
        Map<String, String> refused = Map.of(
                "[{\"chartId\":12,\"text\":\"x\"}]", "chartId must be a string",
                "[{\"chartId\":\"a\",\"text\":\"x\"}] trailing", "content after it",
                "[{\"chartId\":\"a\",\"text\":\"x\"}][]", "content after it",
                "[{\"chartId\":\"a\",\"chartId\":\"b\",\"text\":\"x\"}]", "repeated field",
                "[{\"chartId\":\"a\",\"text\":\"x\",\"note\":1}]", "exactly chartId and text",
                "[\"a\"]", "exactly chartId and text",
                "{\"source\":\"s3://ehr-exports/x/\"} {}", "content after it");
        for (Map.Entry<String, String> body : refused.entrySet()) {
            HttpResponse<String> response = post(body.getKey(), null);
            assertEquals(400, response.statusCode(), body.getKey());
            assertTrue(json(response).path("message").asText().contains(body.getValue()), response.body());
        }
        assertEquals(400, post(charts(1, "x"), "no spaces allowed").statusCode(), "an Idempotency-Key outside the id rule");
        intake.assertIsSatisfied(200);
    }

    private boolean awaitStored(String key) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            // claiming an existing key returns its binding without changing it
            if (index.claimIntake(key, "unused", "unused").stored()) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    private static String charts(int count, String text) {
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            body.append(i == 0 ? "" : ",").append("{\"chartId\":\"n").append(i).append("\",\"text\":\"").append(text)
                    .append(' ').append(i).append("\"}");
        }
        return body.append(']').toString();
    }

    private HttpResponse<String> post(String body, String idempotencyKey) throws Exception {
        HttpRequest.Builder request = request("/api/batches", TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (idempotencyKey != null) {
            request.header(BatchIntake.IDEMPOTENCY_KEY, idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(HttpResponse<String> response) throws Exception {
        return mapper.readTree(response.body());
    }
}
