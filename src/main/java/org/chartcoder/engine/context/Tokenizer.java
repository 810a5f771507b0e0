package org.chartcoder.engine.context;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sentence into lower-case tokens with offsets. Deliberately simple and allocation-light:
 * triggers and sentences go through the same code, so a trigger written "pain-free" matches the
 * text "pain - free" and "r/o" stays one token.
 */
final class Tokenizer {

    private static final Pattern TOKEN = Pattern.compile(
            "(?:[A-Za-z]\\.){2,}"                        // dotted abbreviations: p.r.n., b.i.d.
            + "|[A-Za-z]{1,2}/[A-Za-z]{1,2}(?![A-Za-z0-9])" // r/o, h/o, s/p, w/o, c/o
            + "|\\d+(?:\\.\\d+)?"                         // numbers, decimals stay whole
            + "|[A-Za-z0-9]+(?:['\u2019][A-Za-z]+)*"      // words, possessives, contractions
            + "|\\S");                                    // any other character alone

    /** Words before which a lone period is an abbreviation or list number, not a sentence end. */
    private static final Pattern NOT_A_SENTENCE_END = Pattern.compile(
            "\\d+|[a-z]|dr|mr|mrs|ms|st|vs|no|approx|pt|pts|yr|yrs|hx|dx|tx|sx|fx");

    private Tokenizer() {
    }

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            String raw = matcher.group();
            int begin = matcher.start();
            int end = matcher.end();
            char first = raw.charAt(0);
            if (Character.isLetterOrDigit(first)) {
                addWord(tokens, raw, begin, end);
            } else {
                tokens.add(new Token(raw, begin, end, punctuationType(text, tokens, raw, end)));
            }
        }
        return tokens;
    }

    private static void addWord(List<Token> tokens, String raw, int begin, int end) {
        String norm = raw.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (norm.indexOf('.') >= 0) {
            tokens.add(new Token(norm.replace(".", ""), begin, end, Token.Type.WORD));
        } else if (norm.endsWith("n't") && norm.length() > 3) {
            // "doesn't" -> "does" "not", "can't" -> "can" "not", "won't" -> "will" "not"
            String stem = norm.substring(0, norm.length() - 3);
            stem = switch (stem) {
                case "ca" -> "can";
                case "wo" -> "will";
                default -> stem;
            };
            int split = end - 3;
            tokens.add(new Token(stem, begin, split, Token.Type.WORD));
            tokens.add(new Token("not", split, end, Token.Type.WORD));
        } else if (norm.equals("cannot")) {
            tokens.add(new Token("can", begin, begin + 3, Token.Type.WORD));
            tokens.add(new Token("not", begin + 3, end, Token.Type.WORD));
        } else {
            tokens.add(new Token(norm, begin, end, Token.Type.WORD));
        }
    }

    private static Token.Type punctuationType(String text, List<Token> previous, String raw, int end) {
        switch (raw) {
            case ";", "?", "!":
                return Token.Type.BOUNDARY;
            case ":":
                return Token.Type.COLON;
            case ".":
                return endsSentence(text, previous, end) ? Token.Type.BOUNDARY : Token.Type.PUNCTUATION;
            default:
                return Token.Type.PUNCTUATION;
        }
    }

    /** A period ends a sentence when it closes the text or precedes a capital, unless it closes "Dr" or "1". */
    private static boolean endsSentence(String text, List<Token> previous, int end) {
        if (!previous.isEmpty()) {
            Token before = previous.get(previous.size() - 1);
            if (before.end() == end - 1 && NOT_A_SENTENCE_END.matcher(before.norm()).matches()) {
                return false;
            }
        }
        int next = end;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        return next == text.length() || (next > end && !Character.isLowerCase(text.charAt(next)));
    }
}
