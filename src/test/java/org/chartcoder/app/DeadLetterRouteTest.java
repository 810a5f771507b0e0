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
        registry.bind("chartWorker", new ChartWorker(new FakeEngine(), new InMemoryChartStore(), mapper, 1000));
        meters = RouteBeans.bind(registry);
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
    void deadLetteredJobIsRecordedForItsBatch() throws Exception {
        MockEndpoint s3 = getMockEndpoint("mock:s3");
        s3.expectedMessageCount(1);
        s3.expectedHeaderReceived(AWS2S3Constants.KEY, "deadletters/b1/c1.json");
        String sha = "ab".repeat(32);

        Exchange done = template.send("direct:dead", e -> e.getMessage().setBody(
                "{\"batchId\":\"b1\",\"chartId\":\"c1\",\"s3Key\":\"charts/b1/c1.txt\",\"sha256\":\"" + sha + "\"}"));

        s3.assertIsSatisfied();
        assertNull(done.getException(), "the dead letter is consumed once recorded");
        assertEquals(1.0, meters.get("chartcoder.charts.deadlettered").counter().count());
        JsonNode record = mapper.readTree(s3.getExchanges().get(0).getMessage().getBody(byte[].class));
        assertEquals("dead-lettered", record.path("status").asText());
        assertEquals("MAX_RECEIVES_EXCEEDED", record.path("reason").asText());
        assertEquals(sha, record.path("chartSha256").asText());
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
