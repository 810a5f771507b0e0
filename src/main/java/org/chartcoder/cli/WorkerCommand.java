package org.chartcoder.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.chartcoder.app.ChartWorkerRoute;
import org.chartcoder.app.StorageWatchRoute;
import org.chartcoder.app.DeadLetterRoute;
import org.chartcoder.app.WorkerLimits;
import org.chartcoder.local.LocalEndpoints;
import org.chartcoder.local.LocalSecrets;
import org.chartcoder.runtime.ChartCoderApplication;
import org.chartcoder.runtime.EngineConfiguration;
import org.chartcoder.runtime.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Codes jobs from the work queue until stopped. */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Code jobs from the work queue until stopped; SIGTERM finishes the charts in hand.",
                "With the local profile it joins the emulators of a running local process through its data directory."})
public final class WorkerCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;
    @Mixin
    EngineOptions engine;
    @Mixin
    RoleOptions role;

    @Override
    public Integer call() throws Exception {
        Settings settings = common.settings("local", engine.values(), role.values());
        Map<String, String> roleValues = localEmulators(settings);
        roleValues.put("camel.server.enabled", "false");
        roleValues.put("camel.ssl.enabled", "false");
        ChartCoderApplication application = ChartCoderApplication.startUntilSignalled(settings.with(roleValues),
                List.of(new ChartWorkerRoute(), new DeadLetterRoute(), new StorageWatchRoute()));
        WorkerLimits limits = application.context().getRegistry().findSingleByType(WorkerLimits.class);
        if (limits != null) {
            // a limit reached: stop as on SIGTERM (the chart in hand finishes, received jobs are released)
            limits.onEnd(reason -> new Thread(application::close, "chart-coder-worker-end").start());
        }
        application.awaitStopped();
        return limits != null && limits.ending() ? ENDED_ITSELF : 0;
    }

    /**
     * Exit status of a worker that ended itself (idle, maximum lifetime): its systemd unit counts it as
     * a success (no restart) and powers the instance off, whose shutdown behaviour terminates it.
     */
    public static final int ENDED_ITSELF = 3;

    /** For the local profile: the emulator endpoints and the client-side key of the local process. */
    static Map<String, String> localEmulators(Settings settings) throws Exception {
        Map<String, String> values = new HashMap<>();
        if (!"local".equals(settings.profile())) {
            return values;
        }
        Path dataDir = EngineConfiguration.dataDirectory(settings.lookup()).toAbsolutePath();
        Path endpoints = dataDir.resolve(LocalEndpoints.FILE);
        if (!Files.exists(endpoints)) {
            throw new IllegalStateException("no " + endpoints + ": start the local process first (or use --profile aws)");
        }
        values.putAll(LocalEndpoints.read(endpoints));
        values.put("chartcoder.s3.clientKeyFile", dataDir.resolve(LocalSecrets.CLIENT_KEY_FILE).toString());
        return values;
    }
}
