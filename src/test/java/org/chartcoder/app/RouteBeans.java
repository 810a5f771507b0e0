package org.chartcoder.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.spi.Registry;

/** The beans the routes name besides the ones a test replaces: key layout, id rule, job format, metrics. */
final class RouteBeans {

    private RouteBeans() {
    }

    static MeterRegistry bind(Registry registry) {
        MeterRegistry meters = new SimpleMeterRegistry();
        registry.bind("chartKeys", new ChartKeys());
        registry.bind("chartIds", new ChartIds());
        registry.bind("chartJobs", new ChartJobs(new ObjectMapper()));
        registry.bind("chartMetrics", new ChartMetrics(meters));
        return meters;
    }
}
