package org.chartcoder.engine.codeset;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What stands for a code in a release: itself, its unspecified descendant, its initial encounter, or nothing. */
class ValidCodesTest {

    private static final ValidCodes VALID = new ValidCodes(codeSet(
            header("R05", "Cough"), billable("R05.1", "Acute cough"), billable("R05.9", "Cough, unspecified"),
            header("M54.5", "Low back pain"), billable("M54.50", "Low back pain, unspecified"),
            billable("M54.51", "Vertebrogenic low back pain"), billable("M54.59", "Other low back pain"),
            header("K56.60", "Unspecified intestinal obstruction"),
            billable("K56.600", "Partial intestinal obstruction, unspecified as to cause"),
            billable("K56.609", "Unspecified intestinal obstruction, unspecified as to partial versus complete obstruction"),
            header("T14.8", "Other injury of unspecified body region"),
            billable("T14.8XXA", "Other injury of unspecified body region, initial encounter"),
            billable("T14.8XXD", "Other injury of unspecified body region, subsequent encounter"),
            header("R74.0", "Nonspecific elevation of levels of transaminase and lactic acid dehydrogenase [LDH]"),
            billable("R74.01", "Elevation of levels of liver transaminase levels"),
            billable("R74.02", "Elevation of levels of lactic acid dehydrogenase [LDH]"),
            header("N35.9", "Urethral stricture, unspecified"),
            billable("N35.91", "Unspecified urethral stricture, male"), billable("N35.92", "Unspecified urethral stricture, female"),
            billable("I10", "Essential (primary) hypertension")));

    @Test
    void aBillableCodeStandsForItselfInAnyNotation() {
        assertEquals("I10", code("i10"));
        assertEquals("R05.9", code("R059"));
    }

    @Test
    void aHeaderOrAnOlderCodeGoesToItsUnspecifiedDescendant() {
        assertEquals("R05.9", code("R05"));
        assertEquals("M54.50", code("M54.5"));
        assertEquals("K56.609", code("K56.60"));
    }

    @Test
    void aSeventhCharacterCodeGetsTheInitialEncounter() {
        assertEquals("T14.8XXA", code("T14.8"));
        assertEquals("T14.8XXA", code("T148XX"));
        assertEquals("T14.8XXD", code("T14.8XXD"));
    }

    @Test
    void nothingStandsForACodeWithoutAnUnspecifiedDescendantOrWithSeveral() {
        assertTrue(VALID.resolve("R74.0").isEmpty(), "R74.0 has no unspecified child");
        assertTrue(VALID.resolve("N35.9").isEmpty(), "N35.9 would have to guess the patient's sex");
        assertTrue(VALID.resolve("Q99.9").isEmpty(), "a code the release lacks entirely");
    }

    @Test
    void withoutACodeSetNothingIsChecked() {
        assertTrue(new ValidCodes(CodeSet.empty()).unchecked());
    }

    private static String code(String code) {
        Optional<CodeSet.Code> valid = VALID.resolve(code);
        assertTrue(valid.isPresent(), code + " resolved to nothing");
        assertTrue(valid.get().billable());
        return valid.get().code();
    }

    private static CodeSet codeSet(CodeSet.Code... codes) {
        Map<String, CodeSet.Code> map = new LinkedHashMap<>();
        for (CodeSet.Code code : codes) {
            map.put(code.code(), code);
        }
        return new CodeSet("2030", map);
    }

    private static CodeSet.Code billable(String code, String title) {
        return new CodeSet.Code(code, title, true, List.of(), List.of());
    }

    private static CodeSet.Code header(String code, String title) {
        return new CodeSet.Code(code, title, false, List.of(), List.of());
    }
}
