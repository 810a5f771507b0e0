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

    List<Scored> rank(String chartText, CodingResult engineResult) {
        List<Scored> scored = new ArrayList<>();
        for (CandidateFeatures.Evidence e : evidence.gather(chartText, engineResult).values()) {
            double probability = reranker.probability(CandidateFeatures.encode(e));
            if (probability >= MIN_PROBABILITY) {
                scored.add(new Scored(e.code, probability));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::probability).reversed());
        return scored.size() > MAX_CODES ? scored.subList(0, MAX_CODES) : scored;
    }
}
