package org.chartcoder.engine.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a term (a code title, an inclusion term, a lexicon phrase) or a chart token into matching
 * words: splits on hyphens, slashes and punctuation, expands abbreviations, drops filler and
 * normalises each word. Words in parentheses and words after "without" in a term are optional
 * (the classification's nonessential modifiers and default absences), so "Type 2 diabetes mellitus
 * without complications" is reached by "type 2 diabetes". Thread-safe once built.
 */
public final class PhraseAnalyzer {

    /** Chart vocabularies are open-ended: past this many distinct words, normalise without caching. */
    private static final int CACHE_LIMIT = 200_000;
    /** Prefixed to a word written in capitals so that normalisation leaves it unstemmed. */
    private static final String ACRONYM_MARK = "\u0001";
    private static final int ACRONYM_LENGTH = 5;

    private final WordNormalizer normalizer = new WordNormalizer();
    private final Map<String, String> normalCache = new ConcurrentHashMap<>();
    private final Map<String, List<String>> anyCaseAbbreviations;
    private final Map<String, List<String>> capitalAbbreviations;

    /**
     * @param anyCaseAbbreviations lower-case abbreviation to expansion words, expanded however written
     * @param capitalAbbreviations lower-case abbreviation to expansion words, expanded only when written
     *                             in capitals (PE, MS: ordinary words in lower case)
     */
    public PhraseAnalyzer(Map<String, List<String>> anyCaseAbbreviations, Map<String, List<String>> capitalAbbreviations) {
        this.anyCaseAbbreviations = Map.copyOf(anyCaseAbbreviations);
        this.capitalAbbreviations = Map.copyOf(capitalAbbreviations);
    }

    /** The words of a term: required ones in order, and optional ones. */
    public record AnalyzedTerm(List<String> required, Set<String> optional) {
    }

    public AnalyzedTerm analyzeTerm(String term) {
        List<String> required = new ArrayList<>();
        Set<String> optional = new LinkedHashSet<>();
        int parenthesisDepth = 0;
        boolean afterWithout = false;
        int i = 0;
        int n = term.length();
        while (i < n) {
            char c = term.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < n && Character.isLetterOrDigit(term.charAt(i))) {
                    i++;
                }
                String raw = term.substring(start, i);
                String lower = WordNormalizer.lower(raw);
                if (lower.equals("without")) {
                    afterWithout = true;
                    continue;
                }
                boolean isOptional = parenthesisDepth > 0 || afterWithout;
                for (String word : expand(raw, lower)) {
                    if (!ignored(word)) {
                        String normal = normalize(word);
                        if (isOptional) {
                            optional.add(normal);
                        } else if (!required.contains(normal)) {
                            required.add(normal);
                        }
                    }
                }
                continue;
            }
            if (c == '(' || c == '[') {
                parenthesisDepth++;
            } else if ((c == ')' || c == ']') && parenthesisDepth > 0) {
                parenthesisDepth--;
            } else if (c == ',' || c == ';' || c == ':') {
                afterWithout = false;
            }
            i++;
        }
        optional.removeAll(required);
        return new AnalyzedTerm(List.copyOf(required), optional);
    }

    /**
     * Matching words of one chart token, grouped by the written word they come from: an abbreviation
     * gives a group of several words (T2DM: type, 2, diabetes); empty groups are left out.
     */
    public List<List<String>> analyzeToken(String token) {
        List<List<String>> groups = new ArrayList<>(1);
        int i = 0;
        int n = token.length();
        while (i < n) {
            if (!Character.isLetterOrDigit(token.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(token.charAt(i))) {
                i++;
            }
            String raw = token.substring(start, i);
            List<String> words = new ArrayList<>(1);
            for (String word : expand(raw, WordNormalizer.lower(raw))) {
                if (!ignored(word)) {
                    words.add(normalize(word));
                }
            }
            if (!words.isEmpty()) {
                groups.add(words);
            }
        }
        return groups;
    }

    private boolean ignored(String word) {
        return normalizer.ignored(word.startsWith(ACRONYM_MARK) ? word.substring(1) : word);
    }

    private String normalize(String lowerWord) {
        if (lowerWord.startsWith(ACRONYM_MARK)) {
            return lowerWord.substring(1);
        }
        String normal = normalCache.get(lowerWord);
        if (normal == null) {
            normal = normalizer.normalize(lowerWord);
            if (normalCache.size() < CACHE_LIMIT) {
                normalCache.put(lowerWord, normal);
            }
        }
        return normal;
    }

    private List<String> expand(String raw, String lower) {
        List<String> expansion = anyCaseAbbreviations.get(lower);
        if (expansion == null && isCapitalised(raw)) {
            expansion = capitalAbbreviations.get(lower);
        }
        if (expansion != null) {
            return expansion;
        }
        // Acronyms are not stemmed: PRES must not become "pre", the prefix of "pre-operative".
        return List.of(isCapitalised(raw) && raw.length() <= ACRONYM_LENGTH ? ACRONYM_MARK + lower : lower);
    }

    private static boolean isCapitalised(String raw) {
        int letters = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }
}
