package org.chartcoder.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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

class DeadLetterRouteTest extends CamelTestSupport {

    private io.micrometer.core.instrument.MeterRegistry meters;

    private final ObjectMapper mapper = new ObjectMapper();
    private final H2ChartIndex index = TestIndexes.h2();

    @org.junit.jupiter.api.AfterEach
    void closeIndex() {
        index.close();
    }

    @Override
    public void configureTest(TestExecutionConfiguration configuration) {
        super.configureTest(configuration);
        configuration.withUseAdviceWith(true);
    }

    @Override
    public void configureContext(CamelContextConfiguration configuration) {
        super.configureContext(configuration);
        configuration.withUseOverridePropertiesWithPropertiesComponent(ChartWorkerRouteTest.routeProperties());
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        meters = RouteBeans.bind(registry);
        registry.bind("chartWorker", ChartWorkerRouteTest.worker(new FakeEngine(), new InMemoryChartStore(), index, meters));
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new DeadLetterRoute();
    }

    @BeforeEach
    void replaceQueueWithDirect() throws Exception {
        AdviceWith.adviceWith(context, DeadLetterRoute.ROUTE_ID, route -> route.replaceFromWith("direct:dead"));
        context.start();
    }

    @Test
    void deadLetteredChunkIsRecordedChartByChart() throws Exception {
        MockEndpoint s3 = getMockEndpoint("mock:s3");
        s3.expectedMessageCount(1);
        s3.expectedHeaderReceived(AWS2S3Constants.KEY, "deadletters/b1/c000000.json");
        String sha = "ab".repeat(32);
        index.submitted("b1", "c000000", java.util.List.of("n1", "n2"));

        Exchange done = template.send("direct:dead", e -> e.getMessage().setBody(
                "{\"batchId\":\"b1\",\"chunkId\":\"c000000\",\"s3Key\":\"charts/b1/c000000.bundle\",\"sha256\":\""
                        + sha + "\",\"charts\":[\"n1\",\"n2\"]}"));

        s3.assertIsSatisfied();
        assertNull(done.getException(), "the dead letter is consumed once recorded");
        assertEquals(2.0, meters.get("chartcoder.charts.deadlettered").counter().count());
        JsonNode record = mapper.readTree(s3.getExchanges().get(0).getMessage().getBody(byte[].class));
        assertEquals("MAX_RECEIVES_EXCEEDED", record.path("reason").asText());
        assertEquals(sha, record.path("chunkSha256").asText());
        assertEquals(new ChartRecords.BatchStatus("b1", 2, 0, 0, 0, 2), index.batch("b1").orElseThrow());
        assertEquals(ChartIndex.DEAD_LETTERED, index.chart("n2").orElseThrow().status());
    }

    @Test
    void malformedDeadLetterIsDroppedWithoutRecord() throws Exception {
        MockEndpoint s3 = getMockEndpoint("mock:s3");
        s3.expectedMessageCount(0);

        Exchange done = template.send("direct:dead", e -> e.getMessage().setBody("not a job"));

        s3.assertIsSatisfied(200);
        assertNull(done.getException());
    }
}
