package org.chartcoder.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.chartcoder.lifecycle.LocalLifecycle;
import org.chartcoder.local.LocalEmulators;
import org.chartcoder.local.LocalSecrets;

/**
 * Local mode: embedded SQS and S3 under the data directory, the worker, dead-letter and API routes,
 * recovery of charts left unfinished by an earlier run, then intake of this run's charts.
 */
public final class LocalRun implements AutoCloseable {

    public static final int MAX_RECEIVE_COUNT = 3;

    private final LocalEmulators emulators;
    private final ChartCoderApplication application;
    private final Set<String> watchedBatches;
    private final String batchId;
    private final Path tokenFile;
    private final int apiPort;
    private final LocalCharts charts;
    private final long intakeStartedNanos;
    private final Intake intake;
    private final int queuedCharts;

    private LocalRun(LocalEmulators emulators, ChartCoderApplication application, Set<String> watchedBatches,
                     String batchId, Path tokenFile, int apiPort, LocalCharts charts, long intakeStartedNanos,
                     Intake intake, int queuedCharts) {
        this.emulators = emulators;
        this.application = application;
        this.watchedBatches = watchedBatches;
        this.batchId = batchId;
        this.tokenFile = tokenFile;
        this.apiPort = apiPort;
        this.charts = charts;
        this.intakeStartedNanos = intakeStartedNanos;
        this.intake = intake;
        this.queuedCharts = queuedCharts;
    }

    /** Submits the run's charts on a few threads, so coding starts while intake goes on. */
    private record Intake(ExecutorService threads, CompletableFuture<Void> done, AtomicInteger submitted, int total) {

        private static final int THREADS = 8;

        static Intake start(ProducerTemplate producer, String batchId, List<Map.Entry<String, byte[]>> charts) {
            ExecutorService threads = Executors.newFixedThreadPool(THREADS, runnable -> {
                Thread thread = new Thread(runnable, "chart-intake");
                thread.setDaemon(true);
                return thread;
            });
            AtomicInteger submitted = new AtomicInteger();
            CompletableFuture<Void> done = CompletableFuture.allOf(charts.stream()
                    .map(chart -> CompletableFuture.runAsync(() -> {
                        BatchIntake.submit(producer, batchId, chart.getKey(), chart.getValue());
                        submitted.incrementAndGet();
                    }, threads))
                    .toArray(CompletableFuture[]::new));
            done.whenComplete((ignored, failure) -> threads.shutdown());
            return new Intake(threads, done, submitted, charts.size());
        }
    }

    /**
     * @param extraProperties overrides on top of the profiles, e.g. a shorter visibility timeout in tests
     */
    public static LocalRun start(RoleOptions options, Properties extraProperties, PrintStream console) throws Exception {
        Path dataDir = options.dataDir().toAbsolutePath();
        LocalSecrets secrets = new LocalSecrets(dataDir);
        Properties defaults = loadDefaults(options.profile());
        Properties properties = new Properties();
        properties.putAll(extraProperties);
        String workQueue = setting(properties, defaults, "chartcoder.queue.work");
        String deadLetterQueue = setting(properties, defaults, "chartcoder.queue.deadLetter");
        String bucket = setting(properties, defaults, "chartcoder.bucket");
        int visibilityTimeout = Integer.parseInt(setting(properties, defaults, "chartcoder.worker.visibilityTimeout"));

        LocalEmulators emulators = LocalEmulators.start(dataDir, workQueue, deadLetterQueue, bucket,
                MAX_RECEIVE_COUNT, visibilityTimeout);
        ChartCoderApplication application = null;
        try {
            properties.putAll(emulators.endpoints().asProperties());
            properties.setProperty("chartcoder.s3.clientKeyFile", secrets.clientKey().toString());
            Path tokenFile = null;
            String envToken = System.getenv("CHART_CODER_API_TOKEN");
            if (envToken == null || envToken.isBlank()) {
                tokenFile = secrets.apiToken();
                properties.setProperty("chartcoder.api.token", LocalSecrets.readToken(tokenFile));
            }
            properties.setProperty("camel.ssl.keyStore", "file:" + secrets.keystore());
            properties.setProperty("camel.ssl.keystorePassword",
                    Files.readString(secrets.keystorePasswordFile(), StandardCharsets.US_ASCII).trim());
            if (options.port() != null) {
                properties.setProperty("camel.server.port", options.port().toString());
            }
            if (options.consumers() != null) {
                properties.setProperty("chartcoder.worker.concurrentConsumers", options.consumers().toString());
            }
            List<RoutesBuilder> routes = new ArrayList<>();
            properties.setProperty("chartcoder.worker.enabled", Boolean.toString(options.runWorker()));
            if (options.runWorker()) {
                routes.add(new ChartWorkerRoute());
                routes.add(new DeadLetterRoute());
            }
            routes.add(new QueryApiRoute());
            application = ChartCoderApplication.start("local", properties, routes);
            if (Boolean.parseBoolean(extraProperties.getProperty(LocalLifecycle.ENABLED))) {
                LocalLifecycle.start(application.context(), dataDir);
            }
            int apiPort = Integer.parseInt(application.context().resolvePropertyPlaceholders("{{camel.server.port}}"));

            ProducerTemplate producer = application.context().createProducerTemplate();
            ChartQueries queries = application.context().getRegistry().lookupByNameAndType("chartQueries", ChartQueries.class);
            ChartStore store = application.context().getRegistry().lookupByNameAndType("chartStore", ChartStore.class);
            ChartRecovery.Recovered recovered = ChartRecovery.requeueUnfinished(queries, store, producer,
                    "kamelet:chart-job-sink?queueName=" + workQueue);
            Set<String> watched = new LinkedHashSet<>(recovered.batchIds());
            if (recovered.jobs() > 0) {
                console.printf("Recovered %d unfinished charts of %d earlier batches%n", recovered.jobs(), recovered.batchIds().size());
            }

            LocalCharts charts = options.charts() != null ? LocalCharts.read(options.charts()) : LocalCharts.samples();
            long intakeStarted = System.nanoTime();
            String batchId = charts.batchId();
            Set<String> stored = new java.util.HashSet<>(queries.batch(batchId)
                    .map(status -> allCharts(status)).orElse(List.of()));
            List<Map.Entry<String, byte[]>> toSubmit = charts.charts().entrySet().stream()
                    .filter(chart -> !stored.contains(chart.getKey())).toList();
            Intake intake = Intake.start(producer, batchId, toSubmit);
            watched.add(batchId);
            console.printf("Batch %s: %d charts (%d to submit%s)%n", batchId, charts.charts().size(), toSubmit.size(),
                    charts.skipped() > 0 ? ", " + charts.skipped() + " files skipped: name is not a valid chart id" : "");
            console.printf("API: https://127.0.0.1:%d/api (bearer token %s)%n", apiPort,
                    tokenFile != null ? "in " + tokenFile : "from CHART_CODER_API_TOKEN");
            return new LocalRun(emulators, application, watched, batchId, tokenFile, apiPort, charts, intakeStarted, intake,
                    recovered.jobs() + toSubmit.size());
        } catch (Exception | Error e) {
            if (application != null) {
                application.close();
            }
            emulators.close();
            throw e;
        }
    }

