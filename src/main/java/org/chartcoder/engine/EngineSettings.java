package org.chartcoder.engine;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Where the engine finds its data and how long a chart's code list may be. Both paths are optional:
 * without a code set the engine runs on its built-in lexicon; without a model it ranks by its own
 * rules.
 *
 * @param codeSetPath a CMS ICD-10-CM release: a directory, a codes/order/tabular/index file
 *                    (plain or .gz), or the release .zip
 * @param modelPath   a model written by {@code chart-coder train}
 * @param minScore    chart-level codes scoring below this are left out (0: none are)
 * @param maxCodes    at most this many chart-level codes, best first (0: no limit)
 */
public record EngineSettings(Path codeSetPath, Path modelPath, double minScore, int maxCodes) {

    public static final String CODE_SET_PROPERTY = "chartcoder.engine.codeset";
    public static final String MODEL_PROPERTY = "chartcoder.engine.model";
    public static final String MIN_SCORE_PROPERTY = "chartcoder.engine.minScore";
    public static final String MAX_CODES_PROPERTY = "chartcoder.engine.maxCodes";

    public EngineSettings {
        if (!(minScore >= 0 && minScore <= 1)) {
            throw new IllegalArgumentException("minScore must lie in [0,1], got " + minScore);
        }
        if (maxCodes < 0) {
            throw new IllegalArgumentException("maxCodes must be 0 (no limit) or more, got " + maxCodes);
        }
    }

    /** The full ranked list: no score cut-off, no length limit. */
    public EngineSettings(Path codeSetPath, Path modelPath) {
        this(codeSetPath, modelPath, 0, 0);
    }

    /**
     * Settings from configuration keys ({@value #CODE_SET_PROPERTY}, {@value #MODEL_PROPERTY},
     * {@value #MIN_SCORE_PROPERTY}, {@value #MAX_CODES_PROPERTY}); {@code lookup} answers null or blank
     * for a key that is not set.
     */
    public static EngineSettings fromProperties(UnaryOperator<String> lookup) {
        String codeSet = value(lookup, CODE_SET_PROPERTY);
        String model = value(lookup, MODEL_PROPERTY);
        String minScore = value(lookup, MIN_SCORE_PROPERTY);
        String maxCodes = value(lookup, MAX_CODES_PROPERTY);
        try {
            return new EngineSettings(codeSet == null ? null : Path.of(codeSet), model == null ? null : Path.of(model),
                    minScore == null ? 0 : Double.parseDouble(minScore), maxCodes == null ? 0 : Integer.parseInt(maxCodes));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(MIN_SCORE_PROPERTY + " must be a number and " + MAX_CODES_PROPERTY
                    + " a whole number: " + e.getMessage(), e);
        }
    }

    /** True when every ranked code is kept. */
    public boolean keepsAllCodes() {
        return minScore == 0 && maxCodes == 0;
    }

    private static String value(UnaryOperator<String> lookup, String key) {
        String value = lookup.apply(key);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
