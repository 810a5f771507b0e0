package org.chartcoder.lifecycle;

import org.apache.camel.builder.RouteBuilder;

/** Local mode's {@code direct:launch-master}: the master runs in this process (see {@link LocalMasterLauncher}). */
public class LocalMasterLaunchRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:launch-master").routeId("launch-master-local")
                .process(exchange -> getContext().getRegistry().findSingleByType(LocalMasterLauncher.class)
                        .launch(exchange.getIn().getHeader(ControllerRoutes.RUN_ID, String.class)));
    }
}
