package org.chartcoder.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.component.aws2.s3.AWS2S3Constants;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelContextConfiguration;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChartWorkerRouteTest extends CamelTestSupport {

    private io.micrometer.core.instrument.MeterRegistry meters;

    private static final int MAX_BYTES = 200;

    private final InMemoryChartStore store = new InMemoryChartStore();
    private final FakeEngine engine = new FakeEngine();
    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public void configureTest(TestExecutionConfiguration configuration) {
        super.configureTest(configuration);
        configuration.withUseAdviceWith(true);
    }

    @Override
    public void configureContext(CamelContextConfiguration configuration) {
        super.configureContext(configuration);
        configuration.withUseOverridePropertiesWithPropertiesComponent(routeProperties());
    }

    static Properties routeProperties() {
        Properties properties = new Properties();
        properties.setProperty("chartcoder.sink", "mock:s3");
        properties.setProperty("chartcoder.jobs.sink", "kamelet:chart-job-sink?queueName={{chartcoder.queue.work}}");
        properties.setProperty("chartcoder.queue.work", "work");
        properties.setProperty("chartcoder.queue.deadLetter", "work-dlq");
        properties.setProperty("chartcoder.worker.concurrentConsumers", "1");
        properties.setProperty("chartcoder.worker.maxMessagesPerPoll", "10");
        properties.setProperty("chartcoder.worker.visibilityTimeout", "30");
        return properties;
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("chartWorker", new ChartWorker(engine, store, mapper, MAX_BYTES));
        meters = RouteBeans.bind(registry);
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new ChartWorkerRoute();
    }

    @BeforeEach
    void replaceQueueWithDirect() throws Exception {
        AdviceWith.adviceWith(context, ChartWorkerRoute.ROUTE_ID, route -> route.replaceFromWith("direct:jobs"));
        context.start();
    }

    @Test
    void codesChartAndWritesResultUnderResults() throws Exception {
        String sha = chart("b1", "c1", "Known hypertension, stable.".getBytes(StandardCharsets.UTF_8));
        MockEndpoint s3 = getMockEndpoint("mock:s3");
        s3.expectedMessageCount(1);
        s3.expectedHeaderReceived(AWS2S3Constants.KEY, "results/b1/c1.json");

        Exchange done = send(job("b1", "c1", sha));

        s3.assertIsSatisfied();
        assertNull(done.getException(), "a coded chart completes, so SQS deletes its job");
        assertEquals(1.0, meters.get("chartcoder.charts.coded").counter().count(), "counted once stored");
        assertEquals(1, meters.get("chartcoder.chart").timer().count());
        JsonNode result = mapper.readTree(s3.getExchanges().get(0).getMessage().getBody(byte[].class));
        assertEquals("c1", result.path("chartId").asText());
        assertEquals("b1", result.path("batchId").asText());
        assertEquals(sha, result.path("chartSha256").asText());
        assertEquals("I10", result.path("codes").get(0).path("code").asText());
        assertEquals("DX_NAME", result.path("entities").get(0).path("type").asText());
        assertEquals("fake-1", result.path("modelVersion").asText());
    }

    @Test
    void redeliveryOfCodedChartWritesNothing() throws Exception {
        String sha = chart("b1", "c1", "Known hypertension.".getBytes(StandardCharsets.UTF_8));
        store.put(ChartKeys.result("b1", "c1"), ("{\"chartSha256\":\"" + sha + "\"}").getBytes(StandardCharsets.UTF_8));
        MockEndpoint s3 = getMockEndpoint("mock:s3");
        s3.expectedMessageCount(0);

        Exchange done = send(job("b1", "c1", sha));

        s3.assertIsSatisfied(200);
        assertNull(done.getException());
        assertEquals(0, engine.calls.get(), "the engine is not called again");
    }

    @Test
    void chartChangedSinceCodingIsCodedAgain() throws Exception {
        store.put(ChartKeys.result("b1", "c1"), "{\"chartSha256\":\"0000\"}".getBytes(StandardCharsets.UTF_8));
        String sha = chart("b1", "c1", "Known hypertension.".getBytes(StandardCharsets.UTF_8));
        getMockEndpoint("mock:s3").expectedHeaderReceived(AWS2S3Constants.KEY, "results/b1/c1.json");

        send(job("b1", "c1", sha));

        getMockEndpoint("mock:s3").assertIsSatisfied();
    }

    @Test
    void emptyTextIsRecordedAsError() throws Exception {
        assertError("EMPTY_TEXT", send(job("b1", "c1", chart("b1", "c1", "  \n\t ".getBytes(StandardCharsets.UTF_8)))));
        assertEquals(1.0, meters.get("chartcoder.charts.failed").tag("reason", "EMPTY_TEXT").counter().count());
        assertEquals(0.0, meters.get("chartcoder.charts.coded").counter().count());
    }

    @Test
    void textThatIsNotUtf8IsRecordedAsError() throws Exception {
        byte[] latin1 = "Patient avec hypertension art\u00e9rielle".getBytes(StandardCharsets.ISO_8859_1);
        assertError("NOT_UTF8", send(job("b1", "c1", chart("b1", "c1", latin1))));
    }

    @Test
    void chartOverTheSizeLimitIsRecordedAsError() throws Exception {
        byte[] large = "hypertension ".repeat(MAX_BYTES).getBytes(StandardCharsets.UTF_8);
        assertError("TOO_LARGE", send(job("b1", "c1", chart("b1", "c1", large))));
    }

    @Test
    void missingChartObjectIsRecordedAsError() throws Exception {
        assertError("MISSING_OBJECT", send(job("b1", "c1", "a".repeat(64))));
    }

    @Test
    void malformedJobIsRecordedAsError() throws Exception {
        MockEndpoint s3 = getMockEndpoint("mock:s3");
        s3.expectedMessageCount(1);
        Exchange done = template.send("direct:jobs", e -> {
            e.getMessage().setBody("{not json");
            e.getMessage().setHeader("CamelAwsSqsMessageId", "m-1");
        });
        s3.assertIsSatisfied();
        assertNull(done.getException());
        assertEquals("errors/_malformed/m-1.json", s3.getExchanges().get(0).getMessage().getHeader(AWS2S3Constants.KEY));
        assertEquals("MALFORMED_JOB", mapper.readTree(s3.getExchanges().get(0).getMessage().getBody(byte[].class))
                .path("reason").asText());
    }

    @Test
    void jobPointingAtAnotherKeyIsMalformed() throws Exception {
        String sha = chart("b1", "c1", "hypertension".getBytes(StandardCharsets.UTF_8));
        String forged = "{\"batchId\":\"b1\",\"chartId\":\"c1\",\"s3Key\":\"results/b1/other.json\",\"sha256\":\"" + sha + "\"}";
        assertError("MALFORMED_JOB", send(forged));
    }

    @Test
    void transientFailureLeavesJobForRedeliveryAndWritesNothing() throws Exception {
        String sha = chart("b1", "c1", "FAIL hypertension".getBytes(StandardCharsets.UTF_8));
        MockEndpoint s3 = getMockEndpoint("mock:s3");
        s3.expectedMessageCount(0);

        Exchange done = send(job("b1", "c1", sha));

        s3.assertIsSatisfied(200);
        assertNotNull(done.getException(), "a failed exchange is not deleted from SQS: it is redelivered");
        assertInstanceOf(IllegalStateException.class, done.getException());
    }

    private void assertError(String reason, Exchange done) throws Exception {
        MockEndpoint s3 = getMockEndpoint("mock:s3");
        assertNull(done.getException(), "an invalid chart completes the exchange, so its job is deleted");
        assertEquals(1, s3.getReceivedCounter());
        Exchange written = s3.getExchanges().get(0);
        assertEquals("errors/b1/c1.json", written.getMessage().getHeader(AWS2S3Constants.KEY));
        JsonNode error = mapper.readTree(written.getMessage().getBody(byte[].class));
        assertEquals(reason, error.path("reason").asText());
        assertEquals("failed", error.path("status").asText());
        assertFalse(error.toString().contains("hypertension"), "error records carry no chart text");
        assertTrue(engine.calls.get() == 0, "invalid charts never reach the engine");
    }

    private String chart(String batchId, String chartId, byte[] bytes) {
        store.put(ChartKeys.chart(batchId, chartId), bytes);
        return ChartDigest.hex(bytes);
    }

    private String job(String batchId, String chartId, String sha) throws Exception {
        return mapper.writeValueAsString(ChartJob.of(batchId, chartId, sha));
    }

    private Exchange send(String body) {
        return template.send("direct:jobs", e -> e.getMessage().setBody(body));
    }
}
