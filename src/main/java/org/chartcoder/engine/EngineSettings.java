package org.chartcoder.engine;

import java.nio.file.Path;

/**
 * Where the engine finds its data. Both paths are optional: without a code set the engine runs on
 * its built-in lexicon; without a model it ranks by its own rules.
 *
 * @param codeSetPath a CMS ICD-10-CM release: a directory, a codes/order/tabular/index file
 *                    (plain or .gz), or the release .zip
 * @param modelPath   a model written by {@code chart-coder train}
 */
public record EngineSettings(Path codeSetPath, Path modelPath) {
}
