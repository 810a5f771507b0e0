package org.chartcoder.engine.cli;

import org.chartcoder.ChartCoder;
import org.chartcoder.engine.CodingEngine;
import org.chartcoder.engine.CodingEngines;
import org.chartcoder.engine.EngineSettings;
import org.chartcoder.engine.codeset.CodeSet;
import org.chartcoder.engine.codeset.CodeSetLoader;
import org.chartcoder.engine.codeset.DataDirectory;
import org.chartcoder.engine.learn.ChartModel;
import org.chartcoder.engine.learn.CodedCharts;
import org.chartcoder.engine.learn.ModelFile;
import org.chartcoder.engine.learn.ModelTrainer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code chart-coder train --charts DIR --gold FILE.tsv --out MODEL [--codeset PATH]}: fits a model
 * on an organisation's coded charts and writes it to MODEL for {@code --model} and
 * {@code chartcoder.engine.model}.
 */
public final class TrainCommand implements ChartCoder.Command {

    private static final String USAGE = "usage: chart-coder train --charts DIR --gold FILE.tsv --out MODEL [--codeset PATH]";

    private final PrintStream out;

    public TrainCommand() {
        this(System.out);
    }

    TrainCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public int run(String[] args) throws Exception {
        Arguments arguments;
        try {
            arguments = new Arguments(args, Set.of("charts", "gold", "out", "codeset"));
            arguments.requiredPath("charts");
            arguments.requiredPath("gold");
            arguments.requiredPath("out");
        } catch (IllegalArgumentException e) {
            System.err.println("train: " + e.getMessage());
            System.err.println(USAGE);
            return 2;
        }
        CodedCharts.Loaded loaded = CodedCharts.load(arguments.requiredPath("charts"), arguments.requiredPath("gold"));
        out.printf("training on %d coded charts (%d charts without gold codes and %d gold chart ids without a chart left out)%n",
                loaded.charts().size(), loaded.chartsWithoutCodes(), loaded.codedIdsWithoutChart());
        Path codeSetPath = arguments.path("codeset") != null ? arguments.path("codeset") : DataDirectory.installedCodeSet().orElse(null);
        CodingEngine ruleEngine = CodingEngines.create(new EngineSettings(codeSetPath, null));
        ChartModel model;
        try {
            model = new ModelTrainer(ModelTrainer.Settings.DEFAULT, out::println)
                    .train(loaded.charts(), ruleEngine, codeTitles(codeSetPath));
        } catch (IllegalArgumentException tooFew) {
            System.err.println("train: " + tooFew.getMessage());
            return 2;
        }
        Path target = arguments.requiredPath("out");
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
