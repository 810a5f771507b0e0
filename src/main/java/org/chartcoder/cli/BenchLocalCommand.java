package org.chartcoder.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.chartcoder.app.ChartIndex;
import org.chartcoder.app.ChartLists;
import org.chartcoder.app.ChartQueries;
import org.chartcoder.app.LocalCharts;
import org.chartcoder.app.QueryApi;
import org.chartcoder.engine.CodingEngine;
import org.chartcoder.engine.CodingEngines;
import org.chartcoder.lifecycle.LocalLifecycle;
import org.chartcoder.lifecycle.LocalProcessFleet;
import org.chartcoder.lifecycle.LocalRun;
import org.chartcoder.runtime.EngineConfiguration;
import org.chartcoder.runtime.AwsRequestCounts;
import org.chartcoder.runtime.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * In one run, codes the charts end to end in local mode (intake, SQS, worker, encrypted S3, index)
 * in a fresh data directory, then codes the same texts with the engine alone, and prints both
 * throughputs and their ratio, the S3 and SQS requests per chart and the time of each query.
 */
@Command(name = "bench-local", mixinStandardHelpOptions = true,
        description = "Code charts end to end in local mode, then with the engine alone, in the same run; print both rates,"
                + " requests per chart and query times.")
public final class BenchLocalCommand implements Callable<Integer> {

    /** The batch's end is seen within this of its last chunk's index write (a 500 ms poll added 0.25 s on average). */
    private static final long BATCH_END_POLL_MILLIS = 10;

    @Mixin
    CommonOptions common;
    @Mixin
    EngineOptions engineOptions;

    @Option(names = "--charts", required = true, paramLabel = "DIR", description = "Directory of *.txt charts.")
    Path charts;

    @Option(names = "--count", paramLabel = "N",
            description = "Code N charts: the directory's charts replicated (each copy a distinct text) into a temporary directory.")
    Integer count;

