package org.chartcoder.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelContextConfiguration;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.chartcoder.cli.BenchLocalCommand;
import org.chartcoder.local.LocalEmulators;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * A result write that fails with ENOSPC, against the real work queue (ElasticMQ) with a redrive
 * policy of two receives: the job fails more times than that and is still not dead-lettered, the
 * storage health check is DOWN with the reason, the consumers pause, the failures are counted by
 * kind, and once storage takes writes again the chunk is coded.
 */
class StorageFaultRouteTest extends CamelTestSupport {

    private static final int MAX_RECEIVES = 2;
    private static final byte[] BUNDLE = ChartBundle.write(List.of(ChartBundle.Chart.of("n1",
            "Known hypertension.".getBytes(java.nio.charset.StandardCharsets.UTF_8))));

    private final Path dataDir = Path.of("target", "storage-fault-test-" + System.nanoTime());
    private final InMemoryChartStore store = new InMemoryChartStore();
    private final H2ChartIndex index = TestIndexes.h2();
    private final AtomicBoolean volumeFull = new AtomicBoolean(true);
    private final AtomicInteger failedWrites = new AtomicInteger();

    private LocalEmulators emulators;
    private SqsClient sqs;
    private MeterRegistry meters;
    private StorageHealth storage;

    @Override
    public void configureContext(CamelContextConfiguration configuration) {
        super.configureContext(configuration);
        Properties properties = ChartWorkerRouteTest.routeProperties();
        properties.setProperty("chartcoder.jobs.sink", "kamelet:chart-job-sink?queueName=work&sqsClient=#sqsClient");
        properties.setProperty("chartcoder.worker.visibilityTimeout", "1");
        properties.setProperty("chartcoder.storage.checkPeriodMs", "200");
        configuration.withUseOverridePropertiesWithPropertiesComponent(properties);
    }

    @Override
    protected void bindToRegistry(Registry registry) throws Exception {
        emulators = LocalEmulators.start(dataDir.resolve("data"), "work", "work-dlq", "test-bucket", MAX_RECEIVES, 1);
        sqs = SqsClient.builder().endpointOverride(emulators.endpoints().sqsEndpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b"))).build();
        registry.bind("sqsClient", sqs);
        meters = RouteBeans.bind(registry);
        registry.bind("chartWorker", ChartWorkerRouteTest.worker(new FakeEngine(), store, index, meters));
        // a failed write keeps storage DOWN for 1.5 s: long enough to see the pause, short enough to retry twice
        storage = new StorageHealth(dataDir, 0, Duration.ofMillis(1500), Clock.systemUTC());
        registry.bind("storageHealth", storage);
    }

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        return new RoutesBuilder[] {new ChartWorkerRoute(), new StorageWatchRoute()};
    }

    @AfterEach
    void stopEmulators() throws Exception {
        context.stop();
        sqs.close();
        emulators.close();
        index.close();
        BenchLocalCommand.deleteRecursively(dataDir);
    }

    @Test
    void aFullVolumeNeverDeadLettersTheJobAndIsDownWithItsReasonUntilWritesSucceed() throws Exception {
        getMockEndpoint("mock:s3").whenAnyExchangeReceived(exchange -> {
            if (volumeFull.get()) {
                failedWrites.incrementAndGet();
                throw new IOException("No space left on device");
            }
        });
        store.put(ChartKeys.chunk("b1", "c000000"), BUNDLE);
        index.submitted("b1", "c000000", List.of("n1"));
        String queueUrl = sqs.getQueueUrl(b -> b.queueName("work")).queueUrl();
        NotifyBuilder receivedMoreThanAllowed = new NotifyBuilder(context).fromRoute(ChartWorkerRoute.ROUTE_ID).whenDone(MAX_RECEIVES + 1).create();

        String job = new ObjectMapper().writeValueAsString(ChartJob.of("b1", "c000000", ChartDigest.hex(BUNDLE), List.of("n1")));
        sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(job));

        assertTrue(receivedMoreThanAllowed.matches(30, TimeUnit.SECONDS), "the job came back after each receipt, more often than the queue allows receives");
        // received more often than the queue's receives allow; once storage is DOWN a receipt is re-queued without a write
        assertTrue(failedWrites.get() >= 1, "the first receipt's write failed");
        HealthCheck.Result down = storage.call();
        assertEquals(HealthCheck.State.DOWN, down.getState());
        assertTrue(down.getMessage().orElse("").contains("no space left on the device"), down.getMessage().orElse(""));
        assertEquals(failedWrites.get(), meters.get("chartcoder.storage.errors").tag("kind", "no_space").counter().count());
        assertEquals(0.0, meters.get("chartcoder.storage.errors").tag("kind", "io").counter().count());
        awaitConsumersPaused();
        assertEquals(0, messages("work-dlq"), "never dead-lettered by storage failures");
        assertEquals(1, messages("work"), "the job waits on the work queue");

        volumeFull.set(false);
        for (int i = 0; i < 200 && index.batch("b1").orElseThrow().coded() == 0; i++) {
            Thread.sleep(100);
        }
        assertEquals(1, index.batch("b1").orElseThrow().coded(), "coded once storage takes writes again");
        assertEquals(HealthCheck.State.UP, storage.call().getState());
        assertEquals(0, messages("work-dlq"));
    }

    private void awaitConsumersPaused() throws InterruptedException {
        String consumer = context.getRoutes().stream().map(org.apache.camel.Route::getRouteId)
                .filter(id -> id.startsWith(StorageWatchRoute.JOB_CONSUMERS)).findFirst().orElseThrow();
        for (int i = 0; i < 50 && context.getRouteController().getRouteStatus(consumer) != ServiceStatus.Suspended; i++) {
            Thread.sleep(100);
        }
        assertEquals(ServiceStatus.Suspended, context.getRouteController().getRouteStatus(consumer), "consumers paused");
    }

    /** Visible, in flight and delayed: every message the queue holds. */
    private int messages(String queue) {
        String url = sqs.getQueueUrl(b -> b.queueName(queue)).queueUrl();
        Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE,
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED)).attributes();
        return attributes.values().stream().mapToInt(Integer::parseInt).sum();
    }
}
