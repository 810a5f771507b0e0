package org.chartcoder.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
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
    private final H2ChartIndex index = TestIndexes.h2();
    private final ObjectMapper mapper = new ObjectMapper();
    private final StorageHealth storage = new StorageHealth(java.nio.file.Path.of(System.getProperty("java.io.tmpdir")), 0,
            java.time.Duration.ofMinutes(1), java.time.Clock.systemUTC());

    @Override
    public void configureTest(TestExecutionConfiguration configuration) {
        super.configureTest(configuration);
        configuration.withUseAdviceWith(true);
    }

    @Override
    public void configureContext(CamelContextConfiguration configuration) {
        super.configureContext(configuration);
        Properties properties = routeProperties();
        // the route re-queues a job whose result write the storage refused; no queue here
        properties.setProperty("chartcoder.jobs.sink", "mock:jobs");
        configuration.withUseOverridePropertiesWithPropertiesComponent(properties);
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
        properties.setProperty("chartcoder.storage.checkPeriodMs", "5000");
        return properties;
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        meters = RouteBeans.bind(registry);
        registry.bind("chartWorker", worker(engine, store, index, meters));
        registry.bind("storageHealth", storage);
    }

    /** A worker with two coding threads, as the configuration builds it. */
    static ChartWorker worker(org.chartcoder.engine.CodingEngine engine, ChartStore store, ChartIndex index, io.micrometer.core.instrument.MeterRegistry meters) {
        ObjectMapper mapper = new ObjectMapper().disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return new ChartWorker(engine, store, null, new ChunkIndexer(store, index, mapper), mapper, MAX_BYTES, 100 * MAX_BYTES,
                java.util.concurrent.Executors.newFixedThreadPool(2), new ChartMetrics(meters));
    }

    @org.junit.jupiter.api.AfterEach
    void closeIndex() {
        index.close();
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
    void codesAChunkAndWritesOneResultObjectThenIndexesIt() throws Exception {
        String sha = bundle("b1", "c000000", chart("n1", "Known hypertension, stable."), chart("n2", "No complaints."),
                chart("n3", "hypertension again"));
        MockEndpoint s3 = getMockEndpoint("mock:s3");
        s3.expectedMessageCount(1);
        s3.expectedHeaderReceived(AWS2S3Constants.KEY, "results/b1/c000000.json");
        index.submitted("b1", "c000000", List.of("n1", "n2", "n3"));

        Exchange done = send(job("b1", "c000000", sha, "n1", "n2", "n3"));

        s3.assertIsSatisfied();
        assertNull(done.getException(), "a coded chunk completes, so SQS deletes its job");
        assertEquals(3.0, meters.get("chartcoder.charts.coded").counter().count(), "counted once stored");
        JsonNode chunk = mapper.readTree(s3.getExchanges().get(0).getMessage().getBody(byte[].class));
        assertEquals(sha, chunk.path("chunkSha256").asText());
        assertEquals(3, chunk.path("results").size());
        JsonNode first = chunk.path("results").get(0);
        assertEquals("n1", first.path("chartId").asText());
        assertEquals("b1", first.path("batchId").asText());
        assertEquals(ChartDigest.hex("Known hypertension, stable.".getBytes(StandardCharsets.UTF_8)), first.path("chartSha256").asText());
        assertEquals("I10", first.path("codes").get(0).path("code").asText());
        assertEquals("DX_NAME", first.path("entities").get(0).path("type").asText());
        assertEquals("fake-1", first.path("modelVersion").asText());
        assertEquals(new ChartRecords.BatchStatus("b1", 3, 0, 3, 0, 0), index.batch("b1").orElseThrow());
        assertEquals(List.of("n1", "n3"), index.chartsWithCode("I10", 10, null).items().stream()
                .map(ChartIndex.ChartEntry::chartId).toList());
    }

    @Test
    void aStoredResultThatCannotBeDecryptedIsCodedAgainAndRewritten() throws Exception {
        String sha = bundle("b1", "c000000", chart("n1", "Known hypertension."));
        index.submitted("b1", "c000000", List.of("n1"));
        store.put(ChartKeys.result("b1", "c000000"), new byte[] {1, 2, 3});
        store.loseEnvelope(ChartKeys.result("b1", "c000000"));
        MockEndpoint s3 = getMockEndpoint("mock:s3");
        s3.expectedMessageCount(1);
        s3.expectedHeaderReceived(AWS2S3Constants.KEY, "results/b1/c000000.json");

        Exchange done = send(job("b1", "c000000", sha, "n1"));

        s3.assertIsSatisfied();
        assertNull(done.getException(), "no redelivery loop into the dead-letter queue");
        assertEquals(1, engine.calls.get(), "coded again");
        assertEquals(1, index.batch("b1").orElseThrow().coded());
    }

    @Test
    void redeliveryOfAStoredChunkWritesNothingAndHealsTheIndex() throws Exception {
        String sha = bundle("b1", "c000000", chart("n1", "Known hypertension."));
        index.submitted("b1", "c000000", List.of("n1"));
        store.put(ChartKeys.result("b1", "c000000"), mapper.writeValueAsBytes(new ChartRecords.ChunkResult("b1", "c000000", sha,
                List.of(new ChartRecords.Result("n1", "b1", "t", "m", "c", "s", List.of(), List.of())), List.of(), null)));
        MockEndpoint s3 = getMockEndpoint("mock:s3");
        s3.expectedMessageCount(0);

        Exchange done = send(job("b1", "c000000", sha, "n1"));

        s3.assertIsSatisfied(200);
        assertNull(done.getException());
        assertEquals(0, engine.calls.get(), "the engine is not called again");
        assertEquals(1, index.batch("b1").orElseThrow().coded(), "indexed from the stored object");
        send(job("b1", "c000000", sha, "n1"));
        assertEquals(1, index.batch("b1").orElseThrow().coded(), "counted once however often redelivered");
    }

    @Test
    void chunkChangedSinceCodingIsCodedAgain() throws Exception {
        store.put(ChartKeys.result("b1", "c000000"), "{\"chunkSha256\":\"0000\"}".getBytes(StandardCharsets.UTF_8));
        String sha = bundle("b1", "c000000", chart("n1", "Known hypertension."));
        getMockEndpoint("mock:s3").expectedHeaderReceived(AWS2S3Constants.KEY, "results/b1/c000000.json");

        send(job("b1", "c000000", sha, "n1"));

        getMockEndpoint("mock:s3").assertIsSatisfied();
        assertEquals(1, engine.calls.get());
    }

    @Test
    void badChartsAreRecordedOneByOneBesideTheGoodOnes() throws Exception {
        byte[] latin1 = "Patient avec hypertension art\u00e9rielle".getBytes(StandardCharsets.ISO_8859_1);
        byte[] large = "hypertension ".repeat(MAX_BYTES).getBytes(StandardCharsets.UTF_8);
        String sha = bundle("b1", "c000000", chart("good", "hypertension"), chart("empty", "  \n\t "),
                ChartBundle.Chart.of("latin1", latin1), ChartBundle.Chart.of("large", large),
                new ChartBundle.Chart("changed", "0".repeat(64), "hypertension".getBytes(StandardCharsets.UTF_8)));

        Exchange done = send(job("b1", "c000000", sha, "good", "empty", "latin1", "large", "changed", "absent"));

        assertNull(done.getException(), "bad charts complete the exchange, so the job is deleted");
        JsonNode chunk = written();
        assertEquals(1, chunk.path("results").size());
        assertEquals(java.util.Map.of("empty", "EMPTY_TEXT", "latin1", "NOT_UTF8", "large", "TOO_LARGE",
                "changed", "HASH_MISMATCH", "absent", "MISSING_OBJECT"), reasons(chunk));
        for (JsonNode error : chunk.path("errors")) {
            assertEquals("failed", error.path("status").asText());
        }
        assertFalse(chunk.path("errors").toString().contains("hypertension"), "error records carry no chart text");
        assertEquals(1, engine.calls.get(), "invalid charts never reach the engine");
        assertEquals(1.0, meters.get("chartcoder.charts.failed").tag("reason", "EMPTY_TEXT").counter().count());
        assertEquals(new ChartRecords.BatchStatus("b1", 6, 0, 1, 5, 0), index.batch("b1").orElseThrow());
        assertEquals("NOT_UTF8", index.chart("latin1").orElseThrow().reason());
    }

    @Test
    void missingBundleIsRecordedForEveryChartOfTheChunk() throws Exception {
        send(job("b1", "c000000", "a".repeat(64), "n1", "n2"));

        assertEquals(java.util.Map.of("n1", "MISSING_OBJECT", "n2", "MISSING_OBJECT"), reasons(written()));
    }

    @Test
    void bundleThatDoesNotParseIsRecordedForEveryChartSoTheBatchFinishes() throws Exception {
        byte[] garbage = "no header line".getBytes(StandardCharsets.UTF_8);
        store.put(ChartKeys.chunk("b1", "c000000"), garbage);

        send(job("b1", "c000000", ChartDigest.hex(garbage), "n1", "n2"));

        assertEquals(java.util.Map.of("n1", "MALFORMED_JOB", "n2", "MALFORMED_JOB"), reasons(written()));
        assertEquals(0, index.batch("b1").orElseThrow().queued());
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
        String sha = bundle("b1", "c000000", chart("n1", "hypertension"));
        String forged = "{\"batchId\":\"b1\",\"chunkId\":\"c000000\",\"s3Key\":\"results/b1/other.json\",\"sha256\":\""
                + sha + "\",\"charts\":[\"n1\"]}";
        send(forged);
        assertEquals("MALFORMED_JOB", written().path("reason").asText());
        assertEquals(0, engine.calls.get());
    }

    @Test
    void transientFailureLeavesJobForRedeliveryAndWritesNothing() throws Exception {
        String sha = bundle("b1", "c000000", chart("n1", "hypertension"), chart("n2", "FAIL hypertension"));
        index.submitted("b1", "c000000", List.of("n1", "n2"));
        MockEndpoint s3 = getMockEndpoint("mock:s3");
        s3.expectedMessageCount(0);

        Exchange done = send(job("b1", "c000000", sha, "n1", "n2"));

        s3.assertIsSatisfied(200);
        assertNotNull(done.getException(), "a failed exchange is not deleted from SQS: it is redelivered");
        assertInstanceOf(IllegalStateException.class, done.getException());
        assertEquals(2, index.batch("b1").orElseThrow().queued(), "nothing indexed as coded");
    }

    @Test
    void aJobReceivedWhileStorageIsDownIsRequeuedUncodedWithItsReceivesUntouched() throws Exception {
        String sha = bundle("b1", "c000000", chart("n1", "hypertension"));
        index.submitted("b1", "c000000", List.of("n1"));
        String job = job("b1", "c000000", sha, "n1");
        storage.writeFailed(StorageHealth.Fault.NO_SPACE);
        MockEndpoint s3 = getMockEndpoint("mock:s3");
        s3.expectedMessageCount(0);
        MockEndpoint requeued = getMockEndpoint("mock:jobs");
        requeued.expectedBodiesReceived(job);

        Exchange done = send(job);

        requeued.assertIsSatisfied();
        s3.assertIsSatisfied(200);
        assertNull(done.getException(), "the received message completes (SQS deletes it); the job lives on as the new one");
        assertNotNull(requeued.getExchanges().get(0).getMessage().getHeader(
                org.apache.camel.component.aws2.sqs.Sqs2Constants.DELAY_HEADER), "delayed past the next storage check");
        assertEquals(1, index.batch("b1").orElseThrow().queued(), "nothing coded");
        assertEquals(0.0, meters.get("chartcoder.charts.coded").counter().count());
    }

    private JsonNode written() throws Exception {
        MockEndpoint s3 = getMockEndpoint("mock:s3");
        assertEquals(1, s3.getReceivedCounter());
        return mapper.readTree(s3.getExchanges().get(0).getMessage().getBody(byte[].class));
    }

    private static java.util.Map<String, String> reasons(JsonNode chunk) {
        java.util.Map<String, String> reasons = new java.util.HashMap<>();
        chunk.path("errors").forEach(error -> reasons.put(error.path("chartId").asText(), error.path("reason").asText()));
        return reasons;
    }

    private static ChartBundle.Chart chart(String chartId, String text) {
        return ChartBundle.Chart.of(chartId, text.getBytes(StandardCharsets.UTF_8));
    }

    private String bundle(String batchId, String chunkId, ChartBundle.Chart... charts) {
        byte[] bundle = ChartBundle.write(List.of(charts));
        store.put(ChartKeys.chunk(batchId, chunkId), bundle);
        return ChartDigest.hex(bundle);
    }

    private String job(String batchId, String chunkId, String sha, String... chartIds) throws Exception {
        return mapper.writeValueAsString(ChartJob.of(batchId, chunkId, sha, List.of(chartIds)));
    }

    private Exchange send(String body) {
        return template.send("direct:jobs", e -> e.getMessage().setBody(body));
    }
}