    @Option(names = "--consumers", paramLabel = "N", description = "SQS consumer threads (chartcoder.worker.concurrentConsumers).")
    Integer consumers;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "2000",
            description = "First code N charts end to end, untimed, in a data directory of their own, so that both"
                    + " timed rates are of compiled code, not of the JIT compiler; 0 for none (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--worker-cpus", paramLabel = "N",
            description = "Code in one worker process of its own (as local mode does) on the last N of this process's CPUs,"
                    + " with intake, the emulators and the index on the others, the warm-up and the timed batch through the"
                    + " same worker; then time the engine alone on those N CPUs. Needs Linux and taskset.")
    Integer workerCpus;

    @Option(names = "--engine-alone-threads", paramLabel = "N", hidden = true,
            description = "Internal: time the engine alone on the charts with N threads after --warmup charts, and write"
                    + " the figures to --engine-alone-result for the bench-local that started this JVM.")
    Integer engineAloneThreads;

    /**
     * A file, not stdout, because the worker's JVM options may make that JVM print on stdout itself
     * ({@code -Xlog:gc}, {@code -XX:+PrintCompilation}), even inside a line of ours.
     */
    @Option(names = "--engine-alone-result", paramLabel = "FILE", hidden = true,
            description = "Internal: with --engine-alone-threads, where to write seconds, CPU seconds and warm-up charts read.")
    Path engineAloneResult;

    @Option(names = "--engine-alone-warmup-charts", paramLabel = "DIR", hidden = true,
            description = "Internal: with --engine-alone-threads, warm up on these charts (the worker's warm-up batch)"
                    + " instead of on the timed ones.")
    Path engineAloneWarmupCharts;

    @Override
    public Integer call() throws Exception {
        if (engineAloneThreads != null) {
            return engineAloneHere();
        }
        Path workDir = Files.createTempDirectory("chart-coder-bench");
        Path input = count == null ? charts : replicate(charts, workDir.resolve("charts"), count, "r");
        PrintStream out = System.out;
        if (workerCpus != null) {
            try {
                return inWorkerProcess(workDir, input, out);
            } finally {
                deleteRecursively(workDir);
            }
        }
        try {
            if (warmup > 0) {
                warmUp(replicate(charts, workDir.resolve("warmup"), warmup, "w"), workDir.resolve("warmup-data"), out);
            }
            Settings settings = settings(workDir.resolve("data"));
            AwsRequestCounts.reset();
            ThreadCpu cpu = new ThreadCpu();
            try (cpu; LocalRun run = LocalRun.start(new LocalRun.Options(input, true, Optional.empty()), settings, out)) {
                run.awaitDone(out, BATCH_END_POLL_MILLIS);
                double endToEnd = (System.nanoTime() - run.intakeStartedNanos()) / 1e9;
                Map<String, Double> cpuSeconds = cpu.stop(run.intakeStartedNanos());
                Map<String, Long> requests = AwsRequestCounts.snapshot();
                long s3 = AwsRequestCounts.of("S3");
                long sqs = AwsRequestCounts.of("Sqs");
                var context = run.application().context();
                int threads = Integer.parseInt(context.resolvePropertyPlaceholders("{{chartcoder.worker.codingThreads}}"));
                int codingThreads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
                int chunkCharts = Integer.parseInt(context.resolvePropertyPlaceholders("{{chartcoder.chunk.maxCharts}}"));
                CodingEngine engine = context.getRegistry().lookupByNameAndType("codingEngine", CodingEngine.class);
                List<String> texts = texts(run.charts());
                int n = texts.size();
                double engineOne = engineSeconds(engine, texts, 1);
                double engineN = engineSeconds(engine, texts, codingThreads);
                double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
                out.printf("bench-local: %d charts, %d coding threads, chunks of %d charts, load average %.1f%n", n,
                        codingThreads, chunkCharts, load);
                out.printf("  end to end (intake -> S3 -> SQS -> worker -> encrypted S3 -> index): %.2f s, %.1f charts/s%n",
                        endToEnd, n / endToEnd);
                out.printf("  engine alone, 1 thread:  %.2f s, %.1f charts/s%n", engineOne, n / engineOne);
                out.printf("  engine alone, %d threads: %.2f s, %.1f charts/s%n", codingThreads, engineN, n / engineN);
                out.printf("  end to end / engine alone (%d threads): %.2f%n", codingThreads, engineN / endToEnd);
                printCpu(out, cpuSeconds);
                boolean inPlace = Boolean.parseBoolean(context.resolvePropertyPlaceholders("{{chartcoder.intake.localFilesInPlace}}"));
                long inputReads = inPlace ? 0 : (n + chunkCharts - 1) / chunkCharts;
                out.printf("  requests: S3 %d (%.3f per chart beyond %s), SQS %d (%.3f per chart)%n", s3,
                        (double) (s3 - inputReads) / n, inPlace ? "the charts' files, read in place"
                                : "the " + inputReads + " bundle reads", sqs, (double) sqs / n);
                out.printf("  by operation: %s%n", requests);
                printQueryTimes(out, context.getRegistry().lookupByNameAndType("chartQueries", ChartQueries.class), run.batchId(),
                        run.charts().charts().keySet().iterator().next());
            }
        } finally {
            deleteRecursively(workDir);
        }
        return 0;
    }

    /**
     * The worker in a process of its own on CPUs of its own, as on AWS (where S3, SQS and the index
     * run elsewhere): end to end against the engine alone on the same CPUs, and the worker
     * process's CPU per chart (every thread of it: I/O, encryption, JIT, GC) against the engine's.
     */
    private int inWorkerProcess(Path workDir, Path input, PrintStream out) throws Exception {
        List<Integer> allowed = CpuAffinity.allowed();
        if (workerCpus < 1 || workerCpus >= allowed.size()) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--worker-cpus must be 1 to "
                    + (allowed.size() - 1) + " on this machine: the other CPUs run intake and the emulators");
        }
        List<Integer> ownCpus = allowed.subList(0, allowed.size() - workerCpus);
        List<Integer> workerCpuList = allowed.subList(allowed.size() - workerCpus, allowed.size());
        long self = ProcessHandle.current().pid();
        CpuAffinity.pin(self, ownCpus);
        try {
            return timeWorkerProcess(workDir, input, out, ownCpus, workerCpuList);
        } finally {
            CpuAffinity.pin(self, allowed);
        }
    }

    private int timeWorkerProcess(Path workDir, Path input, PrintStream out, List<Integer> ownCpus, List<Integer> workerCpuList)
            throws Exception {
        Path dataDir = workDir.resolve("data");
        Settings settings = settings(dataDir);
        PrintStream quiet = new PrintStream(java.io.OutputStream.nullOutputStream());
        Path first = warmup > 0 ? replicate(charts, workDir.resolve("warmup"), warmup, "w") : input;
        long started = System.nanoTime();
        try (LocalRun run = LocalRun.start(new LocalRun.Options(first, false, Optional.empty()), settings, quiet)) {
            LocalProcessFleet fleet = LocalLifecycle.workerFleet("bench", dataDir.toAbsolutePath(), settings,
                    ChartCoderCli.class.getName(), CpuAffinity.launcher(workerCpuList));
            fleet.size(1);
            long worker = fleet.pids().get(0);
            // a worker that dies would leave the batch unfinished forever: stop waiting and say so, also
            // when it died before this line (a JVM that rejects its options is gone within milliseconds)
            Thread waiting = Thread.currentThread();
            AtomicBoolean finished = new AtomicBoolean();
            fleet.anyEnded().thenRun(() -> {
                if (!finished.get()) {
                    waiting.interrupt();
                }
            });
            double workerCpuBefore;
            double workerCpuAfter;
            ProcessThreadCpu workerThreadsBefore;
            ProcessThreadCpu workerThreadsAfter;
            long intakeStarted;
            long done;
            long ownCpuBefore;
            double ownCpu;
            LocalCharts timedCharts;
            try {
                if (warmup > 0) {
                    run.awaitDone(quiet, 500);
                    out.printf("bench-local: warm-up of %d charts through the worker process in %.1f s (not timed)%n", warmup,
                            (System.nanoTime() - started) / 1e9);
                    workerCpuBefore = cpuSeconds(worker);
                    workerThreadsBefore = ProcessThreadCpu.read(worker);
                    ownCpuBefore = processCpuNanos();
                    LocalRun.Submission timed = run.submit(input);
                    if (timed.queuedCharts() == 0) {
                        throw new IllegalStateException("the timed batch's charts were all coded in the warm-up");
                    }
                    intakeStarted = timed.intakeStartedNanos();
                    timedCharts = timed.charts();
                    run.awaitDone(out, BATCH_END_POLL_MILLIS, timed);
                } else {
                    workerCpuBefore = cpuSeconds(worker);
                    workerThreadsBefore = ProcessThreadCpu.read(worker);
                    ownCpuBefore = processCpuNanos();
                    intakeStarted = run.intakeStartedNanos();
                    timedCharts = run.charts();
                    run.awaitDone(out, BATCH_END_POLL_MILLIS);
                }
                // the batch's end, not the worker's shutdown after it
                done = System.nanoTime();
                finished.set(true);
                ownCpu = (processCpuNanos() - ownCpuBefore) / 1e9;
                workerCpuAfter = cpuSeconds(worker);
                workerThreadsAfter = ProcessThreadCpu.read(worker);
            } catch (InterruptedException e) {
                throw new IllegalStateException("the worker process " + worker + " ended before the batch was coded"
                        + " (check chartcoder.lifecycle.local.worker-jvm-options)", e);
            } finally {
                finished.set(true);
                Thread.interrupted();
                fleet.terminate(java.time.Duration.ofSeconds(30));
            }
            double endToEnd = (done - intakeStarted) / 1e9;
            double workerCpu = workerCpuAfter - workerCpuBefore;
            List<String> texts = texts(timedCharts);
            int n = texts.size();
            // as warm as the worker, and on the same charts: it met the timed batch's texts for the first
            // time, so an engine warmed on those very texts would hold every word of them in its caches
            int engineWarmup = Math.max(warmup, 3000);
            Optional<Path> warmupCharts = warmup > 0 ? Optional.of(first) : Optional.empty();
            double[] fresh = engineAloneInWorkerJvm(settings, input, warmupCharts, engineWarmup, workerCpuList);
            double engineAlone = fresh[0];
            double engineCpu = fresh[1];
            CpuAffinity.pin(ProcessHandle.current().pid(), workerCpuList);
            CodingEngine engine = CodingEngines.create(EngineConfiguration.engineSettings(settings.lookup()));
            List<String> warmTexts = warmupCharts.isPresent() ? texts(readCharts(settings, first)) : texts;
            double[] here = engineAlone(engine, warmTexts, engineWarmup, texts, workerCpus);
            double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            out.printf("bench-local: %d charts, one worker process on CPU %s (%d coding threads), intake, emulators and"
                    + " index on CPU %s, load average %.1f%n", n, CpuAffinity.format(workerCpuList), workerCpus,
                    CpuAffinity.format(ownCpus), load);
            out.printf("  end to end (intake -> SQS -> worker process -> encrypted S3 -> index): %.2f s, %.1f charts/s%n",
                    endToEnd, n / endToEnd);
            out.printf("  engine alone on the worker's CPU %s, %d threads, in a JVM started as the worker is, warmed up on %s:"
                    + " %.2f s, %.1f charts/s%n", CpuAffinity.format(workerCpuList), workerCpus,
                    warmupCharts.isPresent() ? "the " + (long) fresh[2] + " charts of the worker's warm-up"
                            : (long) fresh[2] + " of the timed charts", engineAlone, n / engineAlone);
            out.printf("  end to end / engine alone on the worker's CPUs: %.2f%n", engineAlone / endToEnd);
            out.printf("  engine alone in this process, pinned to the same CPUs: %.2f s, %.1f charts/s (end to end / it: %.2f)%n",
                    here[0], n / here[0], here[0] / endToEnd);
            out.printf("  CPU per chart: worker process %.3f ms (all its threads: jobs, S3 reads and writes, encryption, index"
                    + " calls, JIT, GC), engine alone %.3f ms: %.2f%n", 1000 * workerCpu / n, 1000 * engineCpu / n,
                    engineCpu / workerCpu);
            out.printf("  the worker process's CPU by thread: %s; busy %.0f%% of its CPUs' time%n",
                    shares(workerThreadsAfter.since(workerThreadsBefore), workerCpu), 100 * workerCpu / (endToEnd * workerCpus));
            out.printf("  CPU per chart of the rest (intake, S3 and SQS emulators, index; this process on CPU %s): %.3f ms;"
                    + " all of local mode %.3f ms against the engine's %.3f ms: %.2f%n", CpuAffinity.format(ownCpus),
                    1000 * ownCpu / n, 1000 * (workerCpu + ownCpu) / n, 1000 * engineCpu / n, engineCpu / (workerCpu + ownCpu));
            printQueryTimes(out, run.application().context().getRegistry().lookupByNameAndType("chartQueries", ChartQueries.class),
                    run.batchId(), run.charts().charts().keySet().iterator().next());
        }
        return 0;
    }

    /** "coding 80%, JIT compiler 6%, ...": each group's share of the whole, groups under half a per cent left out. */
    private static String shares(Map<String, Double> seconds, double total) {
        StringBuilder shares = new StringBuilder();
        seconds.forEach((group, cpu) -> {
            if (cpu / total >= 0.005) {
                shares.append(shares.length() == 0 ? "" : ", ").append(String.format("%s %.0f%%", group, 100 * cpu / total));
            }
        });
        return shares.toString();
    }

    private static double cpuSeconds(long pid) {
        return ProcessHandle.of(pid).flatMap(process -> process.info().totalCpuDuration())
                .orElseThrow(() -> new IllegalStateException("the worker process " + pid + " ended early")).toNanos() / 1e9;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The texts the run read, as the worker decodes them. */
    private static List<String> texts(LocalCharts charts) {
        return charts.charts().values().stream().map(bytes -> new String(bytes, StandardCharsets.UTF_8)).toList();
    }

    private Settings settings(Path dataDir) throws IOException {
        return common.settings("local", engineOptions.values(), CommonOptions.options(
                "chartcoder.data-dir", dataDir, "camel.server.port", freePort(), "camel.management.enabled", false,
                "chartcoder.worker.concurrentConsumers", consumers));
    }

    /** Codes the warm-up charts end to end in this JVM, with their own data directory; prints only its time. */
    private void warmUp(Path warmupCharts, Path dataDir, PrintStream out) throws Exception {
        long started = System.nanoTime();
        PrintStream quiet = new PrintStream(java.io.OutputStream.nullOutputStream());
        try (LocalRun run = LocalRun.start(new LocalRun.Options(warmupCharts, true, Optional.empty()), settings(dataDir), quiet)) {
            run.awaitDone(quiet, 500);
        }
        out.printf("bench-local: warm-up of %d charts end to end in %.1f s (not timed: JIT compilation)%n", warmup,
                (System.nanoTime() - started) / 1e9);
    }

    /**
     * The end-to-end run's CPU by kind of thread, as shares of the whole: with every core busy, the
     * ratio to the engine alone cannot exceed the coding share.
     */
    private static void printCpu(PrintStream out, Map<String, Double> cpuSeconds) {
        double total = cpuSeconds.get("total");
        double wall = cpuSeconds.get("wall");
        int cores = Runtime.getRuntime().availableProcessors();
        Map<String, Double> groups = new java.util.LinkedHashMap<>(cpuSeconds);
        groups.keySet().removeAll(List.of("total", "wall"));
        out.printf("  CPU from intake to the last chart (emulators included): %.1f s in %.1f s, %.0f%% of %d cores;"
                + " %s%n", total, wall, 100 * total / (wall * cores), cores, shares(groups, total));
    }

    /** Median of 21 timed calls of each query, after one warm-up call, through the query core the API serves. */
    static void printQueryTimes(PrintStream out, ChartQueries queries, String batchId, String chartId) {
        ChartLists.PageRequest firstPage = new ChartLists.PageRequest(QueryApi.DEFAULT_LIMIT, Optional.empty());
        String code = queries.batch(batchId, firstPage).stream()
                .flatMap(batch -> batch.charts().items().stream())
                .filter(chart -> chart.status().equals(ChartIndex.CODED)).findFirst()
                .map(chart -> codeOf(queries, chart.chartId())).orElse("I10");
        out.printf("  queries (median of 21): chart %.1f ms, batch with its first page of charts %.1f ms,"
                        + " code %s first page %.1f ms%n",
                medianMillis(() -> queries.chart(chartId)), medianMillis(() -> queries.batch(batchId, firstPage)), code,
                medianMillis(() -> queries.chartsWithCode(code, firstPage)));
    }

    private static String codeOf(ChartQueries queries, String chartId) {
        Object body = queries.chart(chartId).body();
        return body instanceof com.fasterxml.jackson.databind.JsonNode tree ? tree.path("codes").path(0).path("code").asText("I10") : "I10";
    }

    static double medianMillis(Supplier<?> query) {
        query.get();
        double[] millis = new double[21];
        for (int i = 0; i < millis.length; i++) {
            long started = System.nanoTime();
            query.get();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        return millis[millis.length / 2];
    }

    /**
     * N charts from the directory's, cycled; copy k of a chart gets id {@code <id>-<tag><k>} and a
     * line naming the copy, so that warm-up copies ("w") and timed ones ("r") are distinct charts.
     */
    static Path replicate(Path from, Path to, int count, String tag) throws IOException {
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> files = Files.list(from)) {
            files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(sources::add);
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("--charts " + from + " holds no *.txt charts");
        }
        Files.createDirectories(to);
        List<byte[]> texts = new ArrayList<>();
        for (Path source : sources) {
            texts.add(Files.readAllBytes(source));
        }
        for (int i = 0; i < count; i++) {
            String name = sources.get(i % sources.size()).getFileName().toString();
            int copy = i / sources.size();
            try (var out = Files.newOutputStream(to.resolve(name.substring(0, name.length() - 4) + "-" + tag + copy + ".txt"))) {
                out.write(texts.get(i % sources.size()));
                out.write(("\n(copy " + tag + copy + ")\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return to;
    }

    /**
     * The engine alone in a JVM started as the worker's is (its JVM options, pinned to its CPUs), so
     * that the baseline differs from the worker in the pipeline only: not in heap, collector or
     * compiler settings, nor in the code this process compiled for intake and the emulators.
     * Returns its seconds, its CPU seconds and the number of warm-up charts it read.
     */
    private double[] engineAloneInWorkerJvm(Settings settings, Path input, Optional<Path> warmupCharts, int engineWarmup,
                                            List<Integer> cpus) throws IOException, InterruptedException {
        Path result = Files.createTempFile("chart-coder-engine-alone", ".txt");
        try {
            List<String> command = new ArrayList<>(LocalLifecycle.workerJava(settings, CpuAffinity.launcher(cpus)));
            command.addAll(List.of(ChartCoderCli.class.getName(), "bench-local", "--charts", input.toString(),
                    "--warmup", Integer.toString(engineWarmup), "--engine-alone-threads", Integer.toString(cpus.size()),
                    "--engine-alone-result", result.toString()));
            warmupCharts.ifPresent(dir -> command.addAll(List.of("--engine-alone-warmup-charts", dir.toString())));
            command.addAll(LocalLifecycle.settingArguments(settings));
            int status = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            String figures = Files.readString(result).trim();
            if (status != 0 || figures.isEmpty()) {
                throw new IllegalStateException("the engine-alone JVM exited with status " + status
                        + " without its figures (check chartcoder.lifecycle.local.worker-jvm-options)");
            }
            return Arrays.stream(figures.split(" ")).mapToDouble(Double::parseDouble).toArray();
        } finally {
            Files.deleteIfExists(result);
        }
    }

    /** The engine-alone JVM's side: the charts of --charts, as the worker decodes them. */
    private int engineAloneHere() throws Exception {
        Settings settings = common.settings("local", engineOptions.values());
        List<String> texts = texts(readCharts(settings, charts));
        List<String> warmTexts = engineAloneWarmupCharts == null ? texts : texts(readCharts(settings, engineAloneWarmupCharts));
        CodingEngine engine = CodingEngines.create(EngineConfiguration.engineSettings(settings.lookup()));
        double[] figures = engineAlone(engine, warmTexts, warmup, texts, engineAloneThreads);
        Files.writeString(engineAloneResult, figures[0] + " " + figures[1] + " " + warmTexts.size());
        return 0;
    }

    private static LocalCharts readCharts(Settings settings, Path dir) throws IOException {
        return LocalCharts.read(dir, Long.parseLong(settings.get("chartcoder.worker.maxChartBytes").orElseThrow()));
    }

    /**
     * Codes {@code warmupCharts} of the warm-up texts (again from the first when there are fewer) untimed, then
     * all of the texts timed: seconds and this process's CPU seconds.
     */
    private static double[] engineAlone(CodingEngine engine, List<String> warmTexts, int warmupCharts, List<String> texts,
                                        int threads) throws Exception {
        int w = warmTexts.size();
        for (int warmed = 0; warmed < warmupCharts; warmed += w) {
            engineSeconds(engine, warmTexts.subList(0, Math.min(w, warmupCharts - warmed)), threads);
        }
        long cpuBefore = processCpuNanos();
        double seconds = engineSeconds(engine, texts, threads);
        return new double[] {seconds, (processCpuNanos() - cpuBefore) / 1e9};
    }

    private static double engineSeconds(CodingEngine engine, List<String> texts, int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        try {
            List<Future<?>> futures = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < texts.size(); i = next.getAndIncrement()) {
                        engine.code(texts.get(i));
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        return (System.nanoTime() - started) / 1e9;
    }

    public static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    public static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
