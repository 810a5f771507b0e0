package org.chartcoder.lifecycle;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.chartcoder.app.BatchIntake;
import org.chartcoder.app.ChartChunker;
import org.chartcoder.app.ChartIndex;
import org.chartcoder.app.ChartQueries;
import org.chartcoder.app.ChartRecords;
import org.chartcoder.app.ChartRecovery;
import org.chartcoder.app.ChartSource;
import org.chartcoder.app.ChartStore;
import org.chartcoder.app.ChartWorkerRoute;
import org.chartcoder.app.StorageWatchRoute;
import org.chartcoder.app.ChunkIndexer;
import org.chartcoder.app.DeadLetterRoute;
import org.chartcoder.app.IntakeRefusals;
import org.chartcoder.app.LocalCharts;
import org.chartcoder.app.QueryApiRoute;
import org.chartcoder.local.LocalEmulators;
import org.chartcoder.local.LocalSecrets;
import org.chartcoder.runtime.ChartCoderApplication;
import org.chartcoder.runtime.EngineConfiguration;
import org.chartcoder.runtime.Settings;

/**
 * Local mode: embedded SQS and S3 under the data directory, the worker, dead-letter and API routes,
 * recovery of charts left unfinished by an earlier run, then intake of this run's charts.
 */
public final class LocalRun implements AutoCloseable {

    private final LocalEmulators emulators;
    private final ChartCoderApplication application;
    private final Set<String> watchedBatches;
    private final Path tokenFile;
    private final int apiPort;
    private final Submission first;
    private final List<Submission> later = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final int queuedCharts;

    private LocalRun(LocalEmulators emulators, ChartCoderApplication application, Set<String> watchedBatches,
                     Path tokenFile, int apiPort, Submission first, int queuedCharts) {
        this.emulators = emulators;
        this.application = application;
        this.watchedBatches = watchedBatches;
        this.tokenFile = tokenFile;
        this.apiPort = apiPort;
        this.first = first;
        this.queuedCharts = queuedCharts;
    }

    /** One batch of charts read from a directory and being submitted. */
    public record Submission(String batchId, LocalCharts charts, long intakeStartedNanos, Intake intake) {

        /** Charts queued now: none when every chunk of the batch was stored before. */
        public int queuedCharts() {
            return intake.total();
        }
    }

    /** Submits the run's chunks on a few threads, so coding starts while intake goes on. */
    record Intake(ExecutorService threads, CompletableFuture<Void> done, AtomicInteger submitted, int total) {

        private static final int THREADS = 4;

        static Intake start(List<ChartChunker.Chunk> chunks, java.util.function.Consumer<ChartChunker.Chunk> queue) {
            ExecutorService threads = Executors.newFixedThreadPool(THREADS, runnable -> {
                Thread thread = new Thread(runnable, "chart-intake");
                thread.setDaemon(true);
                return thread;
            });
            AtomicInteger submitted = new AtomicInteger();
            CompletableFuture<Void> done = CompletableFuture.allOf(chunks.stream()
                    .map(chunk -> CompletableFuture.runAsync(() -> {
                        queue.accept(chunk);
                        submitted.addAndGet(chunk.charts().size());
                    }, threads))
                    .toArray(CompletableFuture[]::new));
            done.whenComplete((ignored, failure) -> threads.shutdown());
            return new Intake(threads, done, submitted, chunks.stream().mapToInt(chunk -> chunk.charts().size()).sum());
        }
    }

    /**
     * What to run besides the settings.
     *
     * @param charts    a directory of *.txt charts, or null for the bundled samples
     * @param runWorker code in this process; otherwise separate worker processes do it
     * @param workerMainClass when present, go through the lifecycle (alarm, master, worker processes
     *                        of this main class, drain, teardown)
     */
    public record Options(Path charts, boolean runWorker, Optional<String> workerMainClass) {
    }

