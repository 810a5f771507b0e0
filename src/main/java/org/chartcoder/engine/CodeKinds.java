package org.chartcoder.engine;

import java.util.Set;
import org.chartcoder.engine.codeset.CodeSet;

/** Whether a code names a diagnosis, a symptom (what the patient reports) or a sign (what is found). */
final class CodeKinds {

    private static final Set<String> SYMPTOM_CATEGORIES = Set.of("R05", "R06", "R07", "R10", "R11", "R12", "R13", "R19",
            "R20", "R21", "R25", "R26", "R30", "R35", "R39", "R40", "R41", "R42", "R43", "R44", "R45", "R46", "R50",
            "R51", "R52", "R53", "R54", "R55", "R56", "R60", "R61", "R63", "R64", "R68", "R69");

    /**
     * Words that say trauma happened. A site alone ("right renal", "left knee") matches the site part of
     * an injury title but is no injury: coders need the text to say one occurred.
     */
    private static final java.util.regex.Pattern INJURY_WORDS = java.util.regex.Pattern.compile(
            "\\b(injur|trauma|fractur|wound|lacerat|contusi|sprain|strain|dislocat|subluxat|burn|bite|bitten|crush|abrasion"
                    + "|punctur|avuls|amputat|ruptur|tear|torn|concuss|bruis|frostbit|foreign bod|sting|gunshot|stab|blister)",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private CodeKinds() {
    }

    /** False for an injury code whose mention says nothing of an injury. */
    static boolean supportedBy(String code, String mentionText) {
        return !isInjury(code) || INJURY_WORDS.matcher(mentionText).find();
    }

    /** Injuries, burns and frostbite (S00-T34): codes for what trauma did to a body part. */
    private static boolean isInjury(String code) {
        if (code.startsWith("S")) {
            return true;
        }
        return code.length() >= 3 && code.charAt(0) == 'T' && Character.isDigit(code.charAt(1)) && Character.isDigit(code.charAt(2))
                && Integer.parseInt(code.substring(1, 3)) <= 34;
    }

    static String kind(String code) {
        if (!code.startsWith("R")) {
            return "DIAGNOSIS";
        }
        return SYMPTOM_CATEGORIES.contains(CodeSet.category(code)) ? "SYMPTOM" : "SIGN";
    }
}
