package org.chartcoder.engine.learn;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chartcoder.engine.CodingResult;
import org.chartcoder.engine.codeset.CodeSet;

/**
 * How the rule engine's codes fared against the coders on the training charts: per proposed code,
 * how often it was proposed and how often the coders agreed, and which other codes of the same
 * category the coders chose instead (an organisation's coding habits: a more or less specific code,
 * another edition's code). Keys are lower-case dotted codes.
 */
final class EngineTrackRecord {

    private static final double PRIOR_WEIGHT = 2;

    /** One engine code's record: proposals, agreements, and the coders' same-category alternatives. */
    record CodeRecord(int proposed, int agreed, Map<String, Integer> alternatives) {
    }

    private final Map<String, CodeRecord> records;
    private final double overallPrecision;

    EngineTrackRecord(Map<String, CodeRecord> records, double overallPrecision) {
        this.records = records;
        this.overallPrecision = overallPrecision;
    }

    Map<String, CodeRecord> records() {
        return records;
    }

    double overallPrecision() {
        return overallPrecision;
    }

    static EngineTrackRecord fit(List<CodingResult> engineResults, List<Set<String>> gold) {
        Map<String, int[]> counts = new HashMap<>();
        Map<String, Map<String, Integer>> alternatives = new HashMap<>();
        long proposedTotal = 0;
        long agreedTotal = 0;
        for (int chart = 0; chart < engineResults.size(); chart++) {
            Set<String> codes = gold.get(chart);
            for (CodingResult.RankedCode ranked : engineResults.get(chart).codes()) {
                String code = CodeEvidence.key(ranked.code());
                int[] c = counts.computeIfAbsent(code, k -> new int[2]);
                c[0]++;
                proposedTotal++;
                if (codes.contains(code)) {
                    c[1]++;
                    agreedTotal++;
                }
                for (String goldCode : codes) {
                    if (!goldCode.equals(code) && CodeSet.category(goldCode).equals(CodeSet.category(code))) {
                        alternatives.computeIfAbsent(code, k -> new HashMap<>()).merge(goldCode, 1, Integer::sum);
                    }
                }
            }
        }
        Map<String, CodeRecord> records = new HashMap<>();
        counts.forEach((code, c) -> records.put(code, new CodeRecord(c[0], c[1], alternatives.getOrDefault(code, Map.of()))));
        return new EngineTrackRecord(records, proposedTotal == 0 ? 0 : (double) agreedTotal / proposedTotal);
    }

    /** Smoothed share of the code's proposals that the coders agreed with. */
    double precision(String code) {
        CodeRecord r = records.get(code);
        return r == null ? overallPrecision : (r.agreed() + PRIOR_WEIGHT * overallPrecision) / (r.proposed() + PRIOR_WEIGHT);
    }

    int proposals(String code) {
        CodeRecord r = records.get(code);
        return r == null ? 0 : r.proposed();
    }
}
