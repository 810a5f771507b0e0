package org.chartcoder.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.chartcoder.app.ChartRecords;
import org.chartcoder.lifecycle.LocalLifecycle;
import org.chartcoder.lifecycle.LocalRun;
import org.chartcoder.runtime.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Codes charts on this machine against the embedded emulators and serves the API. */
@Command(name = "local", mixinStandardHelpOptions = true,
        description = {"Code charts on this machine against embedded SQS and S3, and serve the API (the default role).",
                "Goes through the lifecycle as on AWS: alarm, master, worker processes, drain, teardown."})
public final class LocalCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;
    @Mixin
    EngineOptions engine;
    @Mixin
    RoleOptions role;

    @Option(names = "--charts", paramLabel = "DIR", description = "Code every *.txt under DIR (default: the bundled sample charts).")
    Path charts;

    @Option(names = "--exit-when-done", description = "Exit once every chart is done instead of serving the API.")
    boolean exitWhenDone;

    @Option(names = "--port", paramLabel = "PORT", description = "HTTPS API port on 127.0.0.1 (camel.server.port, default 8443).")
    Integer port;

    @Option(names = "--no-worker",
            description = "Emulators, intake and API only: separately started 'worker' processes do the coding.")
    boolean noWorker;

    @Override
    public Integer call() throws Exception {
        Settings settings = common.settings("local", engine.values(), role.values(),
                CommonOptions.options("camel.server.port", port));
        // by default the workers are processes started by the lifecycle's master, as on AWS
        boolean lifecycle = !noWorker && settings.flag("chartcoder.lifecycle.local");
        LocalRun.Options options = new LocalRun.Options(charts, !noWorker && !lifecycle,
                lifecycle ? Optional.of(ChartCoderCli.class.getName()) : Optional.empty());
        long started = System.nanoTime();
        LocalRun run = LocalRun.start(options, settings, System.out);
        Thread shutdown = new Thread(() -> closeQuietly(run), "chart-coder-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);
        List<ChartRecords.BatchStatus> statuses = run.awaitDone(System.out, 1000);
        printSummary(statuses, (System.nanoTime() - started) / 1e9);
        Optional<LocalLifecycle> localLifecycle = LocalLifecycle.of(run.application().context());
        if (localLifecycle.isPresent() && run.queuedCharts() > 0) {
            localLifecycle.get().awaitRun(System.out, Duration.ofMinutes(10));
        }
        if (exitWhenDone) {
            Runtime.getRuntime().removeShutdownHook(shutdown);
            run.close();
            return 0;
        }
        System.out.println("All charts done; serving the API until stopped (Ctrl-C).");
        run.application().awaitStopped();
        return 0;
    }

    static void printSummary(List<ChartRecords.BatchStatus> statuses, double seconds) {
        for (ChartRecords.BatchStatus status : statuses) {
            System.out.printf("Summary: batch %s: %d charts, %d coded, %d failed, %d dead-lettered%n", status.batchId(),
                    status.total(), status.coded(), status.failed(), status.deadLettered());
        }
        int total = statuses.stream().mapToInt(ChartRecords.BatchStatus::total).sum();
        System.out.printf("Summary: %d charts done in %.1f s%n", total, seconds);
    }

    private static void closeQuietly(LocalRun run) {
        try {
            run.close();
        } catch (Exception e) {
            System.err.println("chart-coder: error while stopping: " + e.getClass().getName());
        }
    }
}
