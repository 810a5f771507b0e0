package org.chartcoder.engine.match;

import org.chartcoder.engine.text.ChartTokenizer.Token;
import org.chartcoder.engine.text.PhraseAnalyzer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds term mentions in one sentence. First the longest contiguous match from each word through the
 * trie (full quality); then, through the anchor table, terms whose words all occur close together in
 * another order or with other words between (lower quality), or with one word of a longer term
 * missing (lowest quality, kept only where nothing else matched). Overlapping matches are resolved in
 * favour of the most specific: a match whose words are a subset of an accepted match's words is
 * dropped, so "acute on chronic systolic heart failure" leaves I50.23 and not also I50.9.
 * Thread-safe: all state is per call, except a per-thread bitmap of the sentence's words.
 */
public final class TermMatcher {

    /** At most this many other words may interrupt a reordered match. */
    private static final int MAX_GAP = 4;
    private static final double REORDERED_QUALITY = 0.88;
    /** Per interrupting word: words far apart are more often two items of a list ("pulmonary disease, hypertension") than one term. */
    private static final double GAP_PENALTY = 0.08;
    /** A term of at least this many words may match with one word (not its rarest) missing, at low quality. */
    private static final int PARTIAL_MIN_WORDS = 3;
    private static final double PARTIAL_QUALITY = 0.5;

    private final TermIndex index;
    private final PhraseAnalyzer analyzer;
    /**
     * A bit per vocabulary word, set for the words of the sentence being matched and cleared after it:
     * most anchored terms are rejected for a word the sentence lacks, and one bit tells it.
     */
    private final ThreadLocal<long[]> sentenceWords;

    public TermMatcher(TermIndex index, PhraseAnalyzer analyzer) {
        this.index = index;
        this.analyzer = analyzer;
        this.sentenceWords = ThreadLocal.withInitial(() -> new long[(index.vocabularySize() + 63) >>> 6]);
    }

    /** One term matched in a sentence, with how well the text matched it (0..1). */
    public record Candidate(int term, String code, TermIndex.Source source, double quality) {
    }

    /**
     * One span of the sentence and every term matched on exactly its words.
     *
     * @param firstToken index of the first token of the sentence covered
     * @param lastToken  index of the last token covered
     * @param wordCount  how many distinct words the terms matched (their specificity)
     * @param words      ids of the normalised words matched
     * @param inner      the shorter matches this one absorbed, each a mention of its own words ("hypertension"
     *                   inside "hypertension ... chronic kidney disease"); they are not matches of the sentence
     */
    public record Mention(int firstToken, int lastToken, int wordCount, List<Candidate> candidates, Set<Integer> words,
                          List<Mention> inner) {
    }

    public List<Mention> match(List<Token> tokens) {
        int[] ids = new int[tokens.size() * 2 + 4];
        int[] tokenOf = new int[ids.length];
        int[] groupOf = new int[ids.length];
        int[] groupSize = new int[ids.length];
        int n = 0;
        int groups = 0;
        for (int t = 0; t < tokens.size(); t++) {
            for (List<String> group : analyzer.analyzeToken(tokens.get(t).text())) {
                if (groups == groupSize.length) {
                    groupSize = Arrays.copyOf(groupSize, groups * 2);
                }
                groupSize[groups] = group.size();
                for (String word : group) {
                    if (n == ids.length) {
                        ids = Arrays.copyOf(ids, n * 2);
                        tokenOf = Arrays.copyOf(tokenOf, n * 2);
                        groupOf = Arrays.copyOf(groupOf, n * 2);
                    }
                    ids[n] = index.wordId(word);
                    tokenOf[n] = t;
                    groupOf[n] = groups;
                    n++;
                }
                groups++;
            }
        }
        Map<GroupKey, Group> found = new LinkedHashMap<>();
        findContiguous(ids, n, found);
        boolean expanded = false;
        for (int g = 0; g < groups && !expanded; g++) {
            expanded = groupSize[g] > 1;
        }
        findReordered(new Words(ids, n, groupOf, groupSize, expanded), found);
        return resolve(found, ids, tokenOf);
    }

    /** The sentence's word ids, and for each word the written word (abbreviations expand to several) it comes from. */
    private record Words(int[] ids, int n, int[] groupOf, int[] groupSize, boolean expanded) {

        /**
         * A reordered match may take words from an abbreviation's expansion only if it takes most of
         * them: "stage 2" must not borrow the 2 of "T2DM", nor "chronic pain" the chronic of "CKD".
         */
        boolean usesExpansionsWhole(int[] positions) {
            if (!expanded) {
                return true;
            }
            for (int i = 0; i < positions.length; i++) {
                int group = groupOf[positions[i]];
                if (groupSize[group] < 2) {
                    continue;
                }
                int used = 0;
                for (int p : positions) {
                    if (groupOf[p] == group) {
                        used++;
                    }
                }
                if (used * 2 <= groupSize[group]) {
                    return false;
                }
            }
            return true;
        }
    }

