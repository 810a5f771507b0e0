package org.chartcoder.engine.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SectionDetectorTest {

    private static final String CHART = """
            CHIEF COMPLAINT: Chest pain.
            HISTORY OF PRESENT ILLNESS: 60 year old man with chest pain since this morning.
            PAST MEDICAL HISTORY:
            1. Hypertension.
            2. Diabetes.
            FAMILY HISTORY: Mother with breast cancer.
            Father: coronary artery disease.
            SOCIAL HISTORY: Quit smoking.
            Medications: metoprolol.
            Allergies: penicillin.
            PHYSICAL EXAM
            Lungs: clear.
            Abdomen: soft.
            CODE STATUS: full.
            Assessment and Plan: Acute coronary syndrome.
            """;

    private static SectionKind kindAt(String text) {
        List<Section> sections = SectionDetector.standard().detect(CHART);
        return SectionDetector.sectionAt(sections, CHART.indexOf(text)).kind();
    }

    @Test
    void headingsWithColonsOrAloneOnTheirLineStartSections() {
        assertEquals(SectionKind.CHIEF_COMPLAINT, kindAt("Chest pain."));
        assertEquals(SectionKind.HISTORY_OF_PRESENT_ILLNESS, kindAt("60 year old"));
        assertEquals(SectionKind.PAST_MEDICAL_HISTORY, kindAt("Diabetes"));
        assertEquals(SectionKind.SOCIAL_HISTORY, kindAt("Quit smoking"));
        assertEquals(SectionKind.MEDICATIONS, kindAt("metoprolol"));
        assertEquals(SectionKind.ALLERGIES, kindAt("penicillin"));
        assertEquals(SectionKind.ASSESSMENT_AND_PLAN, kindAt("Acute coronary"));
    }

    @Test
    void subHeadingsStayInTheirSectionAndUnknownCapitalHeadingsEndIt() {
        assertEquals(SectionKind.FAMILY_HISTORY, kindAt("coronary artery disease"));
        assertEquals(SectionKind.PHYSICAL_EXAM, kindAt("soft."));
        assertEquals(SectionKind.UNKNOWN, kindAt("full."));
    }

    @Test
    void sectionsCoverTheChartInOrder() {
        List<Section> sections = SectionDetector.standard().detect("Some text first.\nPMH: asthma.\n");
        assertEquals(SectionKind.UNKNOWN, sections.get(0).kind());
        assertEquals(0, sections.get(0).begin());
        assertEquals(sections.get(0).end(), sections.get(1).begin());
        assertEquals("Some text first.\nPMH: asthma.\n".length(), sections.get(1).end());
        assertTrue(SectionDetector.standard().detect("").isEmpty());
    }

    @Test
    void sectionDefaultsCombineWithSentenceTraits() {
        assertEquals(Set.of(Assertion.FAMILY), SectionKind.FAMILY_HISTORY.combine(Set.of(Assertion.HISTORICAL)));
        assertEquals(Set.of(Assertion.NEGATION, Assertion.HISTORICAL),
                SectionKind.PAST_MEDICAL_HISTORY.combine(Set.of(Assertion.NEGATION)));
        assertEquals(Set.of(), SectionKind.ASSESSMENT_AND_PLAN.combine(Set.of()));
        assertFalse(SectionKind.ALLERGIES.mentionsAreConditions());
        assertTrue(SectionKind.DIAGNOSES.mentionsAreConditions());
    }

    @Test
    void headingsAreRecognisedByTheirUsualAbbreviations() {
        assertEquals(SectionKind.PAST_MEDICAL_HISTORY, SectionDetector.kindOf("PMH"));
        assertEquals(SectionKind.FAMILY_HISTORY, SectionDetector.kindOf("FHx"));
        assertEquals(SectionKind.ASSESSMENT_AND_PLAN, SectionDetector.kindOf("A/P"));
        assertEquals(SectionKind.REVIEW_OF_SYSTEMS, SectionDetector.kindOf("  Review of  Systems "));
    }
}
