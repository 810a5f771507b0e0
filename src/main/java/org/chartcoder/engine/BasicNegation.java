package org.chartcoder.engine;

import org.chartcoder.engine.text.ChartTokenizer.Token;
import org.chartcoder.engine.text.WordNormalizer;

import java.util.List;
import java.util.Set;

/** Minimal NegEx-style cues: a negation word shortly before a mention, within its clause. */
final class BasicNegation {

    private static final int SCOPE = 6;
    private static final Set<String> TRIGGERS = Set.of("no", "not", "without", "denies", "denied", "deny", "negative",
            "absence", "absent", "neither", "nor", "never", "free");
    private static final Set<String> SCOPE_ENDS = Set.of("but", "however", "although", "though", "except", "which",
            "who", "whose", "yet", ";", ":", ".");

    boolean negated(List<Token> sentence, int firstToken) {
        for (int i = firstToken - 1; i >= 0 && i >= firstToken - SCOPE; i--) {
            String word = WordNormalizer.lower(sentence.get(i).text());
            if (SCOPE_ENDS.contains(word)) {
                return false;
            }
            if (TRIGGERS.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
