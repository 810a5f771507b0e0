package org.chartcoder.engine.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TermCodesTest {

    private static final int COLIC = 10;
    private static final int COMMON = 11;
    private static final int ONCE = 12;
    private static final int POLLAKIURIA = 13;
    private static final int RENAL_COLIC = 0;
    private static final int FEVER = 1;
    private static final int FREQUENCY = 2;

    /**
     * Three charts with "colic", two of them coded renal colic; "common" in all ten, fever in one of
     * them; "pollakiuria" in two charts, coded frequency in both; a term of one chart only.
     */
    private static TermCodes fitted() {
        List<SparseVector> counts = new ArrayList<>();
        List<int[]> codes = new ArrayList<>();
        float[] idf = new float[NgramHasher.DIMENSION];
        for (int term : new int[] {COLIC, COMMON, POLLAKIURIA}) {
            idf[term] = 1;
        }
        for (int chart = 0; chart < 10; chart++) {
            List<Integer> terms = new ArrayList<>(List.of(COMMON));
            List<Integer> chartCodes = new ArrayList<>();
            if (chart < 3) {
                terms.add(COLIC);
            }
            if (chart < 2) {
                chartCodes.add(RENAL_COLIC);
            }
            if (chart == 5) {
                chartCodes.add(FEVER);
                terms.add(ONCE);
            }
            if (chart >= 8) {
                terms.add(POLLAKIURIA);
                chartCodes.add(FREQUENCY);
            }
            counts.add(vector(terms));
            codes.add(chartCodes.stream().mapToInt(Integer::intValue).toArray());
        }
        return TermCodes.fit(counts, codes, idf);
    }

    @Test
    void keepsTheCodesThatEnoughOfATermsChartsCarry() {
        Map<Integer, TermCodes.Announced> byTerm = fitted().byTerm();
        TermCodes.Announced colic = byTerm.get(COLIC);
        assertEquals(List.of(RENAL_COLIC), codes(colic));
        assertEquals(2 / 4.0, colic.rates()[0], 1e-6, "two of three charts, shrunk by one");
        assertEquals(2, colic.support()[0]);
        assertEquals(2 / 3.0, byTerm.get(POLLAKIURIA).rates()[0], 1e-6);
        // fever: one chart of ten has it with "common" (under the support), renal colic two of ten (under the rate)
        assertNull(byTerm.get(COMMON), () -> "common announces " + codes(byTerm.get(COMMON)));
        assertFalse(byTerm.containsKey(ONCE), "a term of one chart has no weight and announces nothing");
    }

    @Test
    void aChartsTermsGiveEachCodeItsBestRateAndAddUp() {
        TermCodes.Evidence[] evidence = fitted().evidence(vector(List.of(COLIC, COMMON, POLLAKIURIA, 999)), 3);
        assertNull(evidence[FEVER]);
        TermCodes.Evidence frequency = evidence[FREQUENCY];
        assertEquals(2 / 3.0, frequency.bestRate, 1e-6);
        assertEquals(2, frequency.bestSupport);
        assertEquals(1, frequency.strongTerms);
        assertEquals(2 / 3.0, frequency.noisyOr, 1e-6);
        assertEquals(0.5, evidence[RENAL_COLIC].bestRate, 1e-6);
        assertTrue(java.util.Arrays.stream(fitted().evidence(vector(List.of(COMMON)), 3)).allMatch(java.util.Objects::isNull));
    }

    private static List<Integer> codes(TermCodes.Announced announced) {
        return announced == null ? List.of() : java.util.Arrays.stream(announced.codes()).boxed().toList();
    }

    private static SparseVector vector(List<Integer> terms) {
        int[] indices = terms.stream().mapToInt(Integer::intValue).toArray();
        float[] values = new float[indices.length];
        java.util.Arrays.fill(values, 1);
        return SparseVector.fromPairs(indices, values, indices.length);
    }
}
