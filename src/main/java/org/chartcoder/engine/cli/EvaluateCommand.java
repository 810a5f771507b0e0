package org.chartcoder.engine.cli;

import org.chartcoder.ChartCoder;
import org.chartcoder.engine.CodingEngine;
import org.chartcoder.engine.CodingEngines;
import org.chartcoder.engine.CodingResult;
import org.chartcoder.engine.EngineSettings;
import org.chartcoder.engine.eval.ChartBatch;
import org.chartcoder.engine.eval.ChartFiles;
import org.chartcoder.engine.eval.CodingMetrics;
import org.chartcoder.engine.eval.GoldStandard;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code chart-coder evaluate --charts DIR --gold FILE.tsv [--model MODEL] [--codeset PATH] [--threads N]}:
 * codes the charts and prints MAP, micro precision, recall and F1 at code and category level.
 */
public final class EvaluateCommand implements ChartCoder.Command {

    private final PrintStream out;

    public EvaluateCommand() {
        this(System.out);
    }

    EvaluateCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public int run(String[] args) throws Exception {
        Arguments arguments;
        try {
            arguments = new Arguments(args, Set.of("charts", "gold", "model", "codeset", "threads"));
            arguments.requiredPath("charts");
            arguments.requiredPath("gold");
        } catch (IllegalArgumentException e) {
            System.err.println("evaluate: " + e.getMessage());
            System.err.println("usage: chart-coder evaluate --charts DIR --gold FILE.tsv [--model MODEL] [--codeset PATH] [--threads N]");
            return 2;
        }
        Map<String, Set<String>> gold = GoldStandard.read(arguments.requiredPath("gold"));
        Map<String, String> charts = ChartFiles.read(List.of(arguments.requiredPath("charts")));
        CodingEngine engine = CodingEngines.create(new EngineSettings(arguments.path("codeset"), arguments.path("model")));
        long started = System.nanoTime();
        Map<String, CodingResult> results = ChartBatch.code(engine, charts,
                arguments.integer("threads", Runtime.getRuntime().availableProcessors()));
        double seconds = (System.nanoTime() - started) / 1e9;
        CodingMetrics.Report report = CodingMetrics.evaluate(ChartBatch.rankedCodes(results), gold);
        print(report, charts.size(), seconds, engine);
        return 0;
    }

    private void print(CodingMetrics.Report report, int charts, double seconds, CodingEngine engine) {
        out.printf("charts coded: %d in %.1f s; charts with gold codes: %d; model %s; code set %s%n",
                charts, seconds, report.charts(), engine.modelVersion(), engine.codeSetVersion());
        out.printf("%-10s %7s %9s %7s %7s %8s %9s %6s%n", "level", "MAP", "precision", "recall", "F1", "correct", "predicted", "gold");
        row("code", report.codes());
        row("category", report.categories());
    }

    private void row(String level, CodingMetrics.Scores s) {
        out.printf("%-10s %7.4f %9.4f %7.4f %7.4f %8d %9d %6d%n", level, s.map(), s.precision(), s.recall(), s.f1(),
                s.truePositives(), s.predicted(), s.gold());
    }
}
