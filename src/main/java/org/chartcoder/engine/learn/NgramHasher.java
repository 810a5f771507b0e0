package org.chartcoder.engine.learn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.chartcoder.engine.CodingResult;
import org.chartcoder.engine.codeset.CodeSet;

/**
 * Turns chart text into counts of hashed word unigrams and bigrams. Hashing keeps chart words out
 * of the model file: it stores bucket numbers, never the n-grams themselves.
 *
 * <p>Words are lower-cased and lightly stemmed (plural s); function words are skipped, so bigrams
 * join neighbouring content words ("pain in the abdomen" gives "pain abdomen"). Words within a few
 * words after a negation trigger ("no", "without", "denies", ...) hash apart from their affirmed
 * form, so "no fever" does not count as evidence of fever.
 */
final class NgramHasher {

    static final int DIMENSION_BITS = 20;
    static final int DIMENSION = 1 << DIMENSION_BITS;

    private static final int NEGATION_SCOPE_WORDS = 5;
    private static final long NEGATED = 0x9E3779B97F4A7C15L;
    private static final long BIGRAM = 0xC2B2AE3D27D4EB4FL;

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "the", "of", "and", "in", "on", "at", "to", "for", "by", "with", "from", "as", "or",
            "is", "was", "were", "be", "been", "are", "it", "its", "that", "which", "this", "these", "those",
            "he", "she", "his", "her", "him", "they", "their", "we", "our", "who", "whom", "there", "also",
            "had", "has", "have", "after", "during", "due", "into", "than", "then", "so", "such", "being");

    private static final Set<String> NEGATION_TRIGGERS = Set.of(
            "no", "not", "without", "denie", "denied", "deny", "negative", "nor", "absence", "neither");

    /** Words of code titles that say nothing about the chart ("unspecified", "initial encounter"). */
    private static final Set<String> TITLE_FILLERS = Set.of("unspecified", "other", "specified", "site", "type",
            "elsewhere", "classified", "initial", "encounter", "subsequent", "sequela", "part", "region", "unsp");

    /** Traits of mentions that do not say the patient has the condition. */
    static final Set<String> NOT_ASSERTED = Set.of("NEGATION", "HYPOTHETICAL", "PERTAINS_TO_FAMILY");

    private static final Set<String> SCOPE_ENDS = Set.of("but", "however", "although", "except", "which", "who");

    private NgramHasher() {
    }

    /** Raw counts of hashed n-grams of the text. */
    static SparseVector counts(String text) {
        int capacity = Math.max(16, text.length() / 2);
        int[] indices = new int[capacity];
        float[] values = new float[capacity];
        int n = 0;
        long previous = 0;
        boolean hasPrevious = false;
        int negatedWordsLeft = 0;
        StringBuilder word = new StringBuilder(24);
        int length = text.length();
        for (int i = 0; i <= length; i++) {
            char c = i < length ? text.charAt(i) : '.';
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
                continue;
            }
            if (word.length() > 0) {
                String token = stem(word);
                word.setLength(0);
                if (NEGATION_TRIGGERS.contains(token)) {
                    negatedWordsLeft = NEGATION_SCOPE_WORDS;
                    hasPrevious = false;
                } else if (SCOPE_ENDS.contains(token)) {
                    negatedWordsLeft = 0;
                    hasPrevious = false;
                } else if (!FUNCTION_WORDS.contains(token)) {
                    long hash = hash(token);
                    if (negatedWordsLeft > 0) {
                        hash ^= NEGATED;
                        negatedWordsLeft--;
                    }
                    if (n + 2 > capacity) {
                        capacity *= 2;
                        indices = java.util.Arrays.copyOf(indices, capacity);
                        values = java.util.Arrays.copyOf(values, capacity);
                    }
                    indices[n] = bucket(hash);
                    values[n++] = 1;
                    if (hasPrevious) {
                        indices[n] = bucket(mix(previous * 31 + hash + BIGRAM));
                        values[n++] = 1;
                    }
                    previous = hash;
                    hasPrevious = true;
                }
            }
            if (c == '.' || c == ';' || c == ':' || c == '\n' || c == '(' || c == ')') {
                negatedWordsLeft = 0;
                hasPrevious = false;
            }
        }
        return SparseVector.fromPairs(indices, values, n);
    }

    /**
     * The chart's n-gram counts with a term for each code, and each category, the rule engine found
     * an asserted mention of: the classifiers and neighbours then also read the chart as concepts, so
     * that two phrasings of one condition count as the same evidence.
     */
    static SparseVector counts(String text, CodingResult engineResult) {
        SparseVector words = counts(text);
        List<Integer> terms = new ArrayList<>();
        for (CodingResult.Entity entity : engineResult.entities()) {
            if (entity.icd10cmConcepts().isEmpty()
                    || entity.traits().stream().anyMatch(t -> NOT_ASSERTED.contains(t.name()))) {
                continue;
            }
            String code = CodeEvidence.key(entity.icd10cmConcepts().get(0).code());
            terms.add(bucket(hash("\u0001code " + code)));
            terms.add(bucket(hash("\u0001category " + CodeSet.category(code))));
        }
        int n = words.size() + terms.size();
        int[] indices = Arrays.copyOf(words.indices(), n);
        float[] values = Arrays.copyOf(words.values(), n);
        for (int i = 0; i < terms.size(); i++) {
            indices[words.size() + i] = terms.get(i);
            values[words.size() + i] = 1;
        }
        return SparseVector.fromPairs(indices, values, n);
    }

    /** Buckets of a code title's content words, as {@link #counts(String)} hashes them, fillers left out. */
    static int[] titleWords(String title) {
        return Arrays.stream(title.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
                .filter(w -> !w.isEmpty()).map(NgramHasher::stem)
                .filter(w -> !FUNCTION_WORDS.contains(w) && !NEGATION_TRIGGERS.contains(w) && !TITLE_FILLERS.contains(w))
                .mapToInt(w -> bucket(hash(w))).distinct().toArray();
    }

    private static String stem(CharSequence word) {
        int len = word.length();
        if (len > 3 && word.charAt(len - 1) == 's') {
            char before = word.charAt(len - 2);
            if (before != 's' && before != 'u' && before != 'i') {
                return word.subSequence(0, len - 1).toString();
            }
        }
        return word.toString();
    }

    private static long hash(String token) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < token.length(); i++) {
            h ^= token.charAt(i);
            h *= 0x100000001B3L;
        }
        return mix(h);
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h;
    }

    private static int bucket(long hash) {
        return (int) (hash >>> (64 - DIMENSION_BITS));
    }
}