    public static LocalRun start(Options options, Settings settings, PrintStream console) throws Exception {
        Path dataDir = EngineConfiguration.dataDirectory(settings.lookup()).toAbsolutePath();
        LocalSecrets secrets = new LocalSecrets(dataDir);
        long started = System.nanoTime();
        LocalEmulators emulators = LocalEmulators.start(dataDir, settings.require("chartcoder.queue.work"),
                settings.require("chartcoder.queue.deadLetter"), settings.require("chartcoder.bucket"),
                settings.integer("chartcoder.queue.maxReceiveCount"), settings.integer("chartcoder.worker.visibilityTimeout"));
        console.printf("Started SQS and S3 emulators on 127.0.0.1 (data in %s) in %.1f s%n", dataDir, seconds(started));
        ChartCoderApplication application = null;
        try {
            Map<String, String> roleValues = new java.util.LinkedHashMap<>(emulators.endpoints().asMap());
            roleValues.put("chartcoder.s3.clientKeyFile", secrets.clientKey().toString());
            Path tokenFile = null;
            if (settings.get("chartcoder.api.token").isEmpty()) {
                tokenFile = secrets.apiToken();
                roleValues.put("chartcoder.api.token", LocalSecrets.readToken(tokenFile));
            }
            roleValues.put("camel.ssl.keyStore", "file:" + secrets.keystore());
            roleValues.put("camel.ssl.keystorePassword",
                    Files.readString(secrets.keystorePasswordFile(), StandardCharsets.US_ASCII).trim());
            roleValues.put("chartcoder.worker.enabled", Boolean.toString(options.runWorker()));
            List<RoutesBuilder> routes = new ArrayList<>();
            if (options.runWorker()) {
                routes.add(new ChartWorkerRoute());
                routes.add(new StorageWatchRoute());
                routes.add(new DeadLetterRoute());
            }
            routes.add(new QueryApiRoute());
            started = System.nanoTime();
            application = ChartCoderApplication.start(settings.with(roleValues), routes);
            if (options.workerMainClass().isPresent()) {
                LocalLifecycle.start(application.context(), dataDir, settings, options.workerMainClass().get());
            }
            int apiPort = Integer.parseInt(application.context().resolvePropertyPlaceholders("{{camel.server.port}}"));
            console.printf("Started the routes%s in %.1f s%n", options.runWorker() ? " and the coding engine" : "",
                    seconds(started));

            ProducerTemplate producer = application.context().createProducerTemplate();
            var registry = application.context().getRegistry();
            ChartStore store = registry.lookupByNameAndType("chartStore", ChartStore.class);
            ChartRecovery.Recovered recovered = ChartRecovery.requeueUnfinished(store,
                    registry.lookupByNameAndType("chartIndex", ChartIndex.class),
                    registry.lookupByNameAndType("chunkIndexer", ChunkIndexer.class), producer,
                    application.context().resolvePropertyPlaceholders("{{chartcoder.jobs.sink}}"));
            Set<String> watched = new LinkedHashSet<>(recovered.batchIds());
            if (recovered.jobs() > 0) {
                console.printf("Recovered %d unfinished charts of %d earlier batches%n", recovered.charts(), recovered.batchIds().size());
            }

            long maxChartBytes = settings.integer("chartcoder.worker.maxChartBytes");
            Submission submission = submit(application, options.charts() != null
                    ? LocalCharts.read(options.charts(), maxChartBytes) : LocalCharts.samples(maxChartBytes));
            LocalCharts charts = submission.charts();
            Intake intake = submission.intake();
            String batchId = submission.batchId();
            watched.add(batchId);
            console.printf("Batch %s: %d charts (%d to submit%s)%n", batchId, charts.charts().size(), intake.total(),
                    charts.refusals().isEmpty() ? "" : ", " + charts.refusals().size()
                            + " files refused, each recorded in the batch with its reason");
            console.printf("API: https://127.0.0.1:%d/api (bearer token %s); viewer: https://127.0.0.1:%d/viewer/%n", apiPort,
                    tokenFile != null ? "in " + tokenFile : "from CHARTCODER_API_TOKEN", apiPort);
            return new LocalRun(emulators, application, watched, tokenFile, apiPort, submission,
                    recovered.charts() + intake.total());
        } catch (Exception | Error e) {
            if (application != null) {
                application.close();
            }
            emulators.close();
            throw e;
        }
    }

