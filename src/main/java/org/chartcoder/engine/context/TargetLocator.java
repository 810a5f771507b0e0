package org.chartcoder.engine.context;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds a target phrase in a sentence when only its text is known: exactly (ignoring case), then
 * ignoring spacing and punctuation ("chest-pain" for "chest pain"), then by the best run of shared
 * word stems ("fevers" for "fever", "pain in the chest" for "chest pain").
 */
public final class TargetLocator {

    /** Where the target was found, as character offsets in the sentence. */
    public record Span(int begin, int end) {
    }

    /** Words too common to place a target by. */
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "of", "in", "on", "at", "to", "and", "or", "with", "for", "by", "is", "was");

    private TargetLocator() {
    }

    /** The span of {@code target} in {@code sentence}, or {@code null} when no word of it is there. */
    public static Span locate(String sentence, String target) {
        String phrase = target.strip();
        if (phrase.isEmpty()) {
            return null;
        }
        Span span = exact(sentence, phrase, true);
        if (span == null) {
            span = ignoringPunctuation(sentence, phrase);
        }
        if (span == null) {
            span = byWordStems(sentence, phrase);
        }
        // Inside a longer word last: "tender" in "nontender".
        return span != null ? span : exact(sentence, phrase, false);
    }

    private static Span exact(String sentence, String phrase, boolean wholeWords) {
        String haystack = sentence.toLowerCase(Locale.ROOT);
        String needle = phrase.toLowerCase(Locale.ROOT);
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            Span span = new Span(at, at + needle.length());
            if (!wholeWords || onWordBoundaries(sentence, span)) {
                return span;
            }
        }
        return null;
    }

    private static boolean onWordBoundaries(String text, Span span) {
        boolean startOk = span.begin() == 0 || !Character.isLetterOrDigit(text.charAt(span.begin() - 1));
        boolean endOk = span.end() == text.length() || !Character.isLetterOrDigit(text.charAt(span.end()));
        return startOk && endOk;
    }

    /** Compares letters and digits only, mapping a whole-word match back to sentence offsets. */
    private static Span ignoringPunctuation(String sentence, String phrase) {
        StringBuilder squeezed = new StringBuilder(sentence.length());
        int[] offsets = new int[sentence.length()];
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                offsets[squeezed.length()] = i;
                squeezed.append(Character.toLowerCase(c));
            }
        }
        StringBuilder needle = new StringBuilder();
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                needle.append(Character.toLowerCase(c));
            }
        }
        if (needle.length() == 0) {
            return null;
        }
        for (int at = squeezed.indexOf(needle.toString()); at >= 0; at = squeezed.indexOf(needle.toString(), at + 1)) {
            Span span = new Span(offsets[at], offsets[at + needle.length() - 1] + 1);
            if (onWordBoundaries(sentence, span)) {
                return span;
            }
        }
        return null;
    }

    /**
     * The shortest stretch of sentence words holding the most target words, compared by stem; a
     * stretch may be at most twice the target's length plus two words.
     */
    private static Span byWordStems(String sentence, String phrase) {
        List<Token> words = words(sentence);
        List<String> targetStems = new ArrayList<>();
        for (Token token : words(phrase)) {
            targetStems.add(stem(token.norm()));
        }
        int maxLength = 2 * targetStems.size() + 2;
        Span best = null;
        int bestHits = 0;
        int bestLength = Integer.MAX_VALUE;
        for (int i = 0; i < words.size(); i++) {
            if (!targetStems.contains(stem(words.get(i).norm()))) {
                continue;
            }
            List<String> unmatched = new ArrayList<>(targetStems);
            int hits = 0;
            for (int j = i; j < words.size() && j - i < maxLength; j++) {
                if (unmatched.remove(stem(words.get(j).norm()))) {
                    hits++;
                    int length = j - i + 1;
                    if (hits > bestHits || hits == bestHits && length < bestLength) {
                        best = new Span(words.get(i).begin(), words.get(j).end());
                        bestHits = hits;
                        bestLength = length;
                    }
                }
            }
        }
        return best;
    }

    private static List<Token> words(String text) {
        List<Token> words = new ArrayList<>();
        for (Token token : Tokenizer.tokenize(text)) {
            if (token.isWord() && !STOP_WORDS.contains(token.norm())) {
                words.add(token);
            }
        }
        return words;
    }

    /** A crude stem: enough to meet "fevers"/"fever", "infiltrates"/"infiltrate", "effusions"/"effusion". */
    static String stem(String word) {
        String w = word;
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 4 && (w.endsWith("es") && !w.endsWith("ses"))) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("is") && !w.endsWith("us")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }
}
