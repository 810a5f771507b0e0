package org.chartcoder.runtime;

import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.main.Main;

/**
 * One camel-main instance running a role's routes. Its configuration is the role's {@link Settings}
 * (command line, environment, profile file, application.properties), handed over whole as
 * camel-main's override properties, so Camel and chart-coder read the same values.
 */
public final class ChartCoderApplication implements AutoCloseable {

    private final Main main;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private ChartCoderApplication(Main main) {
        this.main = main;
    }

    public static ChartCoderApplication start(Settings settings, List<RoutesBuilder> routes) throws Exception {
        Main main = new Main();
        // camel-main layers application-<profile>.properties only for a profile it knows before it
        // reads its configuration: an override property comes too late for that.
        main.configure().setProfile(settings.profile());
        main.configure().addConfiguration(ChartCoderConfiguration.class);
        routes.forEach(main.configure()::addRoutesBuilder);
        main.setOverrideProperties(settings.asProperties());
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
