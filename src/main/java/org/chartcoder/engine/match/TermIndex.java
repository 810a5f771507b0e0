package org.chartcoder.engine.match;

import org.chartcoder.engine.text.PhraseAnalyzer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Every term the engine knows (code titles, inclusion terms, index entries, lexicon phrasings) in
 * two read-only structures built once: a word-level trie over the terms' required words in order,
 * for longest contiguous matches, and an anchor table that lists each multi-word term under its
 * rarest word, for matches whose words are reordered or interrupted ("systolic CHF, acute on
 * chronic"). Lookups never scan the terms of a code. Immutable and thread-safe.
 */
public final class TermIndex {

    /** Where a term comes from, with how far a match on it is trusted. */
    public enum Source {
        LEXICON(1.0), TITLE(0.97), INCLUSION(0.93), INDEX(0.9);

        private final double weight;

        Source(double weight) {
            this.weight = weight;
        }

        public double weight() {
            return weight;
        }
    }

    private static final int ROOT = 0;

    private final Map<String, Integer> vocabulary;
    private final int[][] termWords;
    private final String[] termCodes;
    private final Source[] termSources;
    private final LongIntMap edges;
    private final int[][] nodeTerms;
    private final int[][] anchoredTerms;
    /**
     * Per anchor word, the words of its anchored terms in their order, each term as its length and
     * then its words: the matcher rejects most of them on these, read in one sweep.
     */
    private final int[][] anchoredTermWords;

    private TermIndex(Builder b) {
        this.vocabulary = Map.copyOf(b.vocabulary);
        int count = b.words.size();
        this.termWords = b.words.toArray(new int[0][]);
        this.termCodes = b.codes.toArray(new String[0]);
        this.termSources = b.sources.toArray(new Source[0]);
        this.edges = new LongIntMap(count * 3);
        List<int[]> terminals = new ArrayList<>();
        terminals.add(null);
        int nodes = 1;
        Map<Integer, List<Integer>> termsAtNode = new HashMap<>();
        for (int term = 0; term < count; term++) {
            int node = ROOT;
            for (int word : termWords[term]) {
                long key = edgeKey(node, word);
                int child = edges.get(key, -1);
                if (child < 0) {
                    child = nodes++;
                    edges.put(key, child);
                }
                node = child;
            }
            termsAtNode.computeIfAbsent(node, k -> new ArrayList<>(1)).add(term);
        }
        this.nodeTerms = new int[nodes][];
        termsAtNode.forEach((node, terms) -> nodeTerms[node] = terms.stream().mapToInt(Integer::intValue).toArray());

        int[] frequency = new int[vocabulary.size()];
        for (int[] words : termWords) {
            for (int word : words) {
                frequency[word]++;
            }
        }
        List<List<Integer>> anchors = new ArrayList<>(vocabulary.size());
        for (int i = 0; i < vocabulary.size(); i++) {
            anchors.add(null);
        }
        for (int term = 0; term < count; term++) {
            int[] words = termWords[term];
            if (words.length < 2) {
                continue;
            }
            int anchor = words[0];
            for (int word : words) {
                if (frequency[word] < frequency[anchor]) {
                    anchor = word;
                }
            }
            if (anchors.get(anchor) == null) {
                anchors.set(anchor, new ArrayList<>(2));
            }
            anchors.get(anchor).add(term);
        }
        this.anchoredTerms = new int[vocabulary.size()][];
        this.anchoredTermWords = new int[vocabulary.size()][];
        for (int i = 0; i < anchors.size(); i++) {
            List<Integer> terms = anchors.get(i);
            if (terms == null) {
                continue;
            }
            anchoredTerms[i] = terms.stream().mapToInt(Integer::intValue).toArray();
            anchoredTermWords[i] = terms.stream()
                    .flatMapToInt(term -> IntStream.concat(IntStream.of(termWords[term].length), IntStream.of(termWords[term])))
                    .toArray();
        }
    }

    public static Builder builder(PhraseAnalyzer analyzer) {
        return new Builder(analyzer);
    }

    /** Id of a normalised word, or -1 when no term contains it. */
    public int wordId(String normalWord) {
        Integer id = vocabulary.get(normalWord);
        return id == null ? -1 : id;
    }

    int vocabularySize() {
        return vocabulary.size();
    }

    int[] words(int term) {
        return termWords[term];
    }

    public String code(int term) {
        return termCodes[term];
    }

    public Source source(int term) {
        return termSources[term];
    }

    int child(int node, int word) {
        return edges.get(edgeKey(node, word), -1);
    }

    int[] termsEndingAt(int node) {
        return nodeTerms[node];
    }

    int[] termsAnchoredOn(int word) {
        return anchoredTerms[word];
    }

    /** The words of {@link #termsAnchoredOn}'s terms, in the same order, each preceded by its length. */
    int[] wordsOfTermsAnchoredOn(int word) {
        return anchoredTermWords[word];
    }

    static int root() {
        return ROOT;
    }

    private static long edgeKey(int node, int word) {
        return ((long) node << 32) | (word & 0xffffffffL);
    }

    /** Collects terms; not thread-safe, used once at load time. */
    public static final class Builder {
        private final PhraseAnalyzer analyzer;
        private final Map<String, Integer> vocabulary = new HashMap<>();
        private final List<int[]> words = new ArrayList<>();
        private final List<String> codes = new ArrayList<>();
        private final List<Source> sources = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();

        private Builder(PhraseAnalyzer analyzer) {
            this.analyzer = analyzer;
        }

        /** Adds a term for a code; terms that normalise to nothing, or repeat, are skipped. */
        public Builder add(String code, String term, Source source) {
            return add(code, analyzer.analyzeTerm(term), source);
        }

        /** Adds a term analysed beforehand (terms can be analysed in parallel, added in order). */
        public Builder add(String code, PhraseAnalyzer.AnalyzedTerm term, Source source) {
            List<String> required = term.required();
            if (required.isEmpty()) {
                return this;
            }
            int[] ids = new int[required.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = vocabulary.computeIfAbsent(required.get(i), w -> vocabulary.size());
            }
            if (seen.add(code + Arrays.toString(ids))) {
                words.add(ids);
                codes.add(code);
                sources.add(source);
            }
            return this;
        }

        public TermIndex build() {
            return new TermIndex(this);
        }
    }
}
