package org.chartcoder.engine.learn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.chartcoder.engine.CodingResult;

/**
 * A model trained on an organisation's coded charts: learned code evidence plus a reranker that
 * orders the union of the rule engine's codes and the learned candidates. Immutable and
 * thread-safe.
 *
 * @param modelId          content hash of the model, part of {@link #version()}
 * @param trainingCharts   number of charts the model was trained on
 * @param codeSetVersion   the code set of the rule engine it was trained with (lexicon-only: none)
 * @param descriptions     titles of the codes the model knows, when a code set was given at training
 */
public record ChartModel(String modelId, int trainingCharts, String codeSetVersion, CodeEvidence evidence, Reranker reranker,
                         Map<String, String> descriptions) {

    /** Most codes a chart gets, and the least probability a code needs: below, codes help no reader (nor MAP). */
    static final int MAX_CODES = 40;
    static final double MIN_PROBABILITY = 0.02;

    /** Written into every result's modelVersion. */
    public String version() {
        return "chart-model-v" + ModelFile.FORMAT_VERSION + "-" + modelId;
    }

    /** A code with the reranker's probability that it belongs to the chart. */
    record Scored(String code, double probability) {
    }

    /** Titles of the codes the model knows, else of the codes and concepts the rule engine gave. */
    static java.util.function.Function<String, String> titles(CodingResult engineResult,
                                                             java.util.function.Function<String, String> known) {
        Map<String, String> engineTitles = new java.util.HashMap<>();
        for (CodingResult.RankedCode ranked : engineResult.codes()) {
            engineTitles.putIfAbsent(CodeEvidence.key(ranked.code()), ranked.description());
        }
        for (CodingResult.Entity entity : engineResult.entities()) {
            for (CodingResult.Concept concept : entity.icd10cmConcepts()) {
                engineTitles.putIfAbsent(CodeEvidence.key(concept.code()), concept.description());
            }
        }
        return code -> {
            String title = known.apply(code);
            return title != null ? title : engineTitles.get(code);
        };
    }

    List<Scored> rank(String chartText, CodingResult engineResult) {
        List<Scored> scored = new ArrayList<>();
        for (CandidateFeatures.Evidence e : evidence.gather(chartText, engineResult,
                titles(engineResult, descriptions::get)).values()) {
            double probability = reranker.probability(CandidateFeatures.encode(e));
            if (probability >= MIN_PROBABILITY) {
                scored.add(new Scored(e.code, probability));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::probability).reversed());
        return scored.size() > MAX_CODES ? scored.subList(0, MAX_CODES) : scored;
    }
}
