package org.chartcoder.engine.learn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.chartcoder.engine.CodingResult;
import org.chartcoder.engine.codeset.CodeSet;
import org.chartcoder.engine.eval.GoldStandard;

/**
 * The learned sources of candidate codes (neighbour votes, per-code classifiers, code frequencies)
 * and the gathering of their evidence together with the rule engine's codes for one chart.
 */
final class CodeEvidence {

    static final int CANDIDATES_PER_SOURCE = 40;
    /** The best term rate that makes a code a candidate of its own. */
    private static final double TERM_CANDIDATE_RATE = 0.3;
    /** Codes each source contributes as anchors for co-occurrence: the ones it is surest of. */
    private static final int ANCHORS_PER_SOURCE = 3;
    /** The weight of a title word no training chart has (as rare as words come). */
    private static final double UNSEEN_WORD_WEIGHT = 7;

    private final List<String> codes;
    private final Map<String, Integer> codeIndex = new HashMap<>();
    private final float[] priorFrequency;
    private final TermWeights terms;
    private final NeighbourIndex neighbours;
    private final CodeClassifiers classifiers;
    private final EngineTrackRecord trackRecord;
    private final TermCodes termCodes;
    /** Training charts per code; per code, the codes coded with it (sorted) and in how many charts. */
    private final int[] codeCharts;
    private final int[][] partners;
    private final int[][] partnerCharts;
    /** Title words per title, hashed once: a chart has some eighty candidates, mostly the same few thousand codes. */
    private final Map<String, int[]> titleWords = new ConcurrentHashMap<>();
    private final Map<String, TitleFacts> titleFacts = new ConcurrentHashMap<>();

    CodeEvidence(List<String> codes, float[] priorFrequency, TermWeights terms, NeighbourIndex neighbours,
                 CodeClassifiers classifiers, EngineTrackRecord trackRecord, TermCodes termCodes) {
        this.codes = codes;
        for (int i = 0; i < codes.size(); i++) {
            codeIndex.put(codes.get(i), i);
        }
        this.priorFrequency = priorFrequency;
        this.terms = terms;
        this.neighbours = neighbours;
        this.classifiers = classifiers;
        this.trackRecord = trackRecord;
        this.termCodes = termCodes;
        // coders' habits of coding conditions together come from the neighbours' training charts
        this.codeCharts = new int[codes.size()];
        List<TreeMap<Integer, Integer>> together = new ArrayList<>(codes.size());
        for (int c = 0; c < codes.size(); c++) {
            together.add(new TreeMap<>());
        }
        for (int[] chartCodes : neighbours.documentCodes()) {
            for (int a : chartCodes) {
                codeCharts[a]++;
                for (int b : chartCodes) {
                    if (a != b) {
                        together.get(a).merge(b, 1, Integer::sum);
                    }
                }
            }
        }
        this.partners = new int[codes.size()][];
        this.partnerCharts = new int[codes.size()][];
        for (int c = 0; c < codes.size(); c++) {
            partners[c] = together.get(c).keySet().stream().mapToInt(Integer::intValue).toArray();
            partnerCharts[c] = together.get(c).values().stream().mapToInt(Integer::intValue).toArray();
        }
    }

    EngineTrackRecord trackRecord() {
        return trackRecord;
    }

