package org.chartcoder.engine.context;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Splits a sentence into lower-case tokens with offsets. Deliberately simple and allocation-light:
 * triggers and sentences go through the same code, so a trigger written "pain-free" matches the
 * text "pain - free" and "r/o" stays one token.
 */
final class Tokenizer {

    /** Words before which a lone period is an abbreviation, not a sentence end. */
    private static final Pattern NOT_A_SENTENCE_END = Pattern.compile(
            "[a-z]|dr|mr|mrs|ms|st|vs|approx|pt|pts|yr|yrs|hx|dx|tx|sx|fx");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private Tokenizer() {
    }

    /**
     * Tokens are: dotted abbreviations ("p.r.n."), short slashed abbreviations ("r/o", "s/p"),
     * numbers with their decimals, words with their apostrophes ("patient's", "doesn't"), and any
     * other non-space character alone. Hand-written rather than a regex: the lexicon tokenizes tens
     * of thousands of phrases at start-up.
     */
    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int end;
            if (Character.isDigit(c)) {
                end = numberEnd(text, i);
            } else if (Character.isLetter(c)) {
                end = dottedAbbreviationEnd(text, i);
                if (end < 0) {
                    end = slashedAbbreviationEnd(text, i);
                }
                if (end < 0) {
                    end = wordEnd(text, i);
                }
            } else {
                tokens.add(new Token(String.valueOf(c), i, i + 1, punctuationType(text, tokens, c, i + 1)));
                i++;
                continue;
            }
            addWord(tokens, text.substring(i, end), i, end);
            i = end;
        }
        return tokens;
    }

    private static int numberEnd(String text, int start) {
        int end = digitsEnd(text, start);
        if (end + 1 < text.length() && text.charAt(end) == '.' && Character.isDigit(text.charAt(end + 1))) {
            return digitsEnd(text, end + 1);
        }
        return ordinalSuffixEnd(text, end);
    }

    /** "7th" is one word, so a window counts "7th and 8th rib" as the four words it reads as. */
    private static int ordinalSuffixEnd(String text, int digitsEnd) {
        int end = lettersEnd(text, digitsEnd);
        if (end - digitsEnd != 2) {
            return digitsEnd;
        }
        String suffix = text.substring(digitsEnd, end).toLowerCase(Locale.ROOT);
        return switch (suffix) {
            case "st", "nd", "rd", "th" -> end;
            default -> digitsEnd;
        };
    }

    /** The end of the run of characters from {@code start} that satisfy {@code kind}. */
    private static int runEnd(String text, int start, IntPredicate kind) {
        int end = start;
        while (end < text.length() && kind.test(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static int digitsEnd(String text, int start) {
        return runEnd(text, start, Character::isDigit);
    }

    /** "p.r.n." or "e.g.": two or more single letters each followed by a period; -1 otherwise. */
    private static int dottedAbbreviationEnd(String text, int start) {
        int end = start;
        int letters = 0;
        while (end + 1 < text.length() && Character.isLetter(text.charAt(end)) && text.charAt(end + 1) == '.') {
            end += 2;
            letters++;
        }
        return letters >= 2 ? end : -1;
    }

    /** "r/o", "s/p", "h/o": one or two letters, a slash, one or two letters; -1 otherwise. */
    private static int slashedAbbreviationEnd(String text, int start) {
        int slash = lettersEnd(text, start);
        if (slash - start > 2 || slash >= text.length() || text.charAt(slash) != '/') {
            return -1;
        }
        int end = lettersEnd(text, slash + 1);
        boolean alone = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
        return end - slash - 1 >= 1 && end - slash - 1 <= 2 && alone ? end : -1;
    }

    private static int lettersEnd(String text, int start) {
        return runEnd(text, start, Character::isLetter);
    }

    /** Letters and digits, then any run of an apostrophe followed by letters ("patient's"). */
    private static int wordEnd(String text, int start) {
        int end = runEnd(text, start, Character::isLetterOrDigit);
        while (end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019')
                && Character.isLetter(text.charAt(end + 1))) {
            end = lettersEnd(text, end + 1);
        }
        return end;
    }

    private static void addWord(List<Token> tokens, String raw, int begin, int end) {
        String norm = raw.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (norm.indexOf('.') >= 0 && Character.isLetter(norm.charAt(0))) {
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
            tokens.add(new Token(norm, begin, end, Token.Type.WORD, isCapitalized(raw)));
        }
    }

    /** "Sofia", "Leo's": a capital, then lower case only (not "BRCA", not "iPad"). */
    private static boolean isCapitalized(String raw) {
        return raw.length() > 1 && Character.isUpperCase(raw.charAt(0))
                && raw.chars().skip(1).noneMatch(Character::isUpperCase);
    }

    private static Token.Type punctuationType(String text, List<Token> previous, char c, int end) {
        switch (c) {
            case '?':
                return isQueryMark(text, end) ? Token.Type.PUNCTUATION : Token.Type.BOUNDARY;
            case ';', '!':
                return Token.Type.BOUNDARY;
            case ':':
                return Token.Type.COLON;
            case '.':
                return endsSentence(text, previous, end) ? Token.Type.BOUNDARY : Token.Type.PUNCTUATION;
            default:
                return Token.Type.PUNCTUATION;
        }
    }

    /** The last token opens the text or follows a sentence end, a semicolon or a colon. */
    static boolean opensClause(List<Token> previous) {
        if (previous.size() == 1) {
            return true;
        }
        Token.Type before = previous.get(previous.size() - 2).type();
        return before == Token.Type.BOUNDARY || before == Token.Type.COLON;
    }

    /**
     * "Brother with ?bipolar disorder", "MGF - ? hemochromatosis": a question mark apart from the
     * previous word and followed by another queries what follows; it does not end the sentence.
     */
    private static boolean isQueryMark(String text, int end) {
        int next = end;
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        boolean beforeAWord = next < text.length() && Character.isLetterOrDigit(text.charAt(next));
        boolean apartFromPrevious = end == 1 || !Character.isLetterOrDigit(text.charAt(end - 2));
        return beforeAWord && apartFromPrevious;
    }

    /**
     * A period ends a sentence when it closes the text or precedes a capital, unless it closes "Dr" or
     * a list number that opens the text or a clause ("1. Chest pain"). A number inside a clause ends it
     * there, as the next item's number does: "1. Chest pain, r/o ACS 2. Hypertensive urgency".
     */
    private static boolean endsSentence(String text, List<Token> previous, int end) {
        if (!previous.isEmpty()) {
            Token before = previous.get(previous.size() - 1);
            if (before.end() == end - 1 && (NOT_A_SENTENCE_END.matcher(before.norm()).matches()
                    || NUMBER.matcher(before.norm()).matches() && opensClause(previous))) {
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
