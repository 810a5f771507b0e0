package org.chartcoder.engine.learn;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import org.chartcoder.engine.CodingResult;
import org.chartcoder.engine.eval.GoldStandard;

/**
 * The learned sources of candidate codes (neighbour votes, per-code classifiers, code frequencies)
 * and the gathering of their evidence together with the rule engine's codes for one chart.
 */
final class CodeEvidence {

    static final int CANDIDATES_PER_SOURCE = 60;

    private final List<String> codes;
    private final Map<String, Integer> codeIndex = new HashMap<>();
    private final float[] priorFrequency;
    private final TermWeights terms;
    private final NeighbourIndex neighbours;
    private final CodeClassifiers classifiers;
    private final EngineTrackRecord trackRecord;

    CodeEvidence(List<String> codes, float[] priorFrequency, TermWeights terms, NeighbourIndex neighbours,
                 CodeClassifiers classifiers, EngineTrackRecord trackRecord) {
        this.codes = codes;
        for (int i = 0; i < codes.size(); i++) {
            codeIndex.put(codes.get(i), i);
        }
        this.priorFrequency = priorFrequency;
        this.terms = terms;
        this.neighbours = neighbours;
        this.classifiers = classifiers;
        this.trackRecord = trackRecord;
    }

    EngineTrackRecord trackRecord() {
        return trackRecord;
    }

    List<String> codes() {
        return codes;
    }

    float[] priorFrequency() {
        return priorFrequency;
    }

    TermWeights terms() {
        return terms;
    }

    NeighbourIndex neighbours() {
        return neighbours;
    }

    CodeClassifiers classifiers() {
        return classifiers;
    }

    static String key(String code) {
        return GoldStandard.normalizeCode(code);
    }

    /** Evidence per candidate code (lower-case key), in no particular order. */
    Map<String, CandidateFeatures.Evidence> gather(String chartText, CodingResult engineResult) {
        Map<String, CandidateFeatures.Evidence> candidates = new LinkedHashMap<>();
        List<CodingResult.RankedCode> engineCodes = engineResult.codes();
        java.util.Set<String> engineCategories = new java.util.HashSet<>();
        for (int rank = 0; rank < engineCodes.size(); rank++) {
            CodingResult.RankedCode ranked = engineCodes.get(rank);
            CandidateFeatures.Evidence e = candidates.computeIfAbsent(key(ranked.code()), CandidateFeatures.Evidence::new);
            if (!e.engine) {
                e.engine = true;
                e.engineScore = ranked.score();
                e.engineRank = rank + 1;
                e.engineEntities = ranked.entityIds() == null ? 0 : ranked.entityIds().size();
            }
            engineCategories.add(category(e.code));
        }
        for (String engineCode : new java.util.ArrayList<>(candidates.keySet())) {
            EngineTrackRecord.CodeRecord record = trackRecord.records().get(engineCode);
            if (record != null) {
                record.alternatives().forEach((alternative, count) -> {
                    CandidateFeatures.Evidence e = candidates.computeIfAbsent(alternative, CandidateFeatures.Evidence::new);
                    e.alternativeShare = Math.max(e.alternativeShare, (double) count / record.proposed());
                });
            }
        }
        SparseVector chart = terms.weigh(NgramHasher.counts(chartText));
        Map<Integer, Double> votes = neighbours.votes(chart);
        List<Integer> byVote = top(votes);
        for (int rank = 0; rank < byVote.size(); rank++) {
            candidates.computeIfAbsent(codes.get(byVote.get(rank)), CandidateFeatures.Evidence::new).neighbourRank = rank + 1;
        }
        double[] logOdds = classifiers.logOdds(chart);
        Map<Integer, Double> trained = new HashMap<>();
        for (int c = 0; c < logOdds.length; c++) {
            if (classifiers.trained(c)) {
                trained.put(c, logOdds[c]);
            }
        }
        List<Integer> byClassifier = top(trained);
        for (int rank = 0; rank < byClassifier.size(); rank++) {
            candidates.computeIfAbsent(codes.get(byClassifier.get(rank)), CandidateFeatures.Evidence::new).classifierRank = rank + 1;
        }
        for (CandidateFeatures.Evidence e : candidates.values()) {
            Integer index = codeIndex.get(e.code);
            e.engineSameCategory = engineCategories.contains(category(e.code));
            e.enginePrecision = trackRecord.precision(e.code);
            e.engineProposals = Math.log1p(trackRecord.proposals(e.code)) / 8;
            if (index != null) {
                e.neighbourVote = votes.getOrDefault(index, 0.0);
                e.classified = classifiers.trained(index);
                e.classifierLogOdds = logOdds[index];
                e.priorFrequency = priorFrequency[index];
            }
        }
        return candidates;
    }

    static String category(String code) {
        return code.length() > 3 ? code.substring(0, 3) : code;
    }

    private static List<Integer> top(Map<Integer, Double> scores) {
        PriorityQueue<Map.Entry<Integer, Double>> best = new PriorityQueue<>(Map.Entry.comparingByValue());
        for (Map.Entry<Integer, Double> e : scores.entrySet()) {
            best.add(e);
            if (best.size() > CANDIDATES_PER_SOURCE) {
                best.poll();
            }
        }
        List<Integer> ranked = new java.util.ArrayList<>(best.size());
        while (!best.isEmpty()) {
            ranked.add(best.poll().getKey());
        }
        java.util.Collections.reverse(ranked);
        return ranked;
    }
}
