package org.chartcoder.engine.learn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * For each n-gram seen in enough training charts, the codes given to a large share of the charts that
 * have it: "nephritic colic" and renal colic, "pollakiuria" and frequency of micturition. A classifier
 * spreads a code's evidence over hundreds of weights and needs many charts to trust one of them; a
 * coder's habit of phrase and code shows in a single term that two or three charts agree on.
 */
final class TermCodes {

    /** Charts that must have both the term and the code. */
    static final int MIN_SUPPORT = 2;
    /** The least share of the term's charts a code needs to be kept. */
    static final double MIN_RATE = 0.2;
    /** Rates at or above this count as a strong term. */
    static final double STRONG_RATE = 0.5;

    /** The codes one term announces: code indices ascending, with their rate and support. */
    record Announced(int[] codes, float[] rates, int[] support) {
    }

    /** What a chart's terms say about one code. */
    static final class Evidence {
        /** The best rate among the chart's terms, and the number of charts behind that rate. */
        double bestRate;
        int bestSupport;
        int strongTerms;
        /** 1 - the product of (1 - rate) over the chart's terms: several moderate terms add up. */
        double noisyOr;
    }

    private final Map<Integer, Announced> byTerm;
    /**
     * The same table for lookups: open addressing on the term (already a hash), each slot pointing
     * at its term's run in flat arrays of codes, rates and support. A chart looks up some 350 terms
     * between the rule engine's work, so a lookup must touch few cache lines.
     */
    private final int[] slotTerm;
    private final int[] slotStart;
    private final int[] slotEnd;
    private final int mask;
    private final int[] flatCodes;
    private final float[] flatRates;
    private final int[] flatSupport;

    TermCodes(Map<Integer, Announced> byTerm) {
        this.byTerm = byTerm;
        int slots = Integer.highestOneBit(Math.max(1, byTerm.size()) * 4);
        mask = slots - 1;
        slotTerm = new int[slots];
        slotStart = new int[slots];
        slotEnd = new int[slots];
        int pairs = byTerm.values().stream().mapToInt(a -> a.codes().length).sum();
        flatCodes = new int[pairs];
        flatRates = new float[pairs];
        flatSupport = new int[pairs];
        int filled = 0;
        for (Map.Entry<Integer, Announced> entry : new java.util.TreeMap<>(byTerm).entrySet()) {
            int slot = entry.getKey() & mask;
            while (slotEnd[slot] > slotStart[slot]) {
                slot = (slot + 1) & mask;
            }
            Announced announced = entry.getValue();
            int n = announced.codes().length;
            System.arraycopy(announced.codes(), 0, flatCodes, filled, n);
            System.arraycopy(announced.rates(), 0, flatRates, filled, n);
            System.arraycopy(announced.support(), 0, flatSupport, filled, n);
            slotTerm[slot] = entry.getKey();
            slotStart[slot] = filled;
            slotEnd[slot] = filled + n;
            filled += n;
        }
    }

    Map<Integer, Announced> byTerm() {
        return byTerm;
    }

    /**
     * @param counts     n-gram counts of each training chart
     * @param chartCodes code indices of each training chart
     * @param idf        n-grams with weight zero (too few charts) are not terms
     */
    static TermCodes fit(List<SparseVector> counts, List<int[]> chartCodes, float[] idf) {
        Map<Integer, Integer> termCharts = new HashMap<>();
        Map<Long, Integer> together = new HashMap<>();
        for (int chart = 0; chart < counts.size(); chart++) {
            for (int term : counts.get(chart).indices()) {
                if (idf[term] <= 0) {
                    continue;
                }
                termCharts.merge(term, 1, Integer::sum);
                for (int code : chartCodes.get(chart)) {
                    together.merge(((long) term << 32) | code, 1, Integer::sum);
                }
            }
        }
        Map<Integer, List<long[]>> kept = new java.util.TreeMap<>();
        together.forEach((pair, both) -> {
            int term = (int) (pair >>> 32);
            if (both >= MIN_SUPPORT && rate(both, termCharts.get(term)) >= MIN_RATE) {
                kept.computeIfAbsent(term, t -> new ArrayList<>()).add(new long[] {(int) (long) pair, both});
            }
        });
        Map<Integer, Announced> byTerm = new HashMap<>();
        kept.forEach((term, list) -> {
            list.sort((a, b) -> Long.compare(a[0], b[0]));
            int[] codes = new int[list.size()];
            float[] rates = new float[list.size()];
            int[] support = new int[list.size()];
            for (int i = 0; i < codes.length; i++) {
                codes[i] = (int) list.get(i)[0];
                support[i] = (int) list.get(i)[1];
                rates[i] = (float) rate(support[i], termCharts.get(term));
            }
            byTerm.put(term, new Announced(codes, rates, support));
        });
        return new TermCodes(byTerm);
    }

    /** The share of the term's charts that have the code, shrunk by one chart: two of two (0.67) count less than nine of ten (0.82). */
    private static double rate(int both, int termCharts) {
        return both / (termCharts + 1.0);
    }

    /** Per code index (of {@code codeCount}), what the chart's terms say about it; null where no term announces the code. */
    Evidence[] evidence(SparseVector chartCounts, int codeCount) {
        Evidence[] byCode = new Evidence[codeCount];
        for (int term : chartCounts.indices()) {
            int slot = term & mask;
            while (slotEnd[slot] > slotStart[slot] && slotTerm[slot] != term) {
                slot = (slot + 1) & mask;
            }
            for (int i = slotStart[slot], end = slotEnd[slot]; i < end; i++) {
                Evidence e = byCode[flatCodes[i]];
                if (e == null) {
                    e = byCode[flatCodes[i]] = new Evidence();
                }
                float rate = flatRates[i];
                if (rate > e.bestRate) {
                    e.bestRate = rate;
                    e.bestSupport = flatSupport[i];
                }
                if (rate >= STRONG_RATE) {
                    e.strongTerms++;
                }
                e.noisyOr = 1 - (1 - e.noisyOr) * (1 - rate);
            }
        }
        return byCode;
    }
}
