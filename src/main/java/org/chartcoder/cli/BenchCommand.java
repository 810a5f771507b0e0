package org.chartcoder.cli;

import org.chartcoder.engine.CodingEngine;
import org.chartcoder.engine.CodingEngines;
import org.chartcoder.engine.bench.CoreNlpBaseline;
import org.chartcoder.engine.bench.HeapMonitor;
import org.chartcoder.engine.bench.Throughput;
import org.chartcoder.engine.eval.ChartFiles;
import org.chartcoder.runtime.EngineConfiguration;
import org.chartcoder.runtime.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Engine throughput on one thread and on all cores after warm-up, next to CoreNLP
 * {@code tokenize,ssplit,pos,lemma} on the same texts in the same JVM (in alternating slices, per
 * wall second and per CPU second), with code set load time and heap figures.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Engine throughput next to CoreNLP tokenize,ssplit,pos,lemma on the same charts, in the same run.")
public final class BenchCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;
    @Mixin
    EngineOptions engineOptions;

    @Option(names = "--charts", required = true, paramLabel = "DIR", description = "Directory of *.txt charts.")
    Path charts;

    @Option(names = "--corenlp-models", paramLabel = "JAR", description = "CoreNLP models jar (default: from the Maven repository).")
    Path modelsJarOption;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "10", description = "Seconds per measurement (default ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--threads", paramLabel = "N", description = "Threads of the second measurement (default: the number of cores).")
    Integer threadsOption;

    /** Alternating slices per pipeline and thread count. */
    private static final int SLICES = 5;

    private final PrintStream out;

    public BenchCommand() {
        this(System.out);
    }

    BenchCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        int threads = threadsOption != null ? threadsOption : Runtime.getRuntime().availableProcessors();
        if (seconds < 1 || threads < 1) {
            throw new IllegalArgumentException("--seconds and --threads must be at least 1");
        }
        Settings settings = common.settings("local", engineOptions.values());
        List<String> texts = new ArrayList<>(ChartFiles.read(List.of(charts)).values());
        if (texts.isEmpty()) {
            System.err.println("bench: no .txt charts in " + charts);
            return 2;
        }
        long totalChars = texts.stream().mapToLong(String::length).sum();
        out.printf("%d charts, %.0f characters on average; %d cores, max heap %.0f MB, %d s per measurement%n",
                texts.size(), (double) totalChars / texts.size(), Runtime.getRuntime().availableProcessors(),
                HeapMonitor.maxMegabytes(), seconds);

        double heapBefore = HeapMonitor.liveMegabytes();
        long loadStarted = System.nanoTime();
        long loadCpuStarted = HeapMonitor.processCpuNanos();
        CodingEngine engine = CodingEngines.create(EngineConfiguration.engineSettings(settings.lookup()));
        double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;
        double loadCpuSeconds = (HeapMonitor.processCpuNanos() - loadCpuStarted) / 1e9;
        double heapAfterLoad = HeapMonitor.liveMegabytes();
        // On a shared machine the wall time includes waiting for a core; the CPU time does not.
        out.printf("engine %s, code set %s: loaded in %.2f s (%.2f s of CPU over all threads); live heap after load %.0f MB (%.0f MB before)%n",
                engine.modelVersion(), engine.codeSetVersion(), loadSeconds, loadCpuSeconds, heapAfterLoad, heapBefore);

        Path modelsJar = modelsJarOption != null ? modelsJarOption : CoreNlpBaseline.defaultModelsJar();
        List<Pipeline> pipelines = new ArrayList<>();
        pipelines.add(new Pipeline("engine", engine::code));
        boolean baselineMissing = false;
        try {
            long started = System.nanoTime();
            CoreNlpBaseline baseline = CoreNlpBaseline.load(modelsJar);
            out.printf("CoreNLP %s %s loaded in %.2f s%n", CoreNlpBaseline.CORENLP_VERSION, CoreNlpBaseline.ANNOTATORS,
                    (System.nanoTime() - started) / 1e9);
            pipelines.add(new Pipeline("CoreNLP " + CoreNlpBaseline.ANNOTATORS, baseline::annotate));
        } catch (IOException e) {
            System.err.println("bench: no baseline: " + e.getMessage());
            baselineMissing = true;
        }
        for (Pipeline pipeline : pipelines) {
            out.printf("%s: warming up ...%n", pipeline.name());
            Throughput.measure(texts, threads, Math.max(2, seconds / 2.0), pipeline.task());
        }
        List<Row> rows = new ArrayList<>();
        for (int n : threads == 1 ? List.of(1) : List.of(1, threads)) {
            rows.addAll(measureInterleaved(pipelines, texts, n, seconds));
        }
        print(rows);
        return baselineMissing ? 1 : 0;
    }

    private record Pipeline(String name, Consumer<String> task) {
    }

    private record Row(String name, Throughput.Rate rate, double peakHeap, long gcMillis) {
    }

    /**
     * Measures the pipelines in alternating slices rather than one after the other, so that a change
     * in what else runs on the machine weighs on all of them alike; peak heap and GC time per pipeline.
     */
    private List<Row> measureInterleaved(List<Pipeline> pipelines, List<String> texts, int threads, int seconds) throws Exception {
        Throughput.Rate[] rates = new Throughput.Rate[pipelines.size()];
        double[] peakHeap = new double[pipelines.size()];
        long[] gcMillis = new long[pipelines.size()];
        for (int slice = 0; slice < SLICES; slice++) {
            for (int p = 0; p < pipelines.size(); p++) {
                HeapMonitor.resetPeak();
                long gcBefore = HeapMonitor.gcMillis();
                rates[p] = Throughput.measure(texts, threads, (double) seconds / SLICES, pipelines.get(p).task()).plus(rates[p]);
                peakHeap[p] = Math.max(peakHeap[p], HeapMonitor.peakMegabytes());
                gcMillis[p] += HeapMonitor.gcMillis() - gcBefore;
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int p = 0; p < pipelines.size(); p++) {
            rows.add(new Row(pipelines.get(p).name(), rates[p], peakHeap[p], gcMillis[p]));
            out.printf("%s, %d thread(s): %.1f charts/s, %.1f charts per CPU second%n", pipelines.get(p).name(), threads,
                    rates[p].textsPerSecond(), rates[p].textsPerCpuSecond());
        }
        return rows;
    }

    private void print(List<Row> rows) {
        out.println();
        out.printf("| %-34s | %7s | %8s | %9s | %12s | %9s | %7s | %13s | %13s |%n", "pipeline", "threads", "charts/s",
                "chars/s", "charts/CPU-s", "peak heap", "GC (ms)", "ratio (wall)", "ratio (CPU)");
        out.println("| " + "-".repeat(34) + " | ------: | -------: | --------: | -----------: | --------: | ------: | ------------: | ------------: |");
        for (Row row : rows) {
            String wallRatio = "";
            String cpuRatio = "";
            if (!row.name().equals("engine")) {
                Throughput.Rate engine = rows.stream().filter(r -> r.name().equals("engine") && r.rate().threads() == row.rate().threads())
                        .findFirst().orElseThrow().rate();
                wallRatio = String.format("engine %.1fx", engine.charsPerSecond() / row.rate().charsPerSecond());
                cpuRatio = String.format("engine %.1fx", (engine.chars() / engine.cpuSeconds()) / (row.rate().chars() / row.rate().cpuSeconds()));
            }
            out.printf("| %-34s | %7d | %8.1f | %9.0f | %12.1f | %6.0f MB | %7d | %13s | %13s |%n", row.name(), row.rate().threads(),
                    row.rate().textsPerSecond(), row.rate().charsPerSecond(), row.rate().textsPerCpuSecond(), row.peakHeap(),
                    row.gcMillis(), wallRatio, cpuRatio);
        }
    }
}
