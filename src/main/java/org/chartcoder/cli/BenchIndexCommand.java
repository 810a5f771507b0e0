package org.chartcoder.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

import org.chartcoder.app.ChartIndex;
import org.chartcoder.app.ChartKeys;
import org.chartcoder.runtime.ChartCoderConfiguration;
import org.chartcoder.runtime.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Builds a synthetic index (no coding: chunks of charts with codes drawn from a skewed
 * distribution, written through the workers' own index calls) in a temporary data directory, then
 * times the lookups the API makes: a chart, a batch's counters, the first page of a batch's charts
 * and of a popular and a rare code's charts.
 */
@Command(name = "bench-index", mixinStandardHelpOptions = true,
        description = "Build a synthetic index of N charts (no coding) and print the time of each query on it.")
public final class BenchIndexCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--charts", defaultValue = "1000000", paramLabel = "N", description = "Charts in the index (default ${DEFAULT-VALUE}).")
    int charts;

    @Option(names = "--batches", defaultValue = "10", paramLabel = "B", description = "Batches they are spread over (default ${DEFAULT-VALUE}).")
    int batches;

    /** Distinct codes; code k is drawn with probability proportional to 1/(k+1), as real code use is skewed. */
    private static final int CODES = 5000;
    private static final int CHUNK = 100;

    private final PrintStream out;

    public BenchIndexCommand() {
        this(System.out);
    }

    BenchIndexCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        Path dataDir = Files.createTempDirectory("chart-coder-bench-index");
        Settings settings = common.settings("local", java.util.Map.of(), CommonOptions.options("chartcoder.data-dir", dataDir));
        try (ChartIndex index = ChartCoderConfiguration.chartIndex(settings.lookup())) {
            long started = System.nanoTime();
            SplittableRandom random = new SplittableRandom(10);
            double[] cumulative = zipf();
            int perBatch = (charts + batches - 1) / batches;
            int written = 0;
            for (int b = 0; b < batches && written < charts; b++) {
                String batchId = String.format("bench-%02d", b);
                for (int chunk = 0; written < charts && chunk * CHUNK < perBatch; chunk++) {
                    String chunkId = ChartKeys.chunkId(chunk);
                    List<String> ids = new ArrayList<>();
                    List<ChartIndex.Outcome> outcomes = new ArrayList<>();
                    for (int i = 0; i < CHUNK && written < charts && chunk * CHUNK + i < perBatch; i++, written++) {
                        String chartId = String.format("chart-%07d", written);
                        ids.add(chartId);
                        List<String> codes = new ArrayList<>();
                        for (int c = 0, n = 3 + random.nextInt(6); c < n; c++) {
                            String code = code(cumulative, random.nextDouble());
                            if (!codes.contains(code)) {
                                codes.add(code);
                            }
                        }
                        outcomes.add(new ChartIndex.Outcome(chartId, ChartIndex.CODED, null, codes));
                    }
                    index.submitted(batchId, chunkId, ids);
                    index.finished(batchId, chunkId, outcomes);
                }
                out.printf("  indexed %,d charts (%.0f charts/s)%n", written, written / ((System.nanoTime() - started) / 1e9));
            }
            double build = (System.nanoTime() - started) / 1e9;
            out.printf("bench-index: %,d charts in %d batches, %d codes, built in %.1f s (%.0f charts/s), load average %.1f%n",
                    written, batches, CODES, build, written / build,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            String someChart = String.format("chart-%07d", written / 2);
            String batch = String.format("bench-%02d", batches / 2);
            out.printf("  chart lookup %.2f ms, batch counters %.2f ms, batch charts first page (100) %.2f ms%n",
                    BenchLocalCommand.medianMillis(() -> index.chart(someChart)),
                    BenchLocalCommand.medianMillis(() -> index.batch(batch)),
                    BenchLocalCommand.medianMillis(() -> index.batchCharts(batch, null, 100, null)));
            ChartIndex.Page<ChartIndex.ChartEntry> first = index.chartsWithCode("C0000", 100, null);
            out.printf("  code C0000 (the most used) first page (100) %.2f ms, next page %.2f ms; code C4999 (rare) first page %.2f ms%n",
                    BenchLocalCommand.medianMillis(() -> index.chartsWithCode("C0000", 100, null)),
                    BenchLocalCommand.medianMillis(() -> index.chartsWithCode("C0000", 100, first.nextToken())),
                    BenchLocalCommand.medianMillis(() -> index.chartsWithCode("C4999", 100, null)));
        } finally {
            BenchLocalCommand.deleteRecursively(dataDir);
        }
        return 0;
    }

    private static double[] zipf() {
        double[] cumulative = new double[CODES];
        double sum = 0;
        for (int k = 0; k < CODES; k++) {
            sum += 1.0 / (k + 1);
            cumulative[k] = sum;
        }
        for (int k = 0; k < CODES; k++) {
            cumulative[k] /= sum;
        }
        return cumulative;
    }

    private static String code(double[] cumulative, double u) {
        int k = java.util.Arrays.binarySearch(cumulative, u);
        return String.format("C%04d", Math.min(CODES - 1, k >= 0 ? k : -k - 1));
    }
}
