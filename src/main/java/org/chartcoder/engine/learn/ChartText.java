package org.chartcoder.engine.learn;

import java.util.Arrays;
import java.util.Locale;

/**
 * A chart's text as the reranker reads it beside the rule engine's mentions: its sentences (a line, or
 * up to a full stop and a space), which of them state a diagnosis, and how often it says a word. All of
 * it is found in a few passes over the chart, since the reranker asks of every mention and candidate.
 */
final class ChartText {

    /** Word starts that make a sentence state a diagnosis, which coders code more surely than a passing finding. */
    private static final String[] DIAGNOSIS_CUES = {"diagnos", "compatible with", "consistent with", "confirm",
            "suggestive of", "impression"};

    private final String lower;
    /** Where each sentence ends (exclusive), ascending; the last is the text's end. */
    private final int[] ends;
    private final boolean[] statesDiagnosis;

    ChartText(String text) {
        this.lower = text.toLowerCase(Locale.ROOT);
        int[] found = new int[16];
        int count = 0;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '\n' || c == '.' && i + 1 < lower.length() && lower.charAt(i + 1) == ' ') {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i;
            }
        }
        this.ends = Arrays.copyOf(found, count + 1);
        ends[count] = lower.length();
        this.statesDiagnosis = new boolean[ends.length];
        for (String cue : DIAGNOSIS_CUES) {
            for (int at = wordAt(cue, 0); at >= 0; at = wordAt(cue, at + 1)) {
                statesDiagnosis[sentenceOf(at)] = true;
            }
        }
    }

    /** Whether {@code offset} lies in the chart's first sentence. */
    boolean inFirstSentence(int offset) {
        return offset < ends[0];
    }

    /** Whether the sentence {@code offset} lies in states a diagnosis ("was diagnosed with", "consistent with"). */
    boolean inDiagnosisSentence(int offset) {
        return statesDiagnosis[sentenceOf(offset)];
    }

    /** How many times the chart has {@code word} (lower case) as a whole word. */
    int occurrences(String word) {
        int count = 0;
        for (int at = wordAt(word, 0); at >= 0; at = wordAt(word, at + 1)) {
            if (!isWordChar(at + word.length())) {
                count++;
            }
        }
        return count;
    }

    /** Where {@code word} next starts a word at or after {@code from}; -1 if nowhere. */
    private int wordAt(String word, int from) {
        for (int at = lower.indexOf(word, from); at >= 0; at = lower.indexOf(word, at + 1)) {
            if (!isWordChar(at - 1)) {
                return at;
            }
        }
        return -1;
    }

    private boolean isWordChar(int i) {
        return i >= 0 && i < lower.length() && Character.isLetterOrDigit(lower.charAt(i));
    }

    private int sentenceOf(int offset) {
        int at = Arrays.binarySearch(ends, offset);
        return Math.min(at >= 0 ? at : -at - 1, ends.length - 1);
    }
}
