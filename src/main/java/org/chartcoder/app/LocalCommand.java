package org.chartcoder.app;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.chartcoder.ChartCoder;
import org.chartcoder.lifecycle.LocalLifecycle;

/**
 * {@code chart-coder [local] [--charts DIR] [--data-dir DIR] [--exit-when-done] [--consumers N] [--port N]}:
 * codes the charts on this machine against the embedded emulators and serves the API.
 */
public final class LocalCommand implements ChartCoder.Command {

    @Override
    public int run(String[] args) throws Exception {
        RoleOptions parsed = RoleOptions.parse(args, "local");
        // by default the workers are processes started by the lifecycle's master, as on AWS
        boolean lifecycle = parsed.runWorker() && LocalLifecycle.enabled();
        RoleOptions options = !lifecycle ? parsed : new RoleOptions(parsed.dataDir(), parsed.charts(),
                parsed.exitWhenDone(), parsed.profile(), parsed.consumers(), parsed.port(), false);
        Properties extra = new Properties();
        extra.setProperty(LocalLifecycle.ENABLED, Boolean.toString(lifecycle));
        long started = System.nanoTime();
        LocalRun run = LocalRun.start(options, extra, System.out);
        Thread shutdown = new Thread(() -> closeQuietly(run), "chart-coder-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);
        List<ChartRecords.BatchStatus> statuses = run.awaitDone(System.out, 1000);
        double seconds = (System.nanoTime() - started) / 1e9;
        printSummary(statuses, seconds);
        Optional<LocalLifecycle> localLifecycle = LocalLifecycle.of(run.application().context());
        if (localLifecycle.isPresent() && run.queuedCharts() > 0) {
            localLifecycle.get().awaitRun(System.out, Duration.ofMinutes(10));
        }
        if (options.exitWhenDone()) {
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