    private static List<String> allCharts(ChartRecords.BatchStatus status) {
        List<String> all = new ArrayList<>(status.charts().queued());
        all.addAll(status.charts().coded());
        all.addAll(status.charts().failed());
        all.addAll(status.charts().deadLettered());
        return all;
    }

    /** Prints progress until every watched batch is done; returns their final status. */
    public List<ChartRecords.BatchStatus> awaitDone(PrintStream console, long pollMillis) throws InterruptedException {
        ChartQueries queries = application.context().getRegistry().lookupByNameAndType("chartQueries", ChartQueries.class);
        long started = System.nanoTime();
        String last = "";
        while (true) {
            List<ChartRecords.BatchStatus> statuses = watchedBatches.stream().map(queries::batch)
                    .flatMap(Optional::stream).toList();
            int total = statuses.stream().mapToInt(ChartRecords.BatchStatus::total).sum();
            int coded = statuses.stream().mapToInt(ChartRecords.BatchStatus::coded).sum();
            int failed = statuses.stream().mapToInt(ChartRecords.BatchStatus::failed).sum();
            int dead = statuses.stream().mapToInt(ChartRecords.BatchStatus::deadLettered).sum();
            int done = coded + failed + dead;
            String line = String.format("Progress: %d/%d done (%d coded, %d failed, %d dead-lettered)%s", done, total,
                    coded, failed, dead, intake.done().isDone() ? ""
                            : String.format(", %d/%d submitted", intake.submitted().get(), intake.total()));
            if (!line.equals(last)) {
                double seconds = (System.nanoTime() - started) / 1e9;
                console.printf("%s, %.1f s%n", line, seconds);
                last = line;
            }
            if (intake.done().isCompletedExceptionally()) {
                throw new IllegalStateException("intake failed: " + failureOf(intake.done()));
            }
            if (intake.done().isDone() && statuses.stream().allMatch(ChartRecords.BatchStatus::done)) {
                return statuses;
            }
            Thread.sleep(pollMillis);
        }
    }

    private static String failureOf(CompletableFuture<Void> future) {
        try {
            future.join();
            return "none";
        } catch (java.util.concurrent.CompletionException e) {
            return e.getCause() == null ? e.getClass().getName() : e.getCause().getClass().getName();
        }
    }

    public String batchId() {
        return batchId;
    }

    /** Charts this start queued: recovered from an earlier run or newly submitted; 0 when all were done already. */
    public int queuedCharts() {
        return queuedCharts;
    }

    public Optional<Path> tokenFile() {
        return Optional.ofNullable(tokenFile);
    }

    public int apiPort() {
        return apiPort;
    }

    public LocalCharts charts() {
        return charts;
    }

    /** When this run began submitting its charts, for throughput figures that leave out start-up. */
    public long intakeStartedNanos() {
        return intakeStartedNanos;
    }

    public ChartCoderApplication application() {
        return application;
    }

    @Override
    public void close() throws Exception {
        intake.threads().shutdownNow();
        try {
            application.close();
        } finally {
            emulators.close();
        }
    }

    private static Properties loadDefaults(String profile) throws java.io.IOException {
        Properties defaults = new Properties();
        for (String name : List.of("application.properties", "application-" + profile + ".properties")) {
            try (var in = LocalRun.class.getClassLoader().getResourceAsStream(name)) {
                if (in != null) {
                    defaults.load(in);
                }
            }
        }
        return defaults;
    }

    /** The emulators are created before camel-main reads its configuration, so their names are read here the same way. */
    private static String setting(Properties overrides, Properties defaults, String key) {
        String env = System.getenv(key.toUpperCase().replace('.', '_').replace('-', '_'));
        if (overrides.getProperty(key) != null) {
            return overrides.getProperty(key);
        }
        return env != null && !env.isBlank() ? env : defaults.getProperty(key);
    }
}
