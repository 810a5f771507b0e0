package org.chartcoder.engine;

import java.util.List;

/**
 * What the engine found in one chart: mentions with their codes and traits, and {@code codes}, the
 * chart-level list in rank order. Modelled on Amazon Comprehend Medical InferICD10CM but not its
 * shape (camelCase keys, HISTORICAL, chart-level codes); {@code format.ComprehendIcd10Format} writes
 * that shape.
 */
public record CodingResult(String modelVersion, String codeSetVersion, List<Entity> entities, List<RankedCode> codes) {

    /** A mention of a medical condition, with its offsets in the chart text. */
    public record Entity(int id, String text, int beginOffset, int endOffset, String category, String type,
                         double score, List<Trait> traits, List<Concept> icd10cmConcepts) {
    }

    /** A context attribute of a mention: NEGATION, HYPOTHETICAL, HISTORICAL, PERTAINS_TO_FAMILY, DIAGNOSIS, SIGN, SYMPTOM. */
    public record Trait(String name, double score) {
    }

    /** One candidate code for a mention. */
    public record Concept(String code, String description, double score) {
    }

    /** One chart-level code, with the ids of the entities that support it. */
    public record RankedCode(String code, String description, double score, List<Integer> entityIds) {
    }
}
