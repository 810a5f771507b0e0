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

    Map<String, String> values() {
        return CommonOptions.options("chartcoder.engine.codeset", codeSet, "chartcoder.engine.model", model);
    }
}
