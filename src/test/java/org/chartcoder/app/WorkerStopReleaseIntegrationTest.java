package org.chartcoder.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.chartcoder.engine.CodingEngine;
import org.chartcoder.engine.CodingResult;
import org.chartcoder.local.LocalEmulators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * A worker that reaches its idle limit or maximum lifetime stops as on SIGTERM: the chart in hand is
 * coded and its job deleted, and the jobs its consumer had already received (one receive takes up to
 * ten) are made visible again at once instead of staying hidden for the visibility timeout. Real
 * SQS semantics (ElasticMQ), the real kamelet source and worker route.
 */
class WorkerStopReleaseIntegrationTest {

    @TempDir
    Path dataDir;

    /** Codes like FakeEngine, but holds the first chart until the test lets it go. */
    private static final class HeldEngine implements CodingEngine {
        final CountDownLatch first = new CountDownLatch(1);
        final CountDownLatch proceed = new CountDownLatch(1);
        final AtomicInteger calls = new AtomicInteger();
        private final FakeEngine engine = new FakeEngine();

        @Override
        public CodingResult code(String chartText) {
            if (calls.incrementAndGet() == 1) {
                first.countDown();
                try {
                    proceed.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return engine.code(chartText);
        }

        @Override
        public String modelVersion() {
            return "held-1";
        }

        @Override
        public String codeSetVersion() {
            return "test";
        }
    }

    @Test
    void aWorkerEndingItselfFinishesTheChartInHandAndReleasesTheJobsItHadReceived() throws Exception {
        int visibilitySeconds = 60;
        try (LocalEmulators emulators = LocalEmulators.start(dataDir, "work", "work-dlq", "bucket", 3, visibilitySeconds);
             SqsClient sqs = SqsClient.builder().endpointOverride(emulators.endpoints().sqsEndpoint())
                     .region(Region.of(emulators.endpoints().region()))
                     .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                             emulators.endpoints().accessKeyId(), emulators.endpoints().secretAccessKey())))
                     .build();
             H2ChartIndex index = TestIndexes.h2()) {
            InMemoryChartStore store = new InMemoryChartStore();
            ChunkFixtures chunks = new ChunkFixtures(store::put, index);
            ObjectMapper mapper = new ObjectMapper();
            String queueUrl = sqs.getQueueUrl(b -> b.queueName("work")).queueUrl();
            for (int i = 0; i < 4; i++) {
                String body = mapper.writeValueAsString(chunks.queued("b1", Map.of("n" + i, "hypertension " + i)));
                sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(body));
            }

            HeldEngine engine = new HeldEngine();
            WorkerLimits limits = new WorkerLimits(Duration.ofMillis(1), Duration.ZERO, Clock.systemUTC());
            DefaultCamelContext context = new DefaultCamelContext();
            Properties properties = ChartWorkerRouteTest.routeProperties();
            properties.setProperty("chartcoder.worker.visibilityTimeout", Integer.toString(visibilitySeconds));
            properties.setProperty("chartcoder.jobs.sink", "kamelet:chart-job-sink?queueName=work&sqsClient=#sqsClient");
            // the test checks the limits itself
            properties.setProperty("chartcoder.worker.limits-check-seconds", "3600");
            properties.setProperty("chartcoder.worker.limits-first-check-seconds", "3600");
            context.getPropertiesComponent().setOverrideProperties(properties);
            RouteBeans.bind(context.getRegistry());
            java.util.concurrent.atomic.AtomicInteger queueUrlLookups = new java.util.concurrent.atomic.AtomicInteger();
            context.getRegistry().bind("sqsClient", SqsClient.class, countingQueueUrlLookups(sqs, queueUrlLookups));
            context.getRegistry().bind("workerLimits", limits);
            context.getRegistry().bind("chartWorker", ChartWorkerRouteTest.worker(engine, store, index,
                    new io.micrometer.core.instrument.simple.SimpleMeterRegistry()));
            context.addRoutes(new ChartWorkerRoute());
            CountDownLatch stopped = new CountDownLatch(1);
            limits.onEnd(reason -> new Thread(() -> {
                context.stop();
                stopped.countDown();
            }).start());
            context.start();
            MockEndpoint results = context.getEndpoint("mock:s3", MockEndpoint.class);

            assertTrue(engine.first.await(20, TimeUnit.SECONDS), "the worker took a job");
            int lookupsBeforeTheStop = queueUrlLookups.get();
            Map<QueueAttributeName, String> held = depth(sqs, queueUrl);
            assertEquals("0", held.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES), "one receive took all four");
            Thread.sleep(5);
            assertTrue(limits.check(), "the idle limit is reached");
            engine.proceed.countDown();
            assertTrue(stopped.await(30, TimeUnit.SECONDS), "the worker stopped");

            assertEquals(1, results.getReceivedCounter(), "the chart in hand was coded and stored");
            assertEquals(1, engine.calls.get(), "no other chart was started");
            assertEquals(3, limits.released());
            assertEquals(1, queueUrlLookups.get() - lookupsBeforeTheStop, "the queue URL is looked up once for the three releases");
            Map<QueueAttributeName, String> after = depth(sqs, queueUrl);
            assertEquals("3", after.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES),
                    "the three received but unstarted jobs are visible again, long before the " + visibilitySeconds
                            + " s visibility timeout: " + after);
            assertEquals("0", after.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE),
                    "the coded job was deleted");
        }
    }

    private static Map<QueueAttributeName, String> depth(SqsClient sqs, String queueUrl) {
        return sqs.getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNames(
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
    }

    /** The client, counting its getQueueUrl calls. */
    private static SqsClient countingQueueUrlLookups(SqsClient sqs, java.util.concurrent.atomic.AtomicInteger lookups) {
        return (SqsClient) java.lang.reflect.Proxy.newProxyInstance(SqsClient.class.getClassLoader(),
                new Class<?>[] {SqsClient.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getQueueUrl")) {
                        lookups.incrementAndGet();
                    }
                    try {
                        return method.invoke(sqs, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
