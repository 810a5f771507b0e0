package org.chartcoder.engine.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chartcoder.engine.codeset.CodeSet;

/**
 * Scores ranked code lists against gold codes the way CodiEsp-D does: MAP is the mean, over the charts
 * that have gold codes, of the average precision of each chart's ranked list (a chart with no
 * prediction scores 0); micro precision, recall and F1 count every predicted code. Each figure is
 * also given at category level (first three characters, duplicates collapsed at their first rank).
 */
public final class CodingMetrics {

    private CodingMetrics() {
    }

    /** Figures at one level (full code or category). */
    public record Scores(double map, double precision, double recall, double f1, long truePositives,
                         long predicted, long gold) {
    }

    /** Figures at both levels, and how many charts were scored. */
    public record Report(int charts, Scores codes, Scores categories) {
    }

    /**
     * @param predictions chart id to codes in rank order, best first
     * @param gold        chart id to its gold codes
     */
    public static Report evaluate(Map<String, List<String>> predictions, Map<String, Set<String>> gold) {
        return new Report(gold.size(), scores(predictions, gold, false), scores(predictions, gold, true));
    }

    private static Scores scores(Map<String, List<String>> predictions, Map<String, Set<String>> gold, boolean categories) {
        double apSum = 0;
        long truePositives = 0;
        long predicted = 0;
        long goldCount = 0;
        for (Map.Entry<String, Set<String>> chart : gold.entrySet()) {
            Set<String> expected = normalize(chart.getValue(), categories);
            List<String> ranked = new ArrayList<>(normalize(predictions.getOrDefault(chart.getKey(), List.of()), categories));
            apSum += averagePrecision(ranked, expected);
            goldCount += expected.size();
            predicted += ranked.size();
            truePositives += ranked.stream().filter(expected::contains).count();
        }
        for (Map.Entry<String, List<String>> chart : predictions.entrySet()) {
            if (!gold.containsKey(chart.getKey())) {
                predicted += normalize(chart.getValue(), categories).size();
            }
        }
        double precision = predicted == 0 ? 0 : (double) truePositives / predicted;
        double recall = goldCount == 0 ? 0 : (double) truePositives / goldCount;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        double map = gold.isEmpty() ? 0 : apSum / gold.size();
        return new Scores(map, precision, recall, f1, truePositives, predicted, goldCount);
    }

    /** Average precision of one ranked list: the mean of precision@k over the ranks k of the gold codes found. */
    public static double averagePrecision(List<String> ranked, Set<String> expected) {
        if (expected.isEmpty()) {
            return 0;
        }
        int hits = 0;
        double sum = 0;
        for (int k = 0; k < ranked.size(); k++) {
            if (expected.contains(ranked.get(k))) {
                hits++;
                sum += (double) hits / (k + 1);
            }
        }
        return sum / expected.size();
    }

    private static Set<String> normalize(Iterable<String> codes, boolean categories) {
        Set<String> result = new LinkedHashSet<>();
        for (String code : codes) {
            String normal = GoldStandard.normalizeCode(code);
            result.add(categories ? CodeSet.category(normal) : normal);
        }
        return result;
    }
}
