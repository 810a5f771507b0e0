package org.chartcoder.cli;

import org.chartcoder.engine.CodingEngine;
import org.chartcoder.engine.CodingEngines;
import org.chartcoder.engine.EngineSettings;
import org.chartcoder.runtime.EngineConfiguration;
import org.chartcoder.runtime.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import org.chartcoder.engine.codeset.CodeSet;
import org.chartcoder.engine.codeset.CodeSetLoader;
import org.chartcoder.engine.learn.ChartModel;
import org.chartcoder.engine.learn.CodedCharts;
import org.chartcoder.engine.learn.ModelFile;
import org.chartcoder.engine.learn.ModelTrainer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;

/** Fits a model on an organisation's coded charts. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Fit a model on coded charts and write it for --model and chartcoder.engine.model.")
public final class TrainCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--charts", required = true, paramLabel = "DIR", description = "Directory of *.txt charts.")
    Path charts;

    @Option(names = "--gold", required = true, paramLabel = "FILE.tsv", description = "Their codes: chartId<TAB>code per line.")
    Path gold;

    @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Where to write the model.")
    Path target;

    @Option(names = "--codeset", paramLabel = "PATH", description = "ICD-10-CM release (chartcoder.engine.codeset; default: the installed one).")
    Path codeSet;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "Seed of the cross-fitting folds and the classifiers: the same charts and seed give the same model (default ${DEFAULT-VALUE}).")
    long seed;

    private final PrintStream out;

    public TrainCommand() {
        this(System.out);
    }

    TrainCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        Settings settings = common.settings("local", CommonOptions.options("chartcoder.engine.codeset", codeSet));
        CodedCharts.Loaded loaded = CodedCharts.load(charts, gold);
        out.printf("training on %d coded charts (%d charts without gold codes and %d gold chart ids without a chart left out)%n",
                loaded.charts().size(), loaded.chartsWithoutCodes(), loaded.codedIdsWithoutChart());
        Path codeSetPath = EngineConfiguration.engineSettings(settings.lookup()).codeSetPath();
        CodingEngine ruleEngine = CodingEngines.create(new EngineSettings(codeSetPath, null));
        ChartModel model;
        try {
            model = new ModelTrainer(ModelTrainer.Settings.DEFAULT.withSeed(seed), out::println)
                    .train(loaded.charts(), ruleEngine, codeTitles(codeSetPath));
        } catch (IllegalArgumentException tooFew) {
            System.err.println("train: " + tooFew.getMessage());
            return 2;
        }
        ModelFile.write(model, target);
        out.printf("wrote %s (%d KB): use it with --model %s or chartcoder.engine.model=%s%n", model.version(),
                Files.size(target) / 1024, target, target.toAbsolutePath());
        return 0;
    }

    /** Titles of the code set, so that the model can describe the codes it proposes on its own. */
    private static Function<String, String> codeTitles(Path codeSetPath) throws IOException {
        if (codeSetPath == null) {
            return code -> null;
        }
        CodeSet codeSet = CodeSetLoader.load(codeSetPath);
        return code -> {
            CodeSet.Code entry = codeSet.get(code);
            return entry == null ? null : entry.title();
        };
    }
}
