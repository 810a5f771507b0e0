package org.chartcoder.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.chartcoder.engine.CodingEngine;
import org.chartcoder.engine.CodingEngines;
import org.chartcoder.engine.CodingResult;
import org.chartcoder.engine.codeset.CodeSetLoader;
import org.chartcoder.engine.codeset.ValidCodes;
import org.chartcoder.engine.eval.ChartBatch;
import org.chartcoder.engine.eval.ChartFiles;
import org.chartcoder.engine.eval.CodingMetrics;
import org.chartcoder.engine.eval.GoldStandard;
import org.chartcoder.runtime.EngineConfiguration;
import org.chartcoder.runtime.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Codes charts with known codes and prints the quality figures. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Code charts with gold codes and print MAP, micro precision, recall and F1 at code and category level.")
public final class EvaluateCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;
    @Mixin
    EngineOptions engine;

    @Option(names = "--charts", required = true, paramLabel = "DIR", description = "Directory of *.txt charts.")
    Path charts;

    @Option(names = "--gold", required = true, paramLabel = "FILE.tsv", description = "Gold codes: chartId<TAB>code per line.")
    Path gold;

    @Option(names = "--threads", paramLabel = "N", description = "Coding threads (default: the number of cores).")
    Integer threads;

    private final PrintStream out;

    public EvaluateCommand() {
        this(System.out);
    }

    EvaluateCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        Settings settings = common.settings("local", engine.values());
        Map<String, Set<String>> goldCodes = GoldStandard.read(gold);
        Map<String, String> texts = ChartFiles.read(List.of(charts));
        CodingEngine codingEngine = CodingEngines.create(EngineConfiguration.engineSettings(settings.lookup()));
        long started = System.nanoTime();
        Map<String, CodingResult> results = ChartBatch.code(codingEngine, texts,
                threads != null ? threads : Runtime.getRuntime().availableProcessors());
        double seconds = (System.nanoTime() - started) / 1e9;
        CodingMetrics.Report report = CodingMetrics.evaluate(ChartBatch.rankedCodes(results), goldCodes);
        out.printf("charts coded: %d in %.1f s; charts with gold codes: %d; model %s; code set %s%n",
                texts.size(), seconds, report.charts(), codingEngine.modelVersion(), codingEngine.codeSetVersion());
        out.printf("%-10s %7s %9s %7s %7s %8s %9s %6s%n", "level", "MAP", "precision", "recall", "F1", "correct", "predicted", "gold");
        row("code", report.codes());
        row("category", report.categories());
        Path codeSetPath = EngineConfiguration.engineSettings(settings.lookup()).codeSetPath();
        if (codeSetPath != null) {
            // gold written with older or non-billable codes, put onto the loaded code set as the engine puts its own
            Map<String, Set<String>> mapped = GoldStandard.ontoCodeSet(goldCodes, new ValidCodes(CodeSetLoader.load(codeSetPath)));
            CodingMetrics.Report onto = CodingMetrics.evaluate(ChartBatch.rankedCodes(results), mapped);
            out.println("gold put onto the loaded code set:");
            row("code", onto.codes());
            row("category", onto.categories());
        }
        return 0;
    }

    private void row(String level, CodingMetrics.Scores s) {
        out.printf("%-10s %7.4f %9.4f %7.4f %7.4f %8d %9d %6d%n", level, s.map(), s.precision(), s.recall(), s.f1(),
                s.truePositives(), s.predicted(), s.gold());
    }
}
