package org.chartcoder.engine.context;

import java.util.List;
import java.util.Set;

/** Word tests that the classifier's scopes and its date reading share. */
final class Words {

    /** What may follow an adverb that closes its clause ("" for punctuation or the sentence's end). */
    static final Set<String> CLAUSE_ENDS = Set.of("", "and", "so", "but");
    static final Set<String> ARTICLES = Set.of("a", "an", "the");

    private Words() {
    }

    static String wordAt(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() && tokens.get(i).isWord() ? tokens.get(i).norm() : "";
    }

    /** A whole number of at most three digits: an age in years, months or days ("at age 28", "at 6 months old"). */
    static boolean isAge(String word) {
        return !word.isEmpty() && word.length() <= 3 && word.chars().allMatch(Character::isDigit);
    }
}
