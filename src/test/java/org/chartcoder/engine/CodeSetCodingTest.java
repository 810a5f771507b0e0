package org.chartcoder.engine;

import org.chartcoder.engine.codeset.CodeSetLoader;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Coding with a loaded code set: its titles and synonyms, its version, its category headers. */
class CodeSetCodingTest {

    /** The chart-level codes a mention supports (the alternatives after them name no entity). */
    private static List<String> codes(CodingEngine engine, String text) {
        return engine.code(text).codes().stream().filter(code -> !code.entityIds().isEmpty())
                .map(CodingResult.RankedCode::code).toList();
    }

    /** The rule engine with the miniature FY2030 code set of the test resources. */
    private CodingEngine miniatureCodeSetEngine() throws Exception {
        Path order = Files.createTempFile("icd10cm_order_2030", ".txt");
        try (InputStream in = getClass().getResourceAsStream("/org/chartcoder/engine/codeset/icd10cm_order_2030.txt")) {
            Files.copy(in, order, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return CodingEngines.createRuleEngine(CodeSetLoader.load(order));
        } finally {
            Files.deleteIfExists(order);
        }
    }

    @Test
    void theCategorysUnspecifiedCodeFollowsAsAnAlternative() throws Exception {
        List<CodingResult.RankedCode> ranked = miniatureCodeSetEngine().code("Acute on chronic systolic heart failure.").codes();
        // then the code of the shorter match the full one absorbed ("acute ... systolic heart failure")
        assertEquals(List.of("I50.23", "I50.9", "I50.21"), ranked.stream().map(CodingResult.RankedCode::code).toList());
        CodingResult.RankedCode alternative = ranked.get(1);
        assertEquals(List.of(), alternative.entityIds(), "no mention names the unspecified code");
        assertEquals("Heart failure, unspecified", alternative.description());
        assertTrue(alternative.score() < ranked.get(0).score() && alternative.score() > 0, ranked.toString());
    }

    @Test
    void aDeniedConditionsCodeComesLastNamingItsNegatedEntity() throws Exception {
        CodingResult result = miniatureCodeSetEngine().code("Acute systolic heart failure. There was no acute on chronic systolic heart failure.");
        List<CodingResult.RankedCode> ranked = result.codes();
        assertEquals("I50.21", ranked.get(0).code());
        CodingResult.RankedCode denied = ranked.get(ranked.size() - 1);
        assertEquals("I50.23", denied.code());
        assertEquals(1, denied.entityIds().size(), ranked.toString());
        CodingResult.Entity entity = result.entities().get(denied.entityIds().get(0));
        assertTrue(entity.traits().stream().anyMatch(trait -> trait.name().equals("NEGATION")), entity.toString());
        assertTrue(denied.score() < 0.3, ranked.toString());
        for (CodingResult.RankedCode other : ranked.subList(0, ranked.size() - 1)) {
            assertTrue(denied.score() < other.score(), ranked.toString());
        }
    }

    @Test
    void aHeaderWithoutAnUnspecifiedCodeGivesNoCode() throws Exception {
        CodingEngine engine = miniatureCodeSetEngine();
        // the miniature code set has no "unspecified systolic" child: the header I50.2 is all that fits,
        // and a header is not a code a coder may submit
        assertEquals(List.of(), codes(engine, "Systolic heart failure."));
        assertEquals(List.of("I50.23"), codes(engine, "Acute on chronic systolic heart failure."));
        assertEquals("ICD-10-CM 2030", engine.code("Heart failure.").codeSetVersion());
    }

    @Test
    void fullFiscal2025CodeSetKeepsTheRuleFamilies() throws Exception {
        Path icd10cm = SharedData.require("icd10cm");
        CodingEngine engine = CodingEngines.create(new EngineSettings(icd10cm, null));
        assertEquals(List.of("I50.23"), codes(engine, "Systolic CHF, acute on chronic."));
        assertEquals(List.of("I50.23"), codes(engine, "Acute on chronic systolic heart failure."));
        assertEquals(List.of("E11.21"), codes(engine, "Type 2 diabetes with diabetic nephropathy."));
        assertEquals(List.of("M25.562"), codes(engine, "Pain in the left knee."));
        assertEquals(List.of("N18.32"), codes(engine, "CKD stage 3b."));
        // a title the lexicon does not have, reached in another word order: "Pain in right elbow"
        assertEquals(List.of("M25.521"), codes(engine, "Right elbow pain for two weeks."));
        assertEquals("ICD-10-CM 2025", engine.codeSetVersion());
        // a site alone is no injury, and a body part alone no condition
        assertEquals(List.of(), codes(engine, "Relative uptake of 33% in the right kidney; right renal pelvis."));
        assertEquals(List.of(), codes(engine, "CT of the left lower lobe of the lung."));
        assertEquals(List.of("S81.012A"), codes(engine, "Laceration of the left knee."));
        // the header's title is all the text names: its unspecified code stands for it
        assertEquals(List.of("I50.20"), codes(engine, "Systolic heart failure."));
    }
}
