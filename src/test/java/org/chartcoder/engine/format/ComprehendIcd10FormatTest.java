package org.chartcoder.engine.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chartcoder.engine.CodingEngine;
import org.chartcoder.engine.CodingEngines;
import org.chartcoder.engine.CodingResult;
import org.chartcoder.engine.codeset.CodeSet;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reads the engine's output in the InferICD10CM shape with {@link InferIcd10CmModel}, the strict check
 * built from AWS's service model, and shows that the check rejects what a consumer would not accept.
 */
class ComprehendIcd10FormatTest {

    private static final InferIcd10CmModel MODEL = InferIcd10CmModel.load();
    private static final CodingEngine ENGINE = CodingEngines.createRuleEngine(CodeSet.empty());
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everySampleChartGivesAResponseTheServiceModelAccepts() throws IOException {
        List<Path> charts;
        try (Stream<Path> files = Files.list(Path.of("samples/charts"))) {
            charts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertFalse(charts.isEmpty(), "samples/charts holds the charts this test reads");
        for (Path chart : charts) {
            String text = Files.readString(chart, StandardCharsets.UTF_8);
            JsonNode response = JSON.readTree(ComprehendIcd10Format.toJson(ENGINE.code(text)));

            assertEquals(List.of(), MODEL.violations(response), chart.toString());
            assertFalse(response.get("Entities").isEmpty(), chart + " has conditions to find");
            assertEntitiesPointIntoTheText(response, text, chart.toString());
        }
    }

    @Test
    void mapsTheEngineTraitsToTheServiceNamesAndDropsHistorical() throws IOException {
        String text = "History of hypertension. Denies chest pain. Mother had breast cancer.";
        CodingResult result = ENGINE.code(text);
        Set<String> engineTraits = new HashSet<>();
        result.entities().forEach(e -> e.traits().forEach(t -> engineTraits.add(t.name())));
        assertTrue(engineTraits.containsAll(Set.of("HISTORICAL", "NEGATION", "PERTAINS_TO_FAMILY")), engineTraits.toString());

        JsonNode response = JSON.readTree(ComprehendIcd10Format.toJson(result));

        assertEquals(List.of(), MODEL.violations(response));
        assertEntitiesPointIntoTheText(response, text, "the test chart");
        Set<String> written = new HashSet<>();
        response.get("Entities").forEach(e -> e.get("Traits").forEach(t -> written.add(t.get("Name").asText())));
        assertTrue(written.containsAll(Set.of("NEGATION", "PERTAINS_TO_FAMILY")), written.toString());
        assertFalse(written.contains("HISTORICAL"), written.toString());
        // The default shape keeps what the Comprehend shape leaves out.
        JsonNode defaultJson = JSON.valueToTree(result);
        assertTrue(defaultJson.toString().contains("\"HISTORICAL\""));
        assertTrue(defaultJson.has("codeSetVersion") && defaultJson.has("codes") && defaultJson.has("entities"));
    }

    @Test
    void writesEveryMemberOfAnEntityAndPassesLowConfidenceThrough() {
        CodingResult result = new CodingResult("rules-1", "ICD-10-CM 2030", List.of(new CodingResult.Entity(0,
                "heart failure", 4, 17, "MEDICAL_CONDITION", "DX_NAME", 0.8,
                List.of(new CodingResult.Trait("HISTORICAL", 0.9), new CodingResult.Trait("LOW_CONFIDENCE", 0.6),
                        new CodingResult.Trait("DIAGNOSIS", 0.9)),
                List.of(new CodingResult.Concept("I50.9", "Heart failure, unspecified", 0.8)))),
                List.of(new CodingResult.RankedCode("I50.9", "Heart failure, unspecified", 0.8, List.of(0))));

        JsonNode response = ComprehendIcd10Format.toTree(result);

        assertEquals(List.of(), MODEL.violations(response));
        assertEquals(List.of("Entities", "ModelVersion"), fieldNames(response));
        assertEquals("rules-1", response.get("ModelVersion").asText());
        JsonNode entity = response.get("Entities").get(0);
        assertEquals(MODEL.members("ICD10CMEntity"), fieldNames(entity));
        assertEquals(0, entity.get("Id").asInt());
        assertEquals("heart failure", entity.get("Text").asText());
        assertEquals(4, entity.get("BeginOffset").asInt());
        assertEquals(17, entity.get("EndOffset").asInt());
        assertEquals(0.8, entity.get("Score").asDouble());
        assertTrue(entity.get("Attributes").isArray() && entity.get("Attributes").isEmpty());
        assertEquals("[{\"Name\":\"LOW_CONFIDENCE\",\"Score\":0.6},{\"Name\":\"DIAGNOSIS\",\"Score\":0.9}]",
                entity.get("Traits").toString());
        assertEquals("[{\"Description\":\"Heart failure, unspecified\",\"Code\":\"I50.9\",\"Score\":0.8}]",
                entity.get("ICD10CMConcepts").toString());
    }

    @Test
    void writesOnlyTheTraitNamesTheServiceDefines() {
        assertEquals(MODEL.enumValues("ICD10CMTraitName"), ComprehendIcd10Format.TRAIT_NAMES);
        assertTrue(MODEL.enumValues("ICD10CMEntityCategory").contains(ComprehendIcd10Format.CATEGORY));
        assertTrue(MODEL.enumValues("ICD10CMEntityType").contains(ComprehendIcd10Format.TYPE));
    }

    @Test
    void theStrictCheckRejectsWhatAConsumerWouldNot() {
        ObjectNode good = ComprehendIcd10Format.toTree(ENGINE.code("Known hypertension. Denies chest pain."));
        assertEquals(List.of(), MODEL.violations(good));

        assertRejected(good, r -> r.put("codeSetVersion", "ICD-10-CM 2030"), "$.codeSetVersion: not a member");
        assertRejected(good, r -> entity(r).put("text", "hypertension"), "$.Entities[0].text: not a member");
        assertRejected(good, r -> ((ObjectNode) entity(r).withArray("Traits").get(0)).put("Name", "HISTORICAL"),
                "HISTORICAL is not a value of ICD10CMTraitName");
        assertRejected(good, r -> entity(r).put("Category", "CONDITION"), "is not a value of ICD10CMEntityCategory");
        assertRejected(good, r -> entity(r).put("Score", "0.9"), "$.Entities[0].Score: expected a number");
        assertRejected(good, r -> entity(r).put("BeginOffset", 1.5), "$.Entities[0].BeginOffset: expected an integer");
        assertRejected(good, r -> entity(r).putNull("Attributes"), "$.Entities[0].Attributes: null");
        assertRejected(good, r -> entity(r).put("Attributes", "none"), "expected a list of ICD10CMAttribute");
        assertRejected(good, r -> r.remove("Entities"), "required member Entities");
        assertRejected(good, r -> entity(r).put("Text", ""), "shorter than 1");
    }

    private static ObjectNode entity(ObjectNode response) {
        return (ObjectNode) response.get("Entities").get(0);
    }

    private static void assertRejected(ObjectNode good, Consumer<ObjectNode> breakIt, String expected) {
        ObjectNode broken = good.deepCopy();
        breakIt.accept(broken);
        List<String> violations = MODEL.violations(broken);
        assertTrue(violations.stream().anyMatch(v -> v.contains(expected)), expected + " not in " + violations);
    }

    /** Offsets inside the chart and Text equal to the characters they span, as the service guarantees. */
    private static void assertEntitiesPointIntoTheText(JsonNode response, String text, String chart) {
        Set<Integer> ids = new HashSet<>();
        for (JsonNode entity : (ArrayNode) response.get("Entities")) {
            int begin = entity.get("BeginOffset").asInt();
            int end = entity.get("EndOffset").asInt();
            assertTrue(0 <= begin && begin < end && end <= text.length(), chart + ": offsets " + begin + ".." + end);
            assertEquals(text.substring(begin, end), entity.get("Text").asText(), chart);
            assertTrue(ids.add(entity.get("Id").asInt()), chart + ": repeated Id " + entity.get("Id"));
            assertTrue(entity.get("Attributes").isArray(), chart);
            assertFalse(entity.get("ICD10CMConcepts").isEmpty(), chart);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
