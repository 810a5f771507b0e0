package org.chartcoder.engine.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chartcoder.engine.CodingResult;

import java.io.UncheckedIOException;
import java.util.Set;

/**
 * Writes a {@link CodingResult} in exactly the shape of Amazon Comprehend Medical's InferICD10CM
 * response, so a consumer written against that service (or its SDK model) reads it unchanged:
 * {@code {"Entities":[{"Id","Text","Category","Type","Score","BeginOffset","EndOffset","Attributes",
 * "Traits":[{"Name","Score"}],"ICD10CMConcepts":[{"Description","Code","Score"}]}],"ModelVersion"}}.
 *
 * <p>What does not fit that shape is left out rather than renamed: the code-set version and the
 * chart-level {@code codes} list have no member in the response, and only the trait names the service
 * defines are written. The engine's HISTORICAL trait has no counterpart (InferICD10CM's temporal
 * information is a TIME_EXPRESSION attribute pointing at words in the text, which the engine does not
 * locate), so it is dropped; LOW_CONFIDENCE passes through as the service's own trait.
 */
public final class ComprehendIcd10Format {

    /** ICD10CMTraitName in the service model (2018-10-30): the only trait names a consumer accepts. */
    public static final Set<String> TRAIT_NAMES = Set.of("NEGATION", "DIAGNOSIS", "SIGN", "SYMPTOM",
            "PERTAINS_TO_FAMILY", "HYPOTHETICAL", "LOW_CONFIDENCE");
    /** InferICD10CM reports conditions only, so every entity the engine finds is a diagnosis name. */
    static final String CATEGORY = "MEDICAL_CONDITION";
    static final String TYPE = "DX_NAME";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ComprehendIcd10Format() {
    }

    /** The result as an InferICD10CM response tree; the engine's default JSON is not affected. */
    public static ObjectNode toTree(CodingResult result) {
        ObjectNode response = JSON.createObjectNode();
        ArrayNode entities = response.putArray("Entities");
        for (CodingResult.Entity entity : result.entities()) {
            ObjectNode node = entities.addObject();
            node.put("Id", entity.id());
            node.put("Text", entity.text());
            node.put("Category", CATEGORY);
            node.put("Type", TYPE);
            node.put("Score", entity.score());
            node.put("BeginOffset", entity.beginOffset());
            node.put("EndOffset", entity.endOffset());
            // The engine finds no attributes (acuity, site...); the service sends an empty list then.
            node.putArray("Attributes");
            ArrayNode traits = node.putArray("Traits");
            for (CodingResult.Trait trait : entity.traits()) {
                if (TRAIT_NAMES.contains(trait.name())) {
                    traits.addObject().put("Name", trait.name()).put("Score", trait.score());
                }
            }
            ArrayNode concepts = node.putArray("ICD10CMConcepts");
            for (CodingResult.Concept concept : entity.icd10cmConcepts()) {
                concepts.addObject()
                        .put("Description", concept.description())
                        .put("Code", concept.code())
                        .put("Score", concept.score());
            }
        }
        if (result.modelVersion() != null && !result.modelVersion().isBlank()) {
            response.put("ModelVersion", result.modelVersion());
        }
        return response;
    }

    /** {@link #toTree} as one line of JSON. */
    public static String toJson(CodingResult result) {
        try {
            return JSON.writeValueAsString(toTree(result));
        } catch (JsonProcessingException e) {
            // A tree of plain strings and numbers always serializes; reaching here is a Jackson bug.
            throw new UncheckedIOException("cannot write an InferICD10CM response", e);
        }
    }
}
