package org.chartcoder.engine.context;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores predicted trait sets against gold ones: accuracy is the share of mentions whose whole set
 * is right; each trait also gets precision, recall and F1 as a one-against-rest class. Not
 * thread-safe; one scorer per evaluation run.
 */
public final class AssertionScorer {

    /** Counts for one trait. */
    public record ClassScore(int truePositives, int falsePositives, int falseNegatives) {
        public double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        public double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public int support() {
            return truePositives + falseNegatives;
        }
    }

    private final Map<Assertion, int[]> counts = new EnumMap<>(Assertion.class);
    private int total;
    private int exact;
    private int noneCorrect;
    private int noneGold;

    public AssertionScorer() {
        for (Assertion assertion : Assertion.values()) {
            counts.put(assertion, new int[3]);
        }
    }

    public void add(Set<Assertion> gold, Set<Assertion> predicted) {
        total++;
        if (gold.equals(predicted)) {
            exact++;
        }
        if (gold.isEmpty()) {
            noneGold++;
            if (predicted.isEmpty()) {
                noneCorrect++;
            }
        }
        for (Assertion assertion : Assertion.values()) {
            int[] c = counts.get(assertion);
            boolean inGold = gold.contains(assertion);
            boolean inPredicted = predicted.contains(assertion);
            if (inGold && inPredicted) {
                c[0]++;
            } else if (inPredicted) {
                c[1]++;
            } else if (inGold) {
                c[2]++;
            }
        }
    }

    public int total() {
        return total;
    }

    /** Share of mentions whose predicted trait set equals the gold set. */
    public double accuracy() {
        return ratio(exact, total);
    }

    public ClassScore score(Assertion assertion) {
        int[] c = counts.get(assertion);
        return new ClassScore(c[0], c[1], c[2]);
    }

    /** A table in the style of an evaluate command: accuracy, then P/R/F1 and support per trait. */
    public String report() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "mentions %d  exact-set accuracy %.4f  (no-trait mentions right %d/%d)%n",
                total, accuracy(), noneCorrect, noneGold));
        out.append(String.format(Locale.ROOT, "%-13s %9s %9s %9s %8s %5s %5s %5s%n",
                "trait", "precision", "recall", "f1", "support", "tp", "fp", "fn"));
        for (Assertion assertion : Assertion.values()) {
            ClassScore s = score(assertion);
            out.append(String.format(Locale.ROOT, "%-13s %9.4f %9.4f %9.4f %8d %5d %5d %5d%n", assertion,
                    s.precision(), s.recall(), s.f1(), s.support(), s.truePositives(), s.falsePositives(),
                    s.falseNegatives()));
        }
        return out.toString();
    }

    /** Parses a comma list of trait names as the {@code assertions} command writes it. */
    public static Set<Assertion> parseTraits(String list) {
        Set<Assertion> traits = EnumSet.noneOf(Assertion.class);
        for (String name : list.split(",")) {
            String trimmed = name.strip().toUpperCase(Locale.ROOT);
            if (!trimmed.isEmpty()) {
                traits.add(trimmed.equals("PERTAINS_TO_FAMILY") ? Assertion.FAMILY : Assertion.valueOf(trimmed));
            }
        }
        return traits;
    }

    /** The comma list of traits in declaration order, empty for none. */
    public static String formatTraits(Set<Assertion> traits) {
        StringBuilder out = new StringBuilder();
        for (Assertion assertion : Assertion.values()) {
            if (traits.contains(assertion)) {
                if (out.length() > 0) {
                    out.append(',');
                }
                out.append(assertion.name());
            }
        }
        return out.toString();
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }
}
