package org.chartcoder.engine;

import org.chartcoder.engine.codeset.CodeSet;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One group of clinical sentences per rule family, coded with the built-in lexicon alone. */
class RuleFamiliesTest {

    private static final CodingEngine ENGINE = CodingEngines.createRuleEngine(CodeSet.empty());

    private static List<String> codes(String text) {
        return supported(ENGINE.code(text));
    }

    /**
     * The codes the chart's mentions support, without the tail after them: alternatives (no entity) and
     * the codes of negated mentions.
     */
    private static List<String> supported(CodingResult result) {
        return result.codes().stream()
                .filter(code -> !code.entityIds().isEmpty() && code.entityIds().stream().noneMatch(id -> negated(result.entities().get(id))))
                .map(CodingResult.RankedCode::code).toList();
    }

    private static boolean negated(CodingResult.Entity entity) {
        return entity.traits().stream().anyMatch(t -> t.name().equals("NEGATION"));
    }

    @Test
    void abbreviationsReachTheirConditions() {
        assertEquals(List.of("I10"), codes("PMH: HTN."));
        assertEquals(List.of("E11.9"), codes("Known T2DM on metformin."));
        assertEquals(List.of("E11.9"), codes("NIDDM for ten years."));
        assertEquals(List.of("J44.9"), codes("COPD, on home oxygen."));
        assertEquals(List.of("I48.91"), codes("Afib, rate controlled."));
        assertEquals(List.of("N39.0"), codes("Treated for a UTI."));
        assertEquals(List.of("G47.33"), codes("Uses CPAP for OSA."));
    }

    @Test
    void chartShorthandWithoutStageWordOrWithHyphens() {
        assertEquals(List.of("N18.32"), codes("CKD 3b, stable."));
        assertEquals(List.of("I48.91"), codes("A-fib with RVR."));
        assertEquals(List.of("I49.01"), codes("V-fib arrest."));
        assertEquals(List.of("E11.9"), codes("DM II, diet controlled."));
    }

    @Test
    void capitalOnlyAbbreviationsIgnoreOrdinaryWords() {
        assertEquals(List.of("I26.99"), codes("CT angiogram confirmed PE."));
        assertTrue(codes("Patient will follow up for pe class.").isEmpty());
    }

    @Test
    void ukSpellingsAndInflectionsMatch() {
        assertEquals(List.of("D64.9"), codes("Mild anaemia was noted."));
        assertEquals(List.of("R31.9"), codes("She reported haematuria."));
    }

    @Test
    void combinationCodesWinOverTheirParts() {
        assertEquals(List.of("E11.21"), codes("Type 2 diabetes with diabetic nephropathy."));
        assertEquals(List.of("E11.21"), codes("T2DM with nephropathy."));
        assertEquals(List.of("E11.42"), codes("Diabetic polyneuropathy of both feet."));
    }

    @Test
    void reorderedMatchesDoNotBorrowOneWordOfAnAbbreviation() {
        List<String> codes = codes("Chest pain, HTN and T2DM with CKD stage 3.");
        assertTrue(codes.containsAll(List.of("E11.22", "N18.30", "R07.9")), codes.toString());
        assertFalse(codes.contains("N18.2"), "the 2 of T2DM is not a CKD stage: " + codes);
        assertFalse(codes.contains("G89.29"), "the chronic of CKD does not make chest pain chronic: " + codes);
    }

    @Test
    void aPlainMentionSupportsTheSpecificCodeOfTheSameCondition() {
        CodingResult result = ENGINE.code("History of HFrEF. Now acute on chronic systolic heart failure. CKD. CKD stage 4.");
        assertEquals(List.of("I50.23", "N18.4"), supported(result).stream().sorted().toList());
        assertEquals(2, result.codes().get(0).entityIds().size());
        assertEquals(List.of("R06.00", "R06.01"), codes("Dyspnea and orthopnea.").stream().sorted().toList(),
                "different conditions of one category both stay");
    }

    @Test
    void sectionHeadingsAreNotConditions() {
        assertEquals(List.of("R05.9"), codes("HISTORY OF PRESENT ILLNESS:\nCough for a week."));
    }

    @Test
    void acuteOnChronicInEitherWordOrder() {
        assertEquals(List.of("I50.23"), codes("Admitted with acute on chronic systolic heart failure."));
        assertEquals(List.of("I50.23"), codes("Systolic CHF, acute on chronic."));
        assertEquals(List.of("I50.33"), codes("HFpEF, acute on chronic."));
    }

