package org.chartcoder.engine.context;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The trigger lexicon: phrases that open a context scope (triggers), phrases that look like triggers
 * but are not (pseudo-triggers, which simply hide what they cover), and phrases that close a scope
 * (terminations). Held as a token trie so a sentence is scanned once, longest match first.
 *
 * <p>File format, one entry a line, tab separated, {@code #} starts a comment:
 * <pre>
 * phrase   TRIGGER     NEGATION[,FAMILY...]   forward|backward|both   [window | forward/backward]
 * phrase   PSEUDO
 * phrase   TERMINATE   NEGATION,...|ALL        forward|both
 * @NAME    alt one|alt two|...                  (a macro, used as @NAME inside phrases and later macros)
 * %window  NEGATION    forward|backward        N   (default window of a category and direction)
 * </pre>
 * A phrase may hold groups {@code (a|b|)}; an empty alternative makes the group optional; a
 * backslash makes the next character literal ({@code \(-\)}); a lone {@code #} stands for any number
 * ("previously # mm"), and a lone {@code *} for any one word of a name, not one of the macro
 * {@code @FUNCTION_WORDS} such as "to" or "for" ("call (*|) (*|) for" reads "call the sleep clinic
 * for"); a phrase cannot open with either. A phrase that opens with a lone {@code ^} matches only where
 * a sentence starts ("^ report" reads an instruction, "Report new hearing loss", not "the report").
 * Windows count the words allowed between trigger and target.
 * Errors name the file and line.
 */
final class TriggerLexicon {

    enum Kind { TRIGGER, PSEUDO, TERMINATE }

    /**
     * What a matched phrase does, one for every phrase of its line. {@code forward}/{@code backward}:
     * for terminations, which scopes it closes.
     */
    record Entry(Kind kind, Set<Assertion> categories, boolean forward, boolean backward,
                 int forwardWindow, int backwardWindow) {
    }

    /** An entry found in a sentence, covering tokens {@code [first, last]}. */
    record Match(Entry entry, int first, int last) {
        boolean covers(int token) {
            return token >= first && token <= last;
        }
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The phrase word that matches any number in a sentence. */
    private static final String ANY_NUMBER = "#";
    /** The phrase word that matches any one word that is not a function word. */
    private static final String ANY_WORD = "*";
    /** The phrase word, first of its phrase, that matches where a sentence starts, before its first token. */
    private static final String SENTENCE_START = "^";
    /** The macro of the words a {@code *} never stands for: they join or start clauses, so a name does not run through them. */
    private static final String FUNCTION_WORDS_MACRO = "FUNCTION_WORDS";
    private static final Pattern MACRO = Pattern.compile("@([A-Z_]+)");

    /**
     * A trie node. Optional groups expand a line into up to hundreds of thousands of phrases, so most
     * nodes have one child: children sit in two small arrays, and in a map only once there are many.
     */
    private static final class Node {
        private static final int SCANNED_CHILDREN = 8;
        private String[] words = {};
        private Node[] children = {};
        private Map<String, Node> index;
        Entry entry;

        Node child(String word) {
            if (index != null) {
                return index.get(word);
            }
            for (int i = 0; i < words.length; i++) {
                if (words[i].equals(word)) {
                    return children[i];
                }
            }
            return null;
        }

        Node childOrNew(String word) {
            Node child = child(word);
            if (child != null) {
                return child;
            }
            child = new Node();
            if (index != null) {
                index.put(word, child);
            } else if (words.length < SCANNED_CHILDREN) {
                words = Arrays.copyOf(words, words.length + 1);
                children = Arrays.copyOf(children, children.length + 1);
                words[words.length - 1] = word;
                children[children.length - 1] = child;
            } else {
                index = new HashMap<>();
                for (int i = 0; i < words.length; i++) {
                    index.put(words[i], children[i]);
                }
                index.put(word, child);
                words = null;
                children = null;
            }
            return child;
        }
    }

    /**
     * Reads the words of a lexicon's phrases while it loads. Each space-separated chunk is tokenized
     * once, since a line's many phrases repeat the same chunks and no token spans a space; each word
     * is held once, so the trie's nodes share it.
     */
    private static final class PhraseWords {
        private final Map<String, String> vocabulary = new HashMap<>();
        private final Map<String, List<String>> chunkWords = new HashMap<>();

        List<String> of(String phrase) {
            List<String> words = new ArrayList<>();
            int length = phrase.length();
            int start = 0;
            while (start < length) {
                if (Character.isWhitespace(phrase.charAt(start))) {
                    start++;
                    continue;
                }
                int end = start;
                while (end < length && !Character.isWhitespace(phrase.charAt(end))) {
                    end++;
                }
                words.addAll(chunkWords.computeIfAbsent(phrase.substring(start, end), this::tokenize));
                start = end;
            }
            return words;
        }

        private List<String> tokenize(String chunk) {
            List<String> words = new ArrayList<>();
            for (Token token : Tokenizer.tokenize(chunk)) {
                words.add(vocabulary.computeIfAbsent(token.norm(), word -> word));
            }
            return words;
        }
    }

    private final Node root = new Node();
    /** The phrases that open with {@link #SENTENCE_START}, without it. */
    private final Node sentenceStart = new Node();
    private final Map<String, Set<String>> macroWords = new HashMap<>();
    private Set<String> functionWords = Set.of();
    private int size;

    private TriggerLexicon() {
    }

    int size() {
        return size;
    }

    /** The phrases a macro stands for, lower case; empty when the lexicon has no such macro. */
    Set<String> macroWords(String name) {
        return macroWords.getOrDefault(name, Set.of());
    }

    static TriggerLexicon load(InputStream in, String sourceName) {
        TriggerLexicon lexicon = new TriggerLexicon();
        Map<String, String> macros = new HashMap<>();
        Map<Assertion, int[]> defaultWindows = new EnumMap<>(Assertion.class);
        List<String[]> pending = new ArrayList<>();
        List<Integer> pendingLines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] fields = trimmed.split("\t+");
                if (fields.length == 2 && MACRO.matcher(fields[0]).matches()) {
                    String name = fields[0].substring(1);
                    String alternatives = expandMacros(fields[1], macros, sourceName, lineNumber);
                    macros.put(name, alternatives);
                    lexicon.macroWords.put(name, Set.copyOf(expandGroups("(" + alternatives.toLowerCase(Locale.ROOT) + ")")));
                } else if (fields[0].equals("%window")) {
                    require(fields.length == 4 && fields[3].matches("\\d+"), sourceName, lineNumber,
                            "%window needs a category, a direction and a size");
                    int[] windows = defaultWindows.computeIfAbsent(Assertion.valueOf(fields[1]), k -> new int[2]);
                    windows[fields[2].equals("forward") ? 0 : 1] = Integer.parseInt(fields[3]);
                } else {
                    pending.add(fields);
                    pendingLines.add(lineNumber);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read trigger lexicon " + sourceName, e);
        }
        lexicon.functionWords = lexicon.macroWords(FUNCTION_WORDS_MACRO);
        PhraseWords phraseWords = new PhraseWords();
        for (int i = 0; i < pending.size(); i++) {
            int lineNumber = pendingLines.get(i);
            try {
                lexicon.addLine(pending.get(i), macros, defaultWindows, phraseWords, sourceName, lineNumber);
            } catch (IllegalArgumentException e) {
                String where = sourceName + ":" + lineNumber + ": ";
                throw e.getMessage() != null && e.getMessage().startsWith(where) ? e
                        : new IllegalArgumentException(where + e.getMessage(), e);
            }
        }
        return lexicon;
    }

    private void addLine(String[] fields, Map<String, String> macros, Map<Assertion, int[]> defaultWindows,
                         PhraseWords phraseWords, String source, int line) {
        Kind kind;
        try {
            kind = Kind.valueOf(fields.length > 1 ? fields[1] : "");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ":" + line + ": unknown entry kind");
        }
        Set<Assertion> categories = EnumSet.noneOf(Assertion.class);
        boolean forward = false;
        boolean backward = false;
        int forwardWindow = 0;
        int backwardWindow = 0;
        if (kind != Kind.PSEUDO) {
            require(fields.length >= 4, source, line, kind + " needs categories and a direction");
            for (String category : fields[2].split(",")) {
                if (category.equals("ALL")) {
                    categories.addAll(EnumSet.allOf(Assertion.class));
                } else {
                    categories.add(Assertion.valueOf(category));
                }
            }
            forward = fields[3].equals("forward") || fields[3].equals("both");
            backward = fields[3].equals("backward") || fields[3].equals("both");
            require(forward || backward, source, line, "direction must be forward, backward or both");
            if (kind == Kind.TRIGGER) {
                require(categories.size() > 0, source, line, "a trigger needs a category");
                int[] defaults = defaultWindows.getOrDefault(categories.iterator().next(), new int[] {8, 8});
                forwardWindow = defaults[0];
                backwardWindow = defaults[1];
                if (fields.length > 4) {
                    String[] windows = fields[4].split("/");
                    forwardWindow = Integer.parseInt(windows[0]);
                    backwardWindow = Integer.parseInt(windows[windows.length - 1]);
                }
            }
        }
        Entry entry = new Entry(kind, Set.copyOf(categories), forward, backward, forwardWindow, backwardWindow);
        for (String phrase : variants(expandMacros(fields[0], macros, source, line))) {
            insert(phraseWords.of(phrase), entry, source, line);
        }
    }

    private static String expandMacros(String phrase, Map<String, String> macros, String source, int line) {
        Matcher matcher = MACRO.matcher(phrase);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String alternatives = macros.get(matcher.group(1));
            require(alternatives != null, source, line, "unknown macro @" + matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement("(" + alternatives + ")"));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** "(a|b|) c" -> ["a c", "b c", "c"]; groups may nest; "\(" is a literal parenthesis. */
    static List<String> expandGroups(String phrase) {
        List<String> variants = variants(phrase);
        List<String> normalized = new ArrayList<>(variants.size());
        for (String variant : variants) {
            normalized.add(SPACES.matcher(variant.strip()).replaceAll(" "));
        }
        return normalized;
    }

    /** The phrases of a line with their spaces as the groups left them (the trie reads words). */
    private static List<String> variants(String phrase) {
        int[] position = {0};
        List<String> variants = expandSequence(phrase, position);
        if (position[0] < phrase.length()) {
            throw new IllegalArgumentException("unbalanced '" + phrase.charAt(position[0]) + "' in a phrase");
        }
        return variants;
    }

    /** Expands text up to the next '|' or ')' at this nesting level, which it leaves unread. */
    private static List<String> expandSequence(String phrase, int[] position) {
        List<String> prefixes = List.of("");
        StringBuilder literal = new StringBuilder();
        while (position[0] < phrase.length()) {
            char c = phrase.charAt(position[0]);
            if (c == '|' || c == ')') {
                break;
            }
            position[0]++;
            if (c == '\\' && position[0] < phrase.length()) {
                literal.append(phrase.charAt(position[0]++));
                continue;
            }
            if (c != '(') {
                literal.append(c);
                continue;
            }
            List<String> alternatives = new ArrayList<>();
            char closing;
            do {
                alternatives.addAll(expandSequence(phrase, position));
                if (position[0] >= phrase.length()) {
                    throw new IllegalArgumentException("unclosed '(' in a phrase");
                }
                closing = phrase.charAt(position[0]++);
            } while (closing == '|');
            prefixes = append(prefixes, literal, alternatives);
            literal.setLength(0);
        }
        return append(prefixes, literal, List.of(""));
    }

    private static List<String> append(List<String> prefixes, CharSequence literal, List<String> alternatives) {
        List<String> out = new ArrayList<>(prefixes.size() * alternatives.size());
        for (String prefix : prefixes) {
            for (String alternative : alternatives) {
                out.add(prefix + literal + alternative);
            }
        }
        return out;
    }

    private void insert(List<String> words, Entry entry, String source, int line) {
        require(!words.isEmpty(), source, line, "empty phrase");
        boolean atSentenceStart = words.get(0).equals(SENTENCE_START);
        List<String> rest = atSentenceStart ? words.subList(1, words.size()) : words;
        require(!rest.isEmpty() && !rest.contains(SENTENCE_START), source, line, "^ stands alone, and only first");
        String opening = rest.get(0);
        require(!opening.equals(ANY_WORD) && !opening.equals(ANY_NUMBER), source, line, "a phrase cannot open with * or #");
        Node node = atSentenceStart ? sentenceStart : root;
        for (String word : rest) {
            node = node.childOrNew(word);
        }
        if (node.entry != null) {
            require(node.entry.equals(entry), source, line,
                    "'" + String.join(" ", words) + "' is already defined differently");
            return;
        }
        node.entry = entry;
        size++;
    }

    /**
     * Finds entries left to right, longest first, never overlapping each other nor the protected
     * token range (the target mention: its own words are never its context).
     */
    List<Match> findMatches(List<Token> tokens, int protectedFirst, int protectedLast) {
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (i >= protectedFirst && i <= protectedLast) {
                i = protectedLast + 1;
                continue;
            }
            // outside the protected range, a match ends before it or at the last token
            Match longest = longestAt(tokens, i, i < protectedFirst ? protectedFirst - 1 : tokens.size() - 1);
            if (longest != null) {
                matches.add(longest);
                i = longest.last() + 1;
            } else {
                i++;
            }
        }
        return matches;
    }

    /** The longest entry that starts at token {@code from} and ends at or before {@code to}; null if none. */
    Match longestAt(List<Token> tokens, int from, int to) {
        Match[] longest = new Match[1];
        int last = Math.min(to, tokens.size() - 1);
        extend(root, tokens, from, from, last, longest);
        if (Token.opensASentence(tokens, from)) {
            extend(sentenceStart, tokens, from, from, last, longest);
        }
        return longest[0];
    }

    /** Walks every branch token {@code j} can take from {@code node}: its own word, {@code #}, {@code *}. */
    private void extend(Node node, List<Token> tokens, int from, int j, int to, Match[] longest) {
        if (j > to) {
            return;
        }
        Token token = tokens.get(j);
        String norm = token.norm();
        step(node.child(norm), tokens, from, j, to, longest);
        if (isNumber(norm)) {
            step(node.child(ANY_NUMBER), tokens, from, j, to, longest);
        }
        if (token.isWord() && !functionWords.contains(norm)) {
            step(node.child(ANY_WORD), tokens, from, j, to, longest);
        }
    }

    private void step(Node node, List<Token> tokens, int from, int j, int to, Match[] longest) {
        if (node == null) {
            return;
        }
        if (node.entry != null && (longest[0] == null || j > longest[0].last())) {
            longest[0] = new Match(node.entry, from, j);
        }
        extend(node, tokens, from, j + 1, to, longest);
    }

    /** "9", "4.6": digits with their decimals ("7th" is a word). */
    private static boolean isNumber(String norm) {
        return Character.isDigit(norm.charAt(0)) && Character.isDigit(norm.charAt(norm.length() - 1));
    }

    private static void require(boolean condition, String source, int line, String message) {
        if (!condition) {
            throw new IllegalArgumentException(source + ":" + line + ": " + message);
        }
    }
}
