package org.chartcoder.engine;

import java.util.Set;

/** Whether a code names a diagnosis, a symptom (what the patient reports) or a sign (what is found). */
final class CodeKinds {

    private static final Set<String> SYMPTOM_CATEGORIES = Set.of("R05", "R06", "R07", "R10", "R11", "R12", "R13", "R19",
            "R20", "R21", "R25", "R26", "R30", "R35", "R39", "R40", "R41", "R42", "R43", "R44", "R45", "R46", "R50",
            "R51", "R52", "R53", "R54", "R55", "R56", "R60", "R61", "R63", "R64", "R68", "R69");

    private CodeKinds() {
    }

    static String kind(String code) {
        if (!code.startsWith("R")) {
            return "DIAGNOSIS";
        }
        String category = code.length() > 3 ? code.substring(0, 3) : code;
        return SYMPTOM_CATEGORIES.contains(category) ? "SYMPTOM" : "SIGN";
    }
}
