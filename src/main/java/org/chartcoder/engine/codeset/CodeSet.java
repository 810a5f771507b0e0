package org.chartcoder.engine.codeset;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ICD-10-CM code set as loaded from CMS files: every code (billable codes and the category and
 * subcategory headers above them) with its title and the synonyms the release provides. Immutable.
 */
public final class CodeSet {

    /** One code, dotted and upper case (E11.21), with its title and synonyms. */
    public record Code(String code, String title, boolean billable, List<String> inclusionTerms, List<String> indexTerms) {
    }

    private final String version;
    private final Map<String, Code> codes;

    public CodeSet(String version, Map<String, Code> codes) {
        this.version = version;
        this.codes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(codes));
    }

    public static CodeSet empty() {
        return new CodeSet(null, Map.of());
    }

    /** Fiscal year of the release (2025), or null when nothing is loaded. */
    public String version() {
        return version;
    }

    public boolean isEmpty() {
        return codes.isEmpty();
    }

    public Code get(String dottedCode) {
        return codes.get(dottedCode);
    }

    public Collection<Code> codes() {
        return codes.values();
    }

    public long billableCount() {
        return codes.values().stream().filter(Code::billable).count();
    }

    /** The code's category: its first three characters (I50 of I50.23). */
    public static String category(String code) {
        return code.length() > 3 ? code.substring(0, 3) : code;
    }

    /** Puts the dot after the category: E1121 becomes E11.21; already dotted codes are unchanged. */
    public static String dotted(String code) {
        String upper = code.trim().toUpperCase(java.util.Locale.ROOT);
        if (upper.length() <= 3 || upper.indexOf('.') >= 0) {
            return upper;
        }
        return upper.substring(0, 3) + "." + upper.substring(3);
    }
}
