package org.chartcoder.app;

import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.main.Main;

/**
 * One camel-main instance running a role's routes: application.properties plus the profile's
 * file ({@code application-local.properties} or {@code application-aws.properties}), environment
 * overrides, then the role's own overrides (emulator endpoints, key locations).
 */
public final class ChartCoderApplication implements AutoCloseable {

    private final Main main;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private ChartCoderApplication(Main main) {
        this.main = main;
    }

    public static ChartCoderApplication start(String profile, Properties overrides, List<RoutesBuilder> routes)
            throws Exception {
        Main main = new Main();
        // camel-main layers application-<profile>.properties only for a profile it knows before it
        // reads its configuration: an override property comes too late for that.
        main.configure().setProfile(profile);
        main.configure().addConfiguration(ChartCoderConfiguration.class);
        routes.forEach(main.configure()::addRoutesBuilder);
        Properties properties = new Properties();
        properties.putAll(overrides);
        properties.setProperty("camel.main.profile", profile);
        main.setOverrideProperties(properties);
        main.start();
        return new ChartCoderApplication(main);
    }

    public CamelContext context() {
        return main.getCamelContext();
    }

    /** Blocks until {@link #close()} runs, e.g. from the JVM's shutdown hook on SIGTERM or Ctrl-C. */
    public void awaitStopped() throws InterruptedException {
        stopped.await();
    }

    /** Stops gracefully: in-flight charts finish (their jobs are then deleted) within camel.main.shutdownTimeout. */
    @Override
    public void close() {
        try {
            main.stop();
        } finally {
            stopped.countDown();
        }
    }
}
