package org.chartcoder.engine.context;

import java.util.List;

/**
 * One token of a sentence: {@code norm} is the lower-case form triggers are matched against,
 * {@code begin}/{@code end} are character offsets in the sentence, and {@code capitalized} says that
 * the word was written with a capital and then lower case ("Sofia", "Leo's"), as a name is.
 */
record Token(String norm, int begin, int end, Type type, boolean capitalized) {

    Token(String norm, int begin, int end, Type type) {
        this(norm, begin, end, type, false);
    }

    enum Type {
        WORD,
        /** Punctuation that does not end a clause: commas, hyphens, slashes, brackets, a query mark ("?HIT"). */
        PUNCTUATION,
        /** A colon: ends a scope unless it stands right next to the trigger ("Negative for: fever"). */
        COLON,
        /** Ends every scope: sentence-final punctuation and semicolons. */
        BOUNDARY
    }

    boolean isWord() {
        return type == Type.WORD;
    }

    /** Whether token {@code i} is the first of its sentence: the first of all, or the first after a boundary. */
    static boolean opensASentence(List<Token> tokens, int i) {
        return i == 0 || tokens.get(i - 1).type() == Type.BOUNDARY;
    }
}