    TermCodes termCodes() {
        return termCodes;
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

    /**
     * Evidence per candidate code (lower-case key), in no particular order.
     *
     * @param titles a code's title, or null: the share of its words the chart has
     */
    Map<String, CandidateFeatures.Evidence> gather(String chartText, CodingResult engineResult,
                                                   Function<String, String> titles) {
        Map<String, CandidateFeatures.Evidence> candidates = new LinkedHashMap<>();
        List<CodingResult.RankedCode> engineCodes = engineResult.codes();
        Set<String> engineCategories = new HashSet<>();
        for (int rank = 0; rank < engineCodes.size(); rank++) {
            CodingResult.RankedCode ranked = engineCodes.get(rank);
            CandidateFeatures.Evidence e = candidates.computeIfAbsent(key(ranked.code()), CandidateFeatures.Evidence::new);
            if (!e.engine) {
                e.engine = true;
                e.engineScore = ranked.score();
                e.engineRank = rank + 1;
                e.engineEntities = ranked.entityIds() == null ? 0 : ranked.entityIds().size();
            }
            engineCategories.add(CodeSet.category(e.code));
        }
        ChartText text = new ChartText(chartText);
        double length = Math.max(1, chartText.length());
        for (CodingResult.Entity entity : engineResult.entities()) {
            Set<String> traits = new HashSet<>();
            entity.traits().forEach(t -> traits.add(t.name()));
            int asserted = traits.stream().noneMatch(NgramHasher.NOT_ASSERTED::contains) ? 1 : 0;
            int negated = traits.contains("NEGATION") ? 1 : 0;
            int historical = traits.contains("HISTORICAL") ? 1 : 0;
            int uncertain = traits.contains("LOW_CONFIDENCE") ? 1 : 0;
            int familyOrHypothetical = traits.contains("PERTAINS_TO_FAMILY") || traits.contains("HYPOTHETICAL") ? 1 : 0;
            double startsAt = entity.beginOffset() / length;
            double endsAt = entity.endOffset() / length;
            boolean firstSentence = text.inFirstSentence(entity.beginOffset());
            boolean diagnosisSentence = text.inDiagnosisSentence(entity.beginOffset());
            List<CodingResult.Concept> concepts = entity.icd10cmConcepts();
            for (int rank = 0; rank < concepts.size(); rank++) {
                CandidateFeatures.Evidence e = candidates.computeIfAbsent(key(concepts.get(rank).code()), CandidateFeatures.Evidence::new);
                e.conceptScore = Math.max(e.conceptScore, concepts.get(rank).score());
                e.topConcept |= rank == 0;
                e.mentions++;
                e.assertedMentions += asserted;
                e.negatedMentions += negated;
                e.historicalMentions += historical;
                e.uncertainMentions += uncertain;
                e.familyOrHypotheticalMentions += familyOrHypothetical;
                e.firstMentionAt = Math.min(e.firstMentionAt, startsAt);
                e.lastMentionAt = Math.max(e.lastMentionAt, endsAt);
                e.inFirstSentence |= firstSentence;
                e.inDiagnosisSentence |= diagnosisSentence;
            }
        }
        for (String engineCode : new ArrayList<>(candidates.keySet())) {
            EngineTrackRecord.CodeRecord record = trackRecord.records().get(engineCode);
            if (record != null) {
                record.alternatives().forEach((alternative, count) -> {
                    CandidateFeatures.Evidence e = candidates.computeIfAbsent(alternative, CandidateFeatures.Evidence::new);
                    e.alternativeShare = Math.max(e.alternativeShare, (double) count / record.proposed());
                });
            }
        }
        SparseVector chartCounts = NgramHasher.counts(chartText, engineResult);
        int rights = text.occurrences("right");
        int lefts = text.occurrences("left");
        SparseVector chart = terms.weigh(chartCounts);
        Map<Integer, Double> votes = neighbours.votes(chart);
        List<Integer> byVote = top(votes);
        for (int rank = 0; rank < byVote.size(); rank++) {
            candidates.computeIfAbsent(codes.get(byVote.get(rank)), CandidateFeatures.Evidence::new).neighbourRank = rank + 1;
        }
        TermCodes.Evidence[] termEvidence = termCodes.evidence(chartCounts, codes.size());
        double[] termRates = new double[codes.size()];
        for (int index = 0; index < termRates.length; index++) {
            termRates[index] = termEvidence[index] == null ? 0 : termEvidence[index].bestRate;
        }
        for (int index : top(termRates, CANDIDATES_PER_SOURCE)) {
            if (termRates[index] < TERM_CANDIDATE_RATE) {
                break;
            }
            candidates.computeIfAbsent(codes.get(index), CandidateFeatures.Evidence::new);
        }
        double[] logOdds = classifiers.logOdds(chart);
        int[] byClassifier = top(logOdds, CANDIDATES_PER_SOURCE);
        for (int rank = 0; rank < byClassifier.length && logOdds[byClassifier[rank]] > Double.NEGATIVE_INFINITY; rank++) {
            candidates.computeIfAbsent(codes.get(byClassifier[rank]), CandidateFeatures.Evidence::new).classifierRank = rank + 1;
        }
        Set<Integer> anchors = anchors(byVote, byClassifier, engineCodes);
        Map<String, Double> categoryVotes = new HashMap<>();
        Map<String, Double> categoryClassifier = new HashMap<>();
        votes.forEach((index, vote) -> categoryVotes.merge(CodeSet.category(codes.get(index)), vote, Double::sum));
        for (int index : byClassifier) {
            if (classifiers.trained(index)) {
                categoryClassifier.merge(CodeSet.category(codes.get(index)), CodeClassifiers.sigmoid(logOdds[index]), Math::max);
            }
        }
        double bestLogOdds = byClassifier.length > 0 ? logOdds[byClassifier[0]] : 0;
        double bestVote = byVote.isEmpty() ? 0 : votes.get(byVote.get(0));
        for (CandidateFeatures.Evidence e : candidates.values()) {
            Integer index = codeIndex.get(e.code);
            e.bestLogOdds = bestLogOdds;
            e.bestVote = bestVote;
            e.categoryVote = Math.min(1.0, categoryVotes.getOrDefault(CodeSet.category(e.code), 0.0));
            e.categoryClassifier = categoryClassifier.getOrDefault(CodeSet.category(e.code), 0.0);
            if (index != null) {
                e.cooccurrence = cooccurrence(index, anchors);
            }
            e.engineSameCategory = engineCategories.contains(CodeSet.category(e.code));
            String title = titles.apply(e.code);
            if (title != null) {
                int[] words = titleWords.computeIfAbsent(title, NgramHasher::titleWords);
                titleShares(e, words, chartCounts);
                TitleFacts facts = titleFacts.computeIfAbsent(title, TitleFacts::of);
                e.unspecified = facts.unspecified();
                if (facts.right() != facts.left()) {
                    e.titleSideShare = rights + lefts == 0 ? 0.5 : (double) (facts.right() ? rights : lefts) / (rights + lefts);
                }
            }
            e.enginePrecision = trackRecord.precision(e.code);
            e.engineProposals = Math.log1p(trackRecord.proposals(e.code)) / 8;
            if (index != null) {
                e.neighbourVote = votes.getOrDefault(index, 0.0);
                e.classified = classifiers.trained(index);
                e.classifierLogOdds = logOdds[index];
                e.priorFrequency = priorFrequency[index];
                e.terms = termEvidence[index];
            }
        }
        family(candidates);
        return candidates;
    }

    /** How each candidate stands among the other candidates of its category. */
    private static void family(Map<String, CandidateFeatures.Evidence> candidates) {
        Map<String, List<CandidateFeatures.Evidence>> byCategory = new HashMap<>();
        for (CandidateFeatures.Evidence e : candidates.values()) {
            byCategory.computeIfAbsent(CodeSet.category(e.code), c -> new ArrayList<>()).add(e);
        }
        for (List<CandidateFeatures.Evidence> family : byCategory.values()) {
            for (CandidateFeatures.Evidence e : family) {
                e.categoryCandidates = family.size() - 1;
                for (CandidateFeatures.Evidence other : family) {
                    if (other == e) {
                        continue;
                    }
                    if (other.code.startsWith(e.code)) {
                        e.moreSpecific++;
                    } else if (e.code.startsWith(other.code)) {
                        e.lessSpecific = true;
                    }
                    if (other.engine) {
                        e.bestOtherEngineScore = Math.max(e.bestOtherEngineScore, other.engineScore);
                    }
                }
            }
        }
    }

    /** What a code title says of its kind and side, read once per title. */
    private record TitleFacts(boolean unspecified, boolean right, boolean left) {
        static TitleFacts of(String title) {
            ChartText words = new ChartText(title);
            return new TitleFacts(words.occurrences("unspecified") > 0, words.occurrences("right") > 0, words.occurrences("left") > 0);
        }
    }

    /** The share of the title's words in the chart, plain and weighted by the words' rarity. */
    private void titleShares(CandidateFeatures.Evidence e, int[] words, SparseVector chartCounts) {
        double found = 0;
        double weight = 0;
        double weightFound = 0;
        for (int word : words) {
            double w = terms.idf()[word] > 0 ? terms.idf()[word] : UNSEEN_WORD_WEIGHT;
            weight += w;
            if (Arrays.binarySearch(chartCounts.indices(), word) >= 0) {
                found++;
                weightFound += w;
            }
        }
        e.titleShare = words.length == 0 ? 0 : found / words.length;
        e.titleWeightedShare = weight == 0 ? 0 : weightFound / weight;
    }

    /** The codes the sources are surest of: the neighbours' and the classifiers' first, the engine's best. */
    private Set<Integer> anchors(List<Integer> byVote, int[] byClassifier, List<CodingResult.RankedCode> engineCodes) {
        Set<Integer> anchors = new HashSet<>();
        for (int rank = 0; rank < ANCHORS_PER_SOURCE; rank++) {
            if (rank < byVote.size()) {
                anchors.add(byVote.get(rank));
            }
            if (rank < byClassifier.length) {
                anchors.add(byClassifier[rank]);
            }
            if (rank < engineCodes.size()) {
                Integer index = codeIndex.get(key(engineCodes.get(rank).code()));
                if (index != null) {
                    anchors.add(index);
                }
            }
        }
        return anchors;
    }

    /** The highest share of an anchor's training charts that also carry the code (smoothed). */
    private double cooccurrence(int code, Set<Integer> anchors) {
        double best = 0;
        for (int anchor : anchors) {
            int at = Arrays.binarySearch(partners[anchor], code);
            if (at >= 0) {
                best = Math.max(best, partnerCharts[anchor][at] / (codeCharts[anchor] + 2.0));
            }
        }
        return best;
    }

    private static List<Integer> top(Map<Integer, Double> scores) {
        int[] keys = new int[scores.size()];
        double[] values = new double[scores.size()];
        int n = 0;
        for (Map.Entry<Integer, Double> e : scores.entrySet()) {
            keys[n] = e.getKey();
            values[n++] = e.getValue();
        }
        List<Integer> ranked = new ArrayList<>();
        for (int i : top(values, CANDIDATES_PER_SOURCE)) {
            ranked.add(keys[i]);
        }
        return ranked;
    }

    /** Indices of the {@code k} largest scores, largest first (ties: lower index first). */
    static int[] top(double[] scores, int k) {
        int size = Math.min(k, scores.length);
        int[] best = new int[size];
        int filled = 0;
        for (int i = 0; i < scores.length; i++) {
            if (filled < size) {
                best[filled++] = i;
            } else if (scores[i] > scores[best[size - 1]]) {
                best[size - 1] = i;
            } else {
                continue;
            }
            for (int j = filled - 1; j > 0 && scores[best[j]] > scores[best[j - 1]]; j--) {
                int t = best[j];
                best[j] = best[j - 1];
                best[j - 1] = t;
            }
        }
        return best;
    }
}