    private void findContiguous(int[] ids, int n, Map<GroupKey, Group> groups) {
        for (int start = 0; start < n; start++) {
            int node = TermIndex.root();
            int longestEnd = -1;
            int longestNode = -1;
            for (int end = start; end < n && ids[end] >= 0; end++) {
                node = index.child(node, ids[end]);
                if (node < 0) {
                    break;
                }
                if (index.termsEndingAt(node) != null) {
                    longestEnd = end;
                    longestNode = node;
                }
            }
            if (longestNode >= 0) {
                int[] positions = new int[longestEnd - start + 1];
                for (int i = 0; i < positions.length; i++) {
                    positions[i] = start + i;
                }
                for (int term : index.termsEndingAt(longestNode)) {
                    add(groups, positions, term, 1.0, false);
                }
            }
        }
    }

    private void findReordered(Words sentence, Map<GroupKey, Group> groups) {
        int[] ids = sentence.ids();
        int n = sentence.n();
        // most anchored terms are rejected: their positions are copied out only when one is kept
        int[] scratch = new int[8];
        long[] present = sentenceWords.get();
        for (int i = 0; i < n; i++) {
            if (ids[i] >= 0) {
                present[ids[i] >>> 6] |= 1L << ids[i];
            }
        }
        try {
            matchAnchoredTerms(sentence, groups, present, scratch);
        } finally {
            for (int i = 0; i < n; i++) {
                if (ids[i] >= 0) {
                    present[ids[i] >>> 6] = 0;
                }
            }
        }
    }

    private void matchAnchoredTerms(Words sentence, Map<GroupKey, Group> groups, long[] present, int[] scratch) {
        int[] ids = sentence.ids();
        int n = sentence.n();
        for (int anchorAt = 0; anchorAt < n; anchorAt++) {
            if (ids[anchorAt] < 0) {
                continue;
            }
            int[] terms = index.termsAnchoredOn(ids[anchorAt]);
            if (terms == null) {
                continue;
            }
            int[] termWords = index.wordsOfTermsAnchoredOn(ids[anchorAt]);
            for (int t = 0, next = 0; t < terms.length; t++) {
                int length = termWords[next];
                int from = next + 1;
                next = from + length;
                if (!couldMatch(termWords, from, length, present)) {
                    continue;
                }
                int term = terms[t];
                int[] words = index.words(term);
                int window = words.length + MAX_GAP;
                if (scratch.length < words.length) {
                    scratch = new int[words.length];
                }
                int[] positions = scratch;
                int missing = 0;
                boolean firstMissing = false;
                for (int w = 0; w < words.length && missing <= 1; w++) {
                    int at = nearest(ids, n, words[w], anchorAt, window);
                    if (at < 0) {
                        missing++;
                        firstMissing |= w == 0;
                    } else {
                        positions[w - missing] = at;
                    }
                }
                // a title names the condition first and the site after ("Injury of right kidney", "Accessory
                // lobe of lung"): without its first word a term names a body part, not a condition
                boolean partial = missing == 1 && words.length >= PARTIAL_MIN_WORDS && !firstMissing;
                if (missing > 0 && !partial) {
                    continue;
                }
                int found = words.length - missing;
                int lowest = Integer.MAX_VALUE;
                int highest = Integer.MIN_VALUE;
                for (int p = 0; p < found; p++) {
                    lowest = Math.min(lowest, positions[p]);
                    highest = Math.max(highest, positions[p]);
                }
                int gaps = highest - lowest + 1 - found;
                // most anchored terms lie too spread out: reject them before copying and sorting
                if (gaps > MAX_GAP) {
                    continue;
                }
                positions = Arrays.copyOf(positions, found);
                Arrays.sort(positions);
                if (hasDuplicate(positions) || !sentence.usesExpansionsWhole(positions)) {
                    continue;
                }
                double quality = (partial ? PARTIAL_QUALITY : REORDERED_QUALITY) - GAP_PENALTY * gaps;
                add(groups, positions, term, quality, partial);
            }
        }
    }

    /** False when the sentence lacks words enough that the term can match neither whole nor partially. */
    private static boolean couldMatch(int[] termWords, int from, int length, long[] present) {
        int absent = 0;
        for (int w = 0; w < length; w++) {
            int word = termWords[from + w];
            if ((present[word >>> 6] & (1L << word)) == 0
                    && (++absent > 1 || w == 0 || length < PARTIAL_MIN_WORDS)) {
                return false;
            }
        }
        return true;
    }

