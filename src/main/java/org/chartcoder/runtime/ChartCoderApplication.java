package org.chartcoder.runtime;

import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.main.Main;
import org.apache.camel.main.SimpleMainShutdownStrategy;

/**
 * One camel-main instance running a role's routes. Its configuration is the role's {@link Settings}
 * (command line, environment, profile file, application.properties), handed over whole as
 * camel-main's override properties, so Camel and chart-coder read the same values.
 */
public final class ChartCoderApplication implements AutoCloseable {

    private final Main main;
    private final CountDownLatch stopped = new CountDownLatch(1);
    /** Held while camel-main starts and while it stops, so that a stop waits for a start in progress. */
    private final Object lifecycle = new Object();

    private ChartCoderApplication(Settings settings, List<RoutesBuilder> routes) {
        main = new Main();
        // camel-main's own JVM hook waits, up to the shutdown timeout, for a context that only the
        // role's hook stops: a SIGTERM between the two left a worker coding on for minutes
        main.setShutdownStrategy(new SimpleMainShutdownStrategy());
        // camel-main layers application-<profile>.properties only for a profile it knows before it
        // reads its configuration: an override property comes too late for that.
        main.configure().setProfile(settings.profile());
        main.configure().addConfiguration(ChartCoderConfiguration.class);
        routes.forEach(main.configure()::addRoutesBuilder);
        main.setOverrideProperties(settings.asProperties());
    }

    /** Starts a role its caller stops, by {@link #close()}. */
    public static ChartCoderApplication start(Settings settings, List<RoutesBuilder> routes) throws Exception {
        ChartCoderApplication application = new ChartCoderApplication(settings, routes);
        application.startMain();
        return application;
    }

    /**
     * Starts a role that runs until the JVM is told to stop (SIGTERM, Ctrl-C). The JVM's shutdown hook
     * is in place before camel-main starts: a signal during the start stops the role once it has
     * started, rather than leaving it consuming after the JVM began to exit.
     */
    public static ChartCoderApplication startUntilSignalled(Settings settings, List<RoutesBuilder> routes)
            throws Exception {
        ChartCoderApplication application = new ChartCoderApplication(settings, routes);
        Runtime.getRuntime().addShutdownHook(new Thread(application::close, "chart-coder-shutdown"));
        application.startMain();
        return application;
    }

    private void startMain() throws Exception {
        synchronized (lifecycle) {
            if (stopped.getCount() == 0) {
                throw new IllegalStateException("stopped before it started");
            }
            main.start();
        }
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
        synchronized (lifecycle) {
            try {
                main.stop();
            } finally {
                stopped.countDown();
            }
        }
    }
}
