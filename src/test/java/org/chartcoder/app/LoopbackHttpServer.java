package org.chartcoder.app;

import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.chartcoder.cli.BenchLocalCommand;

/** Plain HTTP on a free loopback port for route tests of the API; TLS is the local-mode integration test's. */
public final class LoopbackHttpServer {

    private LoopbackHttpServer() {
    }

    /** Adds the platform-http server to the context; returns its port. */
    public static int addTo(CamelContext context) throws Exception {
        int port = BenchLocalCommand.freePort();
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(server));
        return port;
    }
}
