package org.chartcoder.cli;

import java.nio.file.Path;
import java.util.Map;

import picocli.CommandLine.Option;

/** The engine's options, as settings: every command and role that codes takes the same ones. */
final class EngineOptions {

    @Option(names = "--codeset", paramLabel = "PATH",
            description = "ICD-10-CM release: directory, zip or file (chartcoder.engine.codeset; default: the one installed in the data directory, else the built-in lexicon).")
    Path codeSet;

    @Option(names = "--model", paramLabel = "MODEL",
            description = "A model written by 'chart-coder train' (chartcoder.engine.model).")
    Path model;

    @Option(names = "--min-score", paramLabel = "S",
            description = "Leave out chart-level codes scoring below S, 0 to 1 (chartcoder.engine.minScore, default 0).")
    Double minScore;

    @Option(names = "--max-codes", paramLabel = "N",
            description = "At most N chart-level codes, best first; 0 for no limit (chartcoder.engine.maxCodes, default 0).")
    Integer maxCodes;

    Map<String, String> values() {
        return CommonOptions.options("chartcoder.engine.codeset", codeSet, "chartcoder.engine.model", model,
                "chartcoder.engine.minScore", minScore, "chartcoder.engine.maxCodes", maxCodes);
    }
}
