package org.chartcoder.engine;

import org.chartcoder.engine.codeset.CodeSet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Checks that results name only codes a coder may submit under the loaded code set, each with its title. */
public final class OutputCodes {

    private OutputCodes() {
    }

    /** Fails listing every chart-level or entity code that is not billable in {@code codeSet} or lacks its title. */
    public static void assertAllValid(CodeSet codeSet, Collection<CodingResult> results) {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (CodingResult result : results) {
            for (CodingResult.RankedCode ranked : result.codes()) {
                checked++;
                check(codeSet, ranked.code(), ranked.description(), wrong);
            }
            for (CodingResult.Entity entity : result.entities()) {
                for (CodingResult.Concept concept : entity.icd10cmConcepts()) {
                    checked++;
                    check(codeSet, concept.code(), concept.description(), wrong);
                }
            }
        }
        System.out.printf("%d output codes checked against ICD-10-CM %s: %d invalid or undescribed%n",
                checked, codeSet.version(), wrong.size());
        assertEquals(List.of(), wrong.stream().distinct().limit(50).toList(), "codes outside the code set or without their title");
    }

    private static void check(CodeSet codeSet, String code, String description, List<String> wrong) {
        CodeSet.Code entry = codeSet.get(code);
        if (entry == null || !entry.billable()) {
            wrong.add(code + " (not billable in the code set)");
        } else if (description == null || !description.equals(entry.title())) {
            wrong.add(code + " (description '" + description + "')");
        }
    }
}