    @Test
    void acuteAndChronicChooseDifferentCodes() {
        assertEquals(List.of("I50.21"), codes("Acute systolic heart failure."));
        assertEquals(List.of("I50.22"), codes("Chronic systolic heart failure."));
    }

    @Test
    void lateralityChoosesTheSide() {
        assertEquals(List.of("M25.561"), codes("Right knee pain for two weeks."));
        assertEquals(List.of("M25.562"), codes("Complains of pain in the left knee."));
        assertEquals(List.of("I82.402"), codes("DVT of left lower extremity."));
    }

    @Test
    void stageChoosesTheCode() {
        assertEquals(List.of("N18.4"), codes("CKD stage 4."));
        assertEquals(List.of("N18.32"), codes("Chronic kidney disease stage 3b."));
        assertEquals(List.of("N18.9"), codes("Chronic kidney disease."));
    }

    @Test
    void negatedMentionsStayAsEntitiesAndTheirCodesComeLast() {
        CodingResult result = ENGINE.code("Denies chest pain. No fever. Cough for three days.");
        assertEquals(List.of("R05.9"), supported(result));
        List<CodingResult.RankedCode> codes = result.codes();
        // R52: the "pain" inside the negated "chest pain", after the negated mentions' own codes
        assertEquals(List.of("R05.9", "R07.9", "R50.9", "R52"), codes.stream().map(CodingResult.RankedCode::code).toList());
        for (CodingResult.RankedCode denied : codes.subList(1, codes.size())) {
            assertTrue(denied.score() < 0.3 && denied.score() < codes.get(0).score(), codes.toString());
            assertTrue(negated(result.entities().get(denied.entityIds().get(0))), denied.toString());
        }
        List<CodingResult.Entity> negated = result.entities().stream()
                .filter(e -> e.traits().stream().anyMatch(t -> t.name().equals("NEGATION")))
                .toList();
        assertEquals(List.of("chest pain", "fever"), negated.stream().map(CodingResult.Entity::text).toList());
    }

    @Test
    void negationScopeEndsAtButAndAtTheSentence() {
        assertEquals(List.of("R50.9"), codes("No cough but fever since Monday."));
        assertEquals(List.of("R05.9"), codes("No fever. Cough since Monday."));
    }

    @Test
    void familyAndHypotheticalMentionsGiveNoCode() {
        // not even at the end of the list, where the codes of the patient's own negated mentions come
        CodingResult result = ENGINE.code("Her mother had breast cancer. Return if fever develops. She has asthma. Her father had no diabetes.");
        assertEquals(List.of("J45.909"), result.codes().stream().map(CodingResult.RankedCode::code).toList());
        assertTrue(result.entities().get(0).traits().stream().anyMatch(t -> t.name().equals("PERTAINS_TO_FAMILY")));
        assertTrue(result.entities().get(1).traits().stream().anyMatch(t -> t.name().equals("HYPOTHETICAL")));
    }

    @Test
    void historicalMentionsAreCodedAndMarked() {
        CodingResult result = ENGINE.code("History of atrial fibrillation.");
        assertEquals(List.of("I48.91"), result.codes().stream().map(CodingResult.RankedCode::code).toList());
        assertTrue(result.entities().get(0).traits().stream().anyMatch(t -> t.name().equals("HISTORICAL")));
    }

    @Test
    void entitiesCarryOffsetsCategoryAndKind() {
        String text = "The patient has hypertension and a cough.";
        CodingResult result = ENGINE.code(text);
        CodingResult.Entity first = result.entities().get(0);
        assertEquals("hypertension", text.substring(first.beginOffset(), first.endOffset()));
        assertEquals("MEDICAL_CONDITION", first.category());
        assertEquals("DX_NAME", first.type());
        assertTrue(first.traits().stream().anyMatch(t -> t.name().equals("DIAGNOSIS")));
        assertTrue(result.entities().get(1).traits().stream().anyMatch(t -> t.name().equals("SYMPTOM")));
    }

    @Test
    void scoresAreInUnitRangeAndRepeatedEvidenceRanksFirst() {
        CodingResult result = ENGINE.code("Cough. Hypertension. Persistent cough. Cough at night.");
        assertEquals("R05.9", result.codes().get(0).code());
        assertEquals(3, result.codes().get(0).entityIds().size());
        result.codes().forEach(c -> assertTrue(c.score() > 0 && c.score() <= 1, c.toString()));
        assertFalse(result.codes().get(1).score() > result.codes().get(0).score());
    }

    @Test
    void withoutCodeSetTheResultSaysLexiconOnly() {
        assertEquals("lexicon-only", ENGINE.code("Hypertension.").codeSetVersion());
    }
}
