package org.chartcoder.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.component.aws2.s3.AWS2S3Constants;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.Registry;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.test.junit5.CamelContextConfiguration;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;

/** The user-editable intake route, loaded from routes/chart-intake.camel.yaml as camel-main loads it. */
class ChartIntakeRouteTest extends CamelTestSupport {

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
        registry.bind("chartDigest", new ChartDigest());
        registry.bind("chartIndex", index);
        meters = RouteBeans.bind(registry);
    }

    @BeforeEach
    void loadYamlRoute() throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(
                ResourceHelper.resolveMandatoryResource(context, "file:routes/chart-intake.camel.yaml"));
        AdviceWith.adviceWith(context, "chart-intake",
                route -> route.weaveById("queue-job").replace().to("mock:jobs"));
        context.start();
    }

    @Test
    void storesTheChunkIndexesItThenQueuesOneJobWithoutText() throws Exception {
        byte[] bundle = ChartBundle.write(List.of(ChartBundle.Chart.of("c1", "Patient with hypertension.".getBytes(StandardCharsets.UTF_8)),
                ChartBundle.Chart.of("c2", "No diabetes.".getBytes(StandardCharsets.UTF_8))));
        MockEndpoint s3 = getMockEndpoint("mock:s3");
        s3.expectedMessageCount(1);
        MockEndpoint jobs = getMockEndpoint("mock:jobs");
        jobs.expectedMessageCount(1);

        template.sendBodyAndHeaders(BatchIntake.INTAKE, bundle, chunkHeaders("b1", "c000000"));

        s3.assertIsSatisfied();
        jobs.assertIsSatisfied();
        assertEquals(2.0, meters.get("chartcoder.charts.submitted").counter().count(), "counted once queued");
        assertEquals("charts/b1/c000000.bundle", s3.getExchanges().get(0).getMessage().getHeader(AWS2S3Constants.KEY));
        String job = jobs.getExchanges().get(0).getMessage().getBody(String.class);
        assertEquals(ChartJob.of("b1", "c000000", ChartDigest.hex(bundle), List.of("c1", "c2")), mapper.readValue(job, ChartJob.class));
        assertFalse(job.contains("hypertension"), "jobs never carry chart text");
        assertFalse(jobs.getExchanges().get(0).getMessage().getHeaders().containsKey(AWS2S3Constants.KEY),
                "no intake header travels to SQS as a message attribute");
        assertEquals(new ChartRecords.BatchStatus("b1", 2, 2, 0, 0, 0), index.batch("b1").orElseThrow(),
                "indexed as queued before the job is sent");
    }

    @Test
    void droppedConnectionToS3IsRetriedAndQueuesOneJob() throws Exception {
        MockEndpoint s3 = getMockEndpoint("mock:s3");
        s3.whenExchangeReceived(1, e -> {
            throw SdkClientException.create("Unable to execute HTTP request: Broken pipe");
        });
        s3.expectedMessageCount(2);
        MockEndpoint jobs = getMockEndpoint("mock:jobs");
        jobs.expectedMessageCount(1);

        Exchange done = template.send(BatchIntake.INTAKE, e -> {
            e.getMessage().setBody(ChartBundle.write(List.of(ChartBundle.Chart.of("c1", "text".getBytes(StandardCharsets.UTF_8)))));
            e.getMessage().setHeaders(chunkHeaders("b1", "c000000"));
        });

        assertNull(done.getException());
        s3.assertIsSatisfied();
        jobs.assertIsSatisfied();
        assertEquals("charts/b1/c000000.bundle", s3.getExchanges().get(1).getMessage().getHeader(AWS2S3Constants.KEY));
        assertEquals(2, index.batch("b1").orElseThrow().total(), "the retried step indexed the chunk once");
    }

    @Test
    void invalidChunkIdIsRejectedBeforeAnythingIsStored() throws Exception {
        MockEndpoint s3 = getMockEndpoint("mock:s3");
        s3.expectedMessageCount(0);

        Exchange done = template.send(BatchIntake.INTAKE, e -> {
            e.getMessage().setBody("text".getBytes(StandardCharsets.UTF_8));
            e.getMessage().setHeaders(chunkHeaders("b1", "../escape"));
        });

        s3.assertIsSatisfied(200);
        assertNotNull(done.getException());
    }

    private static Map<String, Object> chunkHeaders(String batchId, String chunkId) {
        return new java.util.HashMap<>(Map.of(BatchIntake.BATCH_ID, batchId, BatchIntake.CHUNK_ID, chunkId,
                BatchIntake.CHART_IDS, List.of("c1", "c2")));
    }
}
