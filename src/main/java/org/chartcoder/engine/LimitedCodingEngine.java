package org.chartcoder.engine;

import java.util.List;

/**
 * An engine whose chart-level list is cut to the codes a reader wants: at or above a score, at most
 * so many. Entities are untouched, so a code left out still shows where the chart mentions it.
 */
final class LimitedCodingEngine implements CodingEngine {

    private final CodingEngine engine;
    private final double minScore;
    private final int maxCodes;

    LimitedCodingEngine(CodingEngine engine, double minScore, int maxCodes) {
        this.engine = engine;
        this.minScore = minScore;
        this.maxCodes = maxCodes;
    }

    @Override
    public CodingResult code(String chartText) {
        CodingResult full = engine.code(chartText);
        return new CodingResult(full.modelVersion(), full.codeSetVersion(), full.entities(), limit(full.codes(), minScore, maxCodes));
    }

    /** The codes, in rank order, that score at least {@code minScore}, at most {@code maxCodes} of them (0: any number). */
    static List<CodingResult.RankedCode> limit(List<CodingResult.RankedCode> ranked, double minScore, int maxCodes) {
        return ranked.stream()
                .filter(code -> code.score() >= minScore)
                .limit(maxCodes == 0 ? Long.MAX_VALUE : maxCodes)
                .toList();
    }

    @Override
    public String modelVersion() {
        return engine.modelVersion();
    }

    @Override
    public String codeSetVersion() {
        return engine.codeSetVersion();
    }
}
