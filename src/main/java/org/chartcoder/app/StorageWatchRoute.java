package org.chartcoder.app;

import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pauses the job consumers while storage has a problem ({@link StorageHealth}: the data volume short
 * of space, or a write failed a moment ago) and resumes them once it has none. A job received while
 * every write fails would be retried until its receives are exhausted and then dead-lettered, with a
 * dead-letter record that could not be written either; paused, the jobs wait on the queue, their
 * receive counts untouched.
 */
public class StorageWatchRoute extends RouteBuilder {

    public static final String ROUTE_ID = "storage-watch";
    /** The routes the chart-job-source Kamelet creates: the work queue's and the dead-letter queue's consumers. */
    static final String JOB_CONSUMERS = "chart-job-source";

    private static final Logger LOG = LoggerFactory.getLogger(StorageWatchRoute.class);

    @Override
    public void configure() {
        from("timer:" + ROUTE_ID + "?period={{chartcoder.storage.checkPeriodMs}}").routeId(ROUTE_ID)
                .process(e -> pauseOrResume(e.getContext(),
                        e.getContext().getRegistry().lookupByNameAndType("storageHealth", StorageHealth.class)));
    }

    /** Suspends the job consumers while storage has a problem, resumes them when it has none; returns whether paused. */
    public static boolean pauseOrResume(CamelContext context, StorageHealth storage) throws Exception {
        String problem = storage.problem().orElse(null);
        for (Route route : jobConsumers(context)) {
            ServiceStatus status = context.getRouteController().getRouteStatus(route.getRouteId());
            if (problem != null && status == ServiceStatus.Started) {
                LOG.warn("job consumer {} paused: {}", route.getRouteId(), problem);
                context.getRouteController().suspendRoute(route.getRouteId());
            } else if (problem == null && status == ServiceStatus.Suspended) {
                LOG.info("job consumer {} resumed: storage takes writes again", route.getRouteId());
                context.getRouteController().resumeRoute(route.getRouteId());
            }
        }
        return problem != null;
    }

    private static List<Route> jobConsumers(CamelContext context) {
        return context.getRoutes().stream().filter(route -> route.getRouteId().startsWith(JOB_CONSUMERS)).toList();
    }
}
