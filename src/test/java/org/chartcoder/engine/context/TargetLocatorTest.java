package org.chartcoder.engine.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TargetLocatorTest {

    private static String found(String sentence, String target) {
        TargetLocator.Span span = TargetLocator.locate(sentence, target);
        return span == null ? null : sentence.substring(span.begin(), span.end());
    }

    @Test
    void exactIgnoringCasePreferringWholeWords() {
        assertEquals("PAIN", found("PAINFUL swelling, no PAIN", "pain"));
        assertEquals("Chest Pain", found("Denies Chest Pain.", "chest pain"));
    }

    @Test
    void spacingAndPunctuationDoNotMatter() {
        assertEquals("chest-pain", found("no chest-pain today", "chest pain"));
        assertEquals("shortness  of breath", found("no shortness  of breath", "shortness of breath"));
        assertEquals("C.H.F", found("no C.H.F. noted", "CHF"));
    }

    @Test
    void wordStemsAndWordOrderAsALastResort() {
        assertEquals("fevers", found("No fevers or chills.", "fever"));
        assertEquals("pain in the chest", found("No pain in the chest.", "chest pain"));
    }

    @Test
    void absentOrEmptyTargetsGiveNull() {
        assertNull(TargetLocator.locate("No fever.", "pneumothorax"));
        assertNull(TargetLocator.locate("No fever.", "  "));
    }
}
