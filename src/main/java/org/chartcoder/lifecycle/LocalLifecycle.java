package org.chartcoder.lifecycle;

import org.apache.camel.CamelContext;
import org.apache.camel.Service;
import org.chartcoder.app.ChartMetrics;
import org.chartcoder.runtime.Settings;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.io.File;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Local mode through the lifecycle: a queue-depth monitor stands in for CloudWatch and publishes
 * the alarm notification into the local alarm queue, the controller reads it and launches the
 * master in this process, the master starts worker processes of this jar (LocalProcessFleet),
 * waits for the drain and stops them. Runs inside the local process's Camel context, and stops
 * with it (its workers too).
 */
public final class LocalLifecycle implements Service {

    private final LocalMasterLauncher launcher;

    private LocalLifecycle(LocalMasterLauncher launcher) {
        this.launcher = launcher;
    }

    /**
     * Installs the lifecycle routes into the local process's context; its beans (sqsClient,
     * s3Client) are the foundation's. Worker processes run {@code workerMainClass} with the role
     * {@code worker} and this process's command-line settings, so they code as it would.
     */
    public static LocalLifecycle start(CamelContext context, Path dataDir, Settings roleSettings, String workerMainClass)
            throws Exception {
        Function<String, String> lookup = LauncherContext.lookup(context);
        LifecycleSettings settings = new LifecycleSettings(lookup);
        SqsClient sqs = context.getRegistry().lookupByNameAndType("sqsClient", SqsClient.class);
        S3Client s3 = context.getRegistry().lookupByNameAndType("s3Client", S3Client.class);
        String bucket = lookup.apply("chartcoder.bucket");
        for (String queue : List.of(settings.text("alarm-queue", "chart-coder-alarm"),
                settings.text("alarm-dlq", "chart-coder-alarm-dlq"))) {
            sqs.createQueue(builder -> builder.queueName(queue));
        }
        QueueDepth work = QueueDepth.of(sqs, sqs.getQueueUrl(b -> b.queueName(lookup.apply("chartcoder.queue.work"))).queueUrl());
        RunRecord record = new FileRunRecord(dataDir);
        Function<String, MasterRun> masters = runId -> {
            LocalProcessFleet fleet = workerFleet(runId, dataDir, roleSettings, workerMainClass, List.of());
            return new MasterRun(runId, settings, work, ChartCounts.since(Instant.now(), s3, bucket), fleet,
                    id -> List.of(), record, id -> { }, null);
        };
        LocalMasterLauncher launcher = new LocalMasterLauncher(masters, record);
        context.getRegistry().bind("runRecord", record);
        context.getRegistry().bind("alarmPolicy", new AlarmPolicy(settings, Clock.systemUTC()));
        context.getRegistry().bind("localMasterLauncher", launcher);
        BacklogAlarm alarm = new BacklogAlarm(settings.alarmName(), lookup.apply("chartcoder.queue.work"),
                Long.parseLong(settings.text("local.alarm-threshold", "1")),
                Integer.parseInt(settings.text("local.alarm-datapoints", "1")),
                new CloudWatchAlarmMessage("arn:aws:sns:local:000000000000:" + settings.alarmName(), "Local"));
        ChartMetrics metrics = context.getRegistry().lookupByNameAndType("chartMetrics", ChartMetrics.class);
        if (metrics != null) {
            metrics.runActive(launcher::working);
        }
        LocalLifecycle lifecycle = new LocalLifecycle(launcher);
        context.addService(lifecycle);
        context.getRegistry().bind("localLifecycle", lifecycle);
        Reconciler reconciler = new Reconciler(settings.alarmName(), settings.reconcilePeriod(),
                launcher::working, launcher::launch, record);
        context.addRoutes(new BacklogMonitorRoutes(alarm, work, reconciler));
        context.addRoutes(new ControllerRoutes(true));
        context.addRoutes(new LocalMasterLaunchRoutes());
        context.addRoutes(new RunsApiRoute());
        return lifecycle;
    }

    public static Optional<LocalLifecycle> of(CamelContext context) {
        return Optional.ofNullable(context.getRegistry().lookupByNameAndType("localLifecycle", LocalLifecycle.class));
    }

    /** Waits until the run's master has drained and torn down, and prints its summary. */
    public Optional<RunSummary> awaitRun(PrintStream console, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (launcher.current().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        if (launcher.current().isEmpty()) {
            console.println("Lifecycle: no master was launched");
            return Optional.empty();
        }
        RunSummary summary = launcher.current().get().get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        console.print(summary.describe());
        return Optional.of(summary);
    }

    /**
     * Worker processes of {@code workerMainClass} coding from the local process's emulators in
     * {@code dataDir}, with its command-line settings; each started behind {@code launcher} when
     * given (a command that runs the rest, such as {@code taskset -c 1}), logs under runs/{runId}.
     */
    public static LocalProcessFleet workerFleet(String runId, Path dataDir, Settings roleSettings, String workerMainClass,
                                                List<String> launcher) {
        return new LocalProcessFleet(runId, workerJava(roleSettings, launcher), workerMainClass,
                workerArguments(dataDir, roleSettings), dataDir.resolve("runs").resolve(runId), Map.of());
    }

    /** The command that starts a JVM as local mode starts its workers (their JVM options, this class path), after the launcher. */
    public static List<String> workerJava(Settings roleSettings, List<String> launcher) {
        List<String> java = new ArrayList<>(launcher);
        java.add(Executables.currentJava());
        java.addAll(new LifecycleSettings(roleSettings.lookup()).words("local.worker-jvm-options"));
        java.addAll(List.of("-cp", classPath()));
        return java;
    }

    /** The settings given on this process's command line, as {@code -P key=value} arguments for another, but {@code leftOut}. */
    public static List<String> settingArguments(Settings settings, String... leftOut) {
        List<String> arguments = new ArrayList<>();
        settings.commandLine().forEach((key, value) -> {
            if (!List.of(leftOut).contains(key)) {
                arguments.addAll(List.of("-P", key + "=" + value));
            }
        });
        return arguments;
    }

    private static List<String> workerArguments(Path dataDir, Settings settings) {
        List<String> arguments = new ArrayList<>(List.of("worker", "--profile", "local", "--data-dir", dataDir.toString()));
        arguments.addAll(settingArguments(settings, "chartcoder.data-dir"));
        // one management server per machine: the local process's
        arguments.addAll(List.of("-P", "camel.management.enabled=false"));
        return arguments;
    }

    /** The JVM's class path without empty entries (an empty one would put the working directory on it). */
    static String classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank()).collect(Collectors.joining(File.pathSeparator));
    }

    @Override
    public void start() {
    }

    /** Stopping the local process stops a running master's workers (they finish their chart). */
    @Override
    public void stop() {
        launcher.stop();
    }
}
