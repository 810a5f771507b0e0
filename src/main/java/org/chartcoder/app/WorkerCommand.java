package org.chartcoder.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.chartcoder.ChartCoder;
import org.chartcoder.local.LocalEndpoints;
import org.chartcoder.local.LocalSecrets;

/**
 * {@code chart-coder worker [--profile local|aws] [--data-dir DIR] [--consumers N]}: codes jobs from
 * the work queue until stopped. With the local profile it joins the emulators of a running local
 * process through the endpoints and key that process wrote into the data directory.
 */
public final class WorkerCommand implements ChartCoder.Command {

    @Override
    public int run(String[] args) throws Exception {
        RoleOptions options = RoleOptions.parse(args, "local");
        Properties properties = roleProperties(options);
        properties.setProperty("camel.server.enabled", "false");
        properties.setProperty("camel.ssl.enabled", "false");
        if (options.consumers() != null) {
            properties.setProperty("chartcoder.worker.concurrentConsumers", options.consumers().toString());
        }
        ChartCoderApplication application = ChartCoderApplication.start(options.profile(), properties,
                List.of(new ChartWorkerRoute(), new DeadLetterRoute()));
        Runtime.getRuntime().addShutdownHook(new Thread(application::close, "chart-coder-shutdown"));
        application.awaitStopped();
        return 0;
    }

    /** For the local profile: the emulator endpoints and the client-side key of the local process. */
    static Properties roleProperties(RoleOptions options) throws Exception {
        Properties properties = new Properties();
        if (!"local".equals(options.profile())) {
            return properties;
        }
        Path dataDir = options.dataDir().toAbsolutePath();
        Path endpoints = dataDir.resolve(LocalEndpoints.FILE);
        if (!Files.exists(endpoints)) {
            throw new IllegalStateException("no " + endpoints + ": start the local process first"
                    + " (or use --profile aws)");
        }
        properties.putAll(LocalEndpoints.read(endpoints));
        properties.setProperty("chartcoder.s3.clientKeyFile", dataDir.resolve(LocalSecrets.CLIENT_KEY_FILE).toString());
        return properties;
    }
}
