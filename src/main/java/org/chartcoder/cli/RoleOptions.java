package org.chartcoder.cli;

import java.util.Map;

import picocli.CommandLine.Option;

/** Options of the roles that run Camel: worker threads and the management server. */
final class RoleOptions {

    @Option(names = "--consumers", paramLabel = "N",
            description = "Worker threads polling the work queue (chartcoder.worker.concurrentConsumers).")
    Integer consumers;

    @Option(names = "--management-port", paramLabel = "PORT",
            description = "Port of /observe/health and /observe/metrics on 127.0.0.1 (camel.management.port, default 9876).")
    Integer managementPort;

    Map<String, String> values() {
        return CommonOptions.options("chartcoder.worker.concurrentConsumers", consumers,
                "camel.management.port", managementPort);
    }
}
