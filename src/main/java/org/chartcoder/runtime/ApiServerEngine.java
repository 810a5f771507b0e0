package org.chartcoder.runtime;

import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpEngine;

/**
 * The platform-http engine bound to the API server's port. Camel's own engine finds its server
 * by type, which is ambiguous once the management server (health, metrics) runs beside the API
 * server, and then falls back to port 8080.
 */
final class ApiServerEngine extends VertxPlatformHttpEngine {

    private final int port;

    ApiServerEngine(int port) {
        this.port = port;
    }

    @Override
    public int getServerPort() {
        return port;
    }
}
