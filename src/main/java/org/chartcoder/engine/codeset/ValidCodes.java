package org.chartcoder.engine.codeset;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps any code (a billable code, a category or subcategory header, a code of an older release, a
 * 7th-character code written without its extension) onto the billable code of a loaded code set that
 * stands for it, so that a coder receives only codes the release accepts:
 * <ul>
 *   <li>a billable code stands for itself;</li>
 *   <li>otherwise the billable codes under it (by code prefix, trailing placeholder X's ignored:
 *       R05, M54.5, T14.90, W19.XXX) are the candidates;</li>
 *   <li>a 7th-character extension defaults to the initial encounter (A) or, where the extension is no
 *       encounter, to 0 (not applicable or unspecified), as a coder does when the text says nothing
 *       else;</li>
 *   <li>of several candidates, the unspecified one wins (R05 to R05.9 "Cough, unspecified", M54.5 to
 *       M54.50): most "unspecified" words in its title, then the closest, then a final 9, then a final
 *       0. Where that leaves a tie (N35.9 to the male or the female code) or no unspecified code at
 *       all (R74.0 to transaminases or LDH), nothing stands for the code and it is dropped.</li>
 * </ul>
 * Without a code set (the lexicon alone) every code stands for itself. Thread-safe; answers are cached.
 */
public final class ValidCodes {

    private final CodeSet codeSet;
    /** Billable codes by their undotted form, sorted so that the codes under a prefix are one range. */
    private final NavigableMap<String, CodeSet.Code> billable = new TreeMap<>();
    private final Map<String, Optional<CodeSet.Code>> resolved = new ConcurrentHashMap<>();

    public ValidCodes(CodeSet codeSet) {
        this.codeSet = codeSet;
        for (CodeSet.Code code : codeSet.codes()) {
            if (code.billable()) {
                billable.put(undotted(code.code()), code);
            }
        }
    }

    /** True when no code set is loaded: codes are then the lexicon's and are not checked. */
    public boolean unchecked() {
        return codeSet.isEmpty();
    }

    /** The billable code that stands for {@code code} (dotted or not, any case), or empty when none does. */
    public Optional<CodeSet.Code> resolve(String code) {
        CodeSet.Code entry = codeSet.get(code);
        if (entry != null && entry.billable()) {
            return Optional.of(entry); // most codes asked about are already billable and dotted
        }
        String key = undotted(code);
        return resolved.computeIfAbsent(key, this::find);
    }

    private Optional<CodeSet.Code> find(String key) {
        CodeSet.Code exact = billable.get(key);
        if (exact != null) {
            return Optional.of(exact);
        }
        String prefix = key;
        while (prefix.length() > 3 && prefix.endsWith("X")) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        List<CodeSet.Code> under = List.copyOf(billable.subMap(prefix, true, prefix + Character.MAX_VALUE, false).values());
        if (prefix.length() < 7) {
            under = defaultExtension(under);
        }
        CodeSet.Code best = null;
        boolean tie = false;
        for (CodeSet.Code candidate : under) {
            int order = best == null ? 1 : compare(candidate, best);
            if (order > 0) {
                best = candidate;
                tie = false;
            } else if (order == 0) {
                tie = true;
            }
        }
        if (best == null || tie || (under.size() > 1 && unspecifiedWords(best) == 0)) {
            return Optional.empty();
        }
        return Optional.of(best);
    }

    /** Of codes with a 7th character, those with the default one: A (initial encounter), else 0. */
    private static List<CodeSet.Code> defaultExtension(List<CodeSet.Code> codes) {
        for (char extension : new char[] {'A', '0'}) {
            List<CodeSet.Code> withIt = codes.stream()
                    .filter(c -> undotted(c.code()).length() == 7 && undotted(c.code()).charAt(6) == extension).toList();
            if (!withIt.isEmpty()) {
                List<CodeSet.Code> shorter = codes.stream().filter(c -> undotted(c.code()).length() < 7).toList();
                return java.util.stream.Stream.concat(shorter.stream(), withIt.stream()).toList();
            }
        }
        return codes;
    }

    /** Positive when {@code a} is the better stand-in: more unspecified, closer, then a final 9, then 0. */
    private static int compare(CodeSet.Code a, CodeSet.Code b) {
        int order = Integer.compare(unspecifiedWords(a), unspecifiedWords(b));
        if (order == 0) {
            order = Integer.compare(significantLength(b), significantLength(a));
        }
        if (order == 0) {
            order = Integer.compare(finalRank(a), finalRank(b));
        }
        return order;
    }

    private static int unspecifiedWords(CodeSet.Code code) {
        String title = code.title().toLowerCase(Locale.ROOT);
        int count = 0;
        for (int i = title.indexOf("unspecified"); i >= 0; i = title.indexOf("unspecified", i + 1)) {
            count++;
        }
        return count;
    }

    /** The code without its 7th character and placeholder X's: how deep in the hierarchy it is. */
    private static String significant(CodeSet.Code code) {
        String key = undotted(code.code());
        if (key.length() == 7) {
            key = key.substring(0, 6);
        }
        while (key.length() > 3 && key.endsWith("X")) {
            key = key.substring(0, key.length() - 1);
        }
        return key;
    }

    private static int significantLength(CodeSet.Code code) {
        return significant(code).length();
    }

    /** ICD-10-CM puts "unspecified" at a final 9 (R05.9) and sometimes 0 (M54.50). */
    private static int finalRank(CodeSet.Code code) {
        String key = significant(code);
        char last = key.charAt(key.length() - 1);
        return last == '9' ? 2 : last == '0' ? 1 : 0;
    }

    private static String undotted(String code) {
        return code.replace(".", "").trim().toUpperCase(Locale.ROOT);
    }
}
