package org.chartcoder.engine.cli;

import org.chartcoder.ChartCoder;
import org.chartcoder.engine.CodingEngine;
import org.chartcoder.engine.CodingEngines;
import org.chartcoder.engine.EngineSettings;
import org.chartcoder.engine.bench.CoreNlpBaseline;
import org.chartcoder.engine.bench.HeapMonitor;
import org.chartcoder.engine.bench.Throughput;
import org.chartcoder.engine.eval.ChartFiles;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code chart-coder bench --charts DIR [--codeset PATH] [--model MODEL] [--corenlp-models JAR]
 * [--seconds S] [--threads N]}: engine throughput on one thread and on all cores after warm-up,
 * next to CoreNLP {@code tokenize,ssplit,pos,lemma} on the same texts in the same JVM, with code
 * set load time and heap figures.
 */
public final class BenchCommand implements ChartCoder.Command {

    private static final String USAGE = "usage: chart-coder bench --charts DIR [--codeset PATH] [--model MODEL] "
            + "[--corenlp-models JAR] [--seconds S] [--threads N]";

    private final PrintStream out;

    public BenchCommand() {
        this(System.out);
    }

    BenchCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public int run(String[] args) throws Exception {
        Arguments arguments;
        int seconds;
        int threads;
        try {
            arguments = new Arguments(args, Set.of("charts", "codeset", "model", "corenlp-models", "seconds", "threads"));
            arguments.requiredPath("charts");
            seconds = arguments.integer("seconds", 10);
            threads = arguments.integer("threads", Runtime.getRuntime().availableProcessors());
            if (seconds < 1 || threads < 1) {
                throw new IllegalArgumentException("--seconds and --threads must be at least 1");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.err.println(USAGE);
            return 2;
        }
        List<String> texts = new ArrayList<>(ChartFiles.read(List.of(arguments.requiredPath("charts"))).values());
        if (texts.isEmpty()) {
            System.err.println("bench: no .txt charts in " + arguments.requiredPath("charts"));
            return 2;
        }
        long totalChars = texts.stream().mapToLong(String::length).sum();
        out.printf("%d charts, %.0f characters on average; %d cores, max heap %.0f MB, %d s per measurement%n",
                texts.size(), (double) totalChars / texts.size(), Runtime.getRuntime().availableProcessors(),
                HeapMonitor.maxMegabytes(), seconds);

        double heapBefore = HeapMonitor.liveMegabytes();
        long loadStarted = System.nanoTime();
        CodingEngine engine = CodingEngines.create(new EngineSettings(arguments.path("codeset"), arguments.path("model")));
        double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;
        double heapAfterLoad = HeapMonitor.liveMegabytes();
        out.printf("engine %s, code set %s: loaded in %.2f s; live heap after load %.0f MB (%.0f MB before)%n",
                engine.modelVersion(), engine.codeSetVersion(), loadSeconds, heapAfterLoad, heapBefore);

        List<Row> rows = new ArrayList<>();
        rows.addAll(measure("engine", texts, engine::code, threads, seconds));

        Path modelsJar = arguments.path("corenlp-models") != null ? arguments.path("corenlp-models") : CoreNlpBaseline.defaultModelsJar();
        CoreNlpBaseline baseline;
        try {
            long started = System.nanoTime();
            baseline = CoreNlpBaseline.load(modelsJar);
            out.printf("CoreNLP %s %s loaded in %.2f s%n", CoreNlpBaseline.CORENLP_VERSION, CoreNlpBaseline.ANNOTATORS,
                    (System.nanoTime() - started) / 1e9);
        } catch (IOException e) {
            print(rows, null);
            System.err.println("bench: no baseline: " + e.getMessage());
            return 1;
        }
        List<Row> baselineRows = measure("CoreNLP " + CoreNlpBaseline.ANNOTATORS, texts, baseline::annotate, threads, seconds);
        rows.addAll(baselineRows);
        print(rows, baselineRows);
        return 0;
    }

    private record Row(String name, Throughput.Rate rate, double peakHeap, long gcMillis) {
    }

    /** Warm-up (JIT), then one thread, then all threads; peak heap and GC time per measurement. */
    private List<Row> measure(String name, List<String> texts, Consumer<String> task, int threads, int seconds) throws Exception {
        out.printf("%s: warming up ...%n", name);
        Throughput.measure(texts, threads, Math.max(2, seconds / 2.0), task);
        List<Row> rows = new ArrayList<>();
        for (int n : threads == 1 ? List.of(1) : List.of(1, threads)) {
            HeapMonitor.resetPeak();
            long gcBefore = HeapMonitor.gcMillis();
            Throughput.Rate rate = Throughput.measure(texts, n, seconds, task);
            rows.add(new Row(name, rate, HeapMonitor.peakMegabytes(), HeapMonitor.gcMillis() - gcBefore));
            out.printf("%s, %d thread(s): %.1f charts/s%n", name, n, rate.textsPerSecond());
        }
        return rows;
    }

    private void print(List<Row> rows, List<Row> baseline) {
        out.println();
        out.printf("| %-40s | %7s | %9s | %11s | %14s | %8s | %18s |%n", "pipeline", "threads", "charts/s", "chars/s",
                "peak heap (MB)", "GC (ms)", "engine / baseline");
        out.println("| " + "-".repeat(40) + " | ------: | --------: | ----------: | -------------: | -------: | -----------------: |");
        for (Row row : rows) {
            String ratio = "";
            if (baseline != null && row.name().equals("engine")) {
                ratio = baseline.stream().filter(b -> b.rate().threads() == row.rate().threads()).findFirst()
                        .map(b -> String.format("%.1fx", row.rate().charsPerSecond() / b.rate().charsPerSecond())).orElse("");
            }
            out.printf("| %-40s | %7d | %9.1f | %11.0f | %14.0f | %8d | %18s |%n", row.name(), row.rate().threads(),
                    row.rate().textsPerSecond(), row.rate().charsPerSecond(), row.peakHeap(), row.gcMillis(), ratio);
        }
    }
}