    /**
     * Queues the charts' chunks and records the files refused. Charts on disk are coded in place where
     * the profile allows it (their jobs name the files), else copied into bundles. The same charts make
     * the same chunks, so a start on the same directory queues again only what is not done: chunks not
     * finished in the index (in place), or whose bundle is not stored (bundles, which recovery requeues).
     */
    private static Submission submit(ChartCoderApplication application, LocalCharts charts) {
        ProducerTemplate producer = application.context().createProducerTemplate();
        var registry = application.context().getRegistry();
        ChartStore store = registry.lookupByNameAndType("chartStore", ChartStore.class);
        long intakeStarted = System.nanoTime();
        String batchId = charts.batchId();
        boolean inPlace = Boolean.parseBoolean(application.context().resolvePropertyPlaceholders(
                "{{chartcoder.intake.localFilesInPlace}}")) && charts.charts().keySet().stream()
                .allMatch(chartId -> charts.source(chartId).isPresent());
        ChartIndex index = registry.lookupByNameAndType("chartIndex", ChartIndex.class);
        Set<String> stored = inPlace ? Set.of() : store.storedChunks(batchId);
        java.util.function.Predicate<String> done = inPlace ? chunkId -> index.isFinished(batchId, chunkId) : stored::contains;
        ObjectMapper mapper = new ObjectMapper();
        java.util.function.Consumer<ChartChunker.Chunk> queue = inPlace
                ? chunk -> BatchIntake.submitInPlace(producer, mapper, batchId, new ChartSource.Chunk(chunk.chunkId(),
                        chunk.chartIds().stream().map(chartId -> charts.source(chartId).orElseThrow()).toList(), chunk.chartIds()))
                : chunk -> BatchIntake.submit(producer, batchId, chunk);
        List<ChartChunker.Chunk> toSubmit = new ArrayList<>();
        ChartChunker chunker = registry.lookupByNameAndType("batchIntake", BatchIntake.class).chunker(chunk -> {
            if (!done.test(chunk.chunkId())) {
                toSubmit.add(chunk);
            }
        });
        charts.charts().keySet().forEach(chartId -> chunker.add(charts.chart(chartId)));
        chunker.flush();
        IntakeRefusals.Batch refused = registry.lookupByNameAndType("intakeRefusals", IntakeRefusals.class)
                .forBatch(producer, batchId);
        charts.refusals().forEach(refused);
        refused.flush();
        return new Submission(batchId, charts, intakeStarted, Intake.start(toSubmit, queue));
    }

    /**
     * Submits another directory's charts, as a batch of their own, to the running routes (and the
     * worker processes, when they code); {@link #awaitDone(PrintStream, long, Submission)} follows it.
     */
    public Submission submit(Path chartsDir) throws java.io.IOException {
        Submission submission = submit(application, LocalCharts.read(chartsDir,
                Long.parseLong(application.context().resolvePropertyPlaceholders("{{chartcoder.worker.maxChartBytes}}"))));
        watchedBatches.add(submission.batchId());
        later.add(submission);
        return submission;
    }

    /**
     * Prints progress until every watched batch is done; returns their final status. On a terminal
     * the progress is one bar redrawn in place; otherwise a line whenever it changes.
     */
    public List<ChartRecords.BatchStatus> awaitDone(PrintStream console, long pollMillis) throws InterruptedException {
        return awaitDone(console, pollMillis, List.copyOf(watchedBatches), first);
    }

    /** As {@link #awaitDone(PrintStream, long)}, for the submission's batch alone. */
    public List<ChartRecords.BatchStatus> awaitDone(PrintStream console, long pollMillis, Submission submission)
            throws InterruptedException {
        return awaitDone(console, pollMillis, List.of(submission.batchId()), submission);
    }

    private List<ChartRecords.BatchStatus> awaitDone(PrintStream console, long pollMillis, List<String> batches,
                                                     Submission submission) throws InterruptedException {
        ChartQueries queries = application.context().getRegistry().lookupByNameAndType("chartQueries", ChartQueries.class);
        Progress progress = new Progress(console, System.console() != null);
        Intake intake = submission.intake();
        // the batch is counted as its charts are stored: until then its size is the number of charts read
        int expected = submission.charts().charts().size();
        while (true) {
            List<ChartRecords.BatchStatus> statuses = batches.stream().map(queries::batch)
                    .flatMap(Optional::stream).toList();
            int total = Math.max(expected, statuses.stream().mapToInt(ChartRecords.BatchStatus::total).sum());
            int coded = statuses.stream().mapToInt(ChartRecords.BatchStatus::coded).sum();
            int failed = statuses.stream().mapToInt(ChartRecords.BatchStatus::failed).sum();
            int dead = statuses.stream().mapToInt(ChartRecords.BatchStatus::deadLettered).sum();
            progress.show(coded, failed, dead, total, intake.done().isDone() ? -1 : intake.submitted().get());
            if (intake.done().isCompletedExceptionally()) {
                progress.end();
                throw new IllegalStateException("intake failed: " + failureOf(intake.done()));
            }
            if (intake.done().isDone() && statuses.stream().allMatch(ChartRecords.BatchStatus::done)) {
                progress.end();
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
        return first.batchId();
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
        return first.charts();
    }

    /** When this run began submitting its charts, for throughput figures that leave out start-up. */
    public long intakeStartedNanos() {
        return first.intakeStartedNanos();
    }

    public ChartCoderApplication application() {
        return application;
    }

    @Override
    public void close() throws Exception {
        first.intake().threads().shutdownNow();
        later.forEach(submission -> submission.intake().threads().shutdownNow());
        try {
            application.close();
        } finally {
            emulators.close();
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
