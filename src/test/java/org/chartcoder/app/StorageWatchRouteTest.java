package org.chartcoder.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.apache.camel.Route;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.chartcoder.cli.BenchLocalCommand;
import org.chartcoder.local.LocalEmulators;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * A data volume short of space is reported by the storage health check as DOWN with the reason,
 * and the job consumers (the routes of the chart-job-source Kamelet, as the worker uses it) are
 * paused while it lasts and resumed once space is freed, so that no job exhausts its receives.
 */
class StorageWatchRouteTest extends CamelTestSupport {

    private final Path dataDir = Path.of("target", "storage-watch-test-" + System.nanoTime());

    private LocalEmulators emulators;

    @Override
    protected void bindToRegistry(Registry registry) throws Exception {
        emulators = LocalEmulators.start(dataDir.resolve("data"), "work", "work-dlq", "test-bucket", 3, 60);
        registry.bind("sqsClient", SqsClient.builder().endpointOverride(emulators.endpoints().sqsEndpoint())
                .region(Region.US_EAST_1).credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                .build());
    }

    @AfterEach
    void stopEmulators() throws Exception {
        context.stop();
        emulators.close();
        BenchLocalCommand.deleteRecursively(dataDir);
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("kamelet:chart-job-source?queueName=work&sqsClient=#sqsClient").routeId("worker").to("mock:jobs");
            }
        };
    }

    @Test
    void aFullVolumeIsDownWithItsReasonAndPausesTheJobConsumersUntilSpaceIsFreed() throws Exception {
        StorageHealth full = new StorageHealth(dataDir, Long.MAX_VALUE, Duration.ZERO, Clock.systemUTC());
        StorageHealth roomy = new StorageHealth(dataDir, 0, Duration.ZERO, Clock.systemUTC());
        List<Route> consumers = context.getRoutes().stream()
                .filter(route -> route.getRouteId().startsWith(StorageWatchRoute.JOB_CONSUMERS)).toList();
        assertEquals(1, consumers.size(), "the Kamelet's consumer route is found by its id: " + context.getRoutes());
        String consumer = consumers.get(0).getRouteId();

        HealthCheck.Result down = full.call();
        assertEquals(HealthCheck.State.DOWN, down.getState());
        assertTrue(down.getMessage().orElse("").contains("ENOSPC"), down.getMessage().orElse(""));
        assertTrue(StorageWatchRoute.pauseOrResume(context, full));
        assertEquals(ServiceStatus.Suspended, context.getRouteController().getRouteStatus(consumer));
        assertEquals(ServiceStatus.Started, context.getRouteController().getRouteStatus("worker"), "only the consumers pause");

        assertEquals(HealthCheck.State.UP, roomy.call().getState());
        assertFalse(StorageWatchRoute.pauseOrResume(context, roomy));
        assertEquals(ServiceStatus.Started, context.getRouteController().getRouteStatus(consumer), "resumed");
    }
}