    private static int nearest(int[] ids, int n, int word, int from, int window) {
        for (int d = 0; d <= window; d++) {
            if (from - d >= 0 && ids[from - d] == word) {
                return from - d;
            }
            if (d > 0 && from + d < n && ids[from + d] == word) {
                return from + d;
            }
        }
        return -1;
    }

    private static boolean hasDuplicate(int[] sorted) {
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1]) {
                return true;
            }
        }
        return false;
    }

    private void add(Map<GroupKey, Group> groups, int[] positions, int term, double quality, boolean partial) {
        Group group = groups.computeIfAbsent(new GroupKey(positions, partial), k -> new Group(positions, partial));
        Integer existing = group.candidateOfTerm.putIfAbsent(term, group.candidates.size());
        Candidate candidate = new Candidate(term, index.code(term), index.source(term), quality);
        if (existing == null) {
            group.candidates.add(candidate);
        } else if (group.candidates.get(existing).quality() < quality) {
            group.candidates.set(existing, candidate);
        }
    }

    /**
     * Keeps the most specific matches: a match is dropped when it lies inside the span of an already
     * accepted, longer match that shares its words, all of them or (when shorter) at least half ("CHF"
     * inside "systolic CHF, acute on chronic", whose term has no "congestive"); the longer match keeps
     * it as an inner mention, which the engine offers as an alternative at the end of the list.
     */
    private static List<Mention> resolve(Map<GroupKey, Group> groups, int[] ids, int[] tokenOf) {
        List<Group> ordered = new ArrayList<>(groups.values());
        ordered.sort(Comparator.comparing((Group g) -> g.partial)
                .thenComparingInt(g -> -g.positions.length)
                .thenComparingDouble(g -> -g.quality())
                .thenComparingInt(g -> g.positions[0]));
        List<Group> accepted = new ArrayList<>();
        Map<Group, List<Mention>> absorbed = new HashMap<>();
        for (Group group : ordered) {
            if (group.partial) {
                if (accepted.stream().noneMatch(other -> other.overlaps(group))) {
                    accepted.add(group);
                }
                continue;
            }
            Group covering = null;
            for (Group other : accepted) {
                if (other.subsumes(group, ids)) {
                    covering = other;
                    break;
                }
            }
            if (covering == null) {
                accepted.add(group);
            } else {
                absorbed.computeIfAbsent(covering, k -> new ArrayList<>(2)).add(mention(group, ids, tokenOf, List.of()));
            }
        }
        List<Mention> mentions = new ArrayList<>(accepted.size());
        for (Group group : accepted) {
            mentions.add(mention(group, ids, tokenOf, absorbed.getOrDefault(group, List.of())));
        }
        mentions.sort(Comparator.comparingInt(Mention::firstToken));
        return mentions;
    }

    private static Mention mention(Group group, int[] ids, int[] tokenOf, List<Mention> inner) {
        Set<Integer> words = new HashSet<>();
        for (int p : group.positions) {
            words.add(ids[p]);
        }
        return new Mention(tokenOf[group.positions[0]], tokenOf[group.positions[group.positions.length - 1]],
                group.positions.length, List.copyOf(group.candidates), Set.copyOf(words), List.copyOf(inner));
    }

    /** The words a match covers, and whether it is partial: a match is looked up by them for every term it fits. */
    private static final class GroupKey {
        private final int[] positions;
        private final boolean partial;
        private final int hash;

        GroupKey(int[] positions, boolean partial) {
            this.positions = positions;
            this.partial = partial;
            this.hash = 31 * Arrays.hashCode(positions) + (partial ? 1 : 0);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof GroupKey key && key.hash == hash && key.partial == partial
                    && Arrays.equals(key.positions, positions);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private static final class Group {
        final int[] positions;
        final List<Candidate> candidates = new ArrayList<>(2);
        final Map<Integer, Integer> candidateOfTerm = new HashMap<>(4);

        final boolean partial;

        Group(int[] positions, boolean partial) {
            this.positions = positions;
            this.partial = partial;
        }

        boolean overlaps(Group other) {
            for (int p : other.positions) {
                if (Arrays.binarySearch(positions, p) >= 0) {
                    return true;
                }
            }
            return false;
        }

        double quality() {
            return candidates.stream().mapToDouble(c -> c.quality() * c.source().weight()).max().orElse(0);
        }

        boolean subsumes(Group other, int[] ids) {
            int first = positions[0];
            int last = positions[positions.length - 1];
            int shared = 0;
            for (int p : other.positions) {
                if (p < first || p > last) {
                    return false;
                }
                if (containsWord(ids[p], ids)) {
                    shared++;
                }
            }
            return shared == other.positions.length || other.positions.length < positions.length && shared * 2 >= other.positions.length;
        }

        private boolean containsWord(int word, int[] ids) {
            for (int p : positions) {
                if (ids[p] == word) {
                    return true;
                }
            }
            return false;
        }
    }
}
