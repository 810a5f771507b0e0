package org.chartcoder.engine;

import org.chartcoder.engine.CodingResult.Concept;
import org.chartcoder.engine.CodingResult.Entity;
import org.chartcoder.engine.CodingResult.RankedCode;
import org.chartcoder.engine.CodingResult.Trait;
import org.chartcoder.engine.codeset.CodeSet;
import org.chartcoder.engine.codeset.ValidCodes;
import org.chartcoder.engine.context.Assertion;
import org.chartcoder.engine.context.ContextClassifier;
import org.chartcoder.engine.context.Section;
import org.chartcoder.engine.context.SectionDetector;
import org.chartcoder.engine.match.TermMatcher;
import org.chartcoder.engine.match.TermMatcher.Candidate;
import org.chartcoder.engine.match.TermMatcher.Mention;
import org.chartcoder.engine.rank.ChartRanker;
import org.chartcoder.engine.text.ChartTokenizer;
import org.chartcoder.engine.text.ChartTokenizer.Sentence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rule-based engine: tokenize and split, find sections, match terms, attach context traits
 * (negation, hypothetical, historical, family: {@link ContextClassifier}), rank codes per chart.
 * Holds only read-only structures, so one instance serves all threads.
 */
public final class RuleCodingEngine implements CodingEngine {

    static final String ENGINE_VERSION = "rules-1";
    private static final int CONCEPTS_PER_ENTITY = 5;
    private static final double TRAIT_SCORE = 0.9;
    /** Share of a mention's score its other candidate codes keep as alternatives at the list's end. */
    private static final double ALTERNATIVE_WEIGHT = 0.3;
    /**
     * Share of its score the code of a shorter match absorbed by a longer one keeps at the list's end
     * ("hypertension" inside "hypertension ... with end stage renal disease": I10 after I12.0).
     */
    private static final double ABSORBED_WEIGHT = 0.6;
    /** Share of a listed code's score its category's unspecified code keeps at the list's end. */
    private static final double UNSPECIFIED_WEIGHT = 0.5;
    /** Share of its match a negated mention's code keeps, at the very end of the list. */
    private static final double DENIED_WEIGHT = 0.25;
    /** A negated mention with these traits too would not be the patient's condition even if affirmed. */
    private static final Set<Assertion> NOT_THE_PATIENTS_IF_TRUE = EnumSet.of(Assertion.HYPOTHETICAL, Assertion.FAMILY);
    /** Mentions with these traits stay in the entities but give no chart-level code (negated ones only at the very end). */
    private static final Set<Assertion> NOT_THE_PATIENTS_CONDITION =
            EnumSet.of(Assertion.NEGATION, Assertion.HYPOTHETICAL, Assertion.FAMILY);

    private final ChartTokenizer tokenizer;
    private final TermMatcher matcher;
    private final CodeDescriptions descriptions;
    private final String codeSetVersion;
    private final ContextClassifier context = ContextClassifier.standard();
    private final SectionDetector sections = SectionDetector.standard();
    private final ChartRanker ranker = new ChartRanker();

    RuleCodingEngine(ChartTokenizer tokenizer, TermMatcher matcher, CodeDescriptions descriptions, String codeSetVersion) {
        this.tokenizer = tokenizer;
        this.matcher = matcher;
        this.descriptions = descriptions;
        this.codeSetVersion = codeSetVersion;
    }

    @Override
    public CodingResult code(String chartText) {
        List<Entity> entities = new ArrayList<>();
        List<ChartRanker.Evidence> evidence = new ArrayList<>();
        Map<String, Double> alternatives = new LinkedHashMap<>();
        Map<String, Double> absorbed = new LinkedHashMap<>();
        Map<String, Denied> denied = new LinkedHashMap<>();
        List<Section> chartSections = sections.detect(chartText);
        for (Sentence sentence : tokenizer.split(chartText)) {
            List<Mention> mentions = matcher.match(sentence.tokens());
            if (mentions.isEmpty()) {
                continue;
            }
            Section section = SectionDetector.sectionAt(chartSections, sentence.begin());
            String sentenceText = chartText.substring(sentence.begin(), sentence.end());
            for (Mention mention : mentions) {
                int begin = sentence.tokens().get(mention.firstToken()).begin();
                int end = sentence.tokens().get(mention.lastToken()).end();
                List<Concept> concepts = concepts(mention, chartText.substring(begin, end));
                if (concepts.isEmpty()) {
                    continue;
                }
                if (begin < section.bodyBegin()) {
                    continue; // a heading ("HISTORY OF PRESENT ILLNESS") names a section, not a condition
                }
                int id = entities.size();
                Set<Assertion> assertions = section.kind().combine(
                        context.classify(sentenceText, begin - sentence.begin(), end - sentence.begin()));
                List<Trait> traits = new ArrayList<>();
                for (Assertion assertion : assertions) {
                    traits.add(new Trait(assertion.traitName(), TRAIT_SCORE));
                }
                Concept best = concepts.get(0);
                traits.add(new Trait(CodeKinds.kind(best.code()), TRAIT_SCORE));
                entities.add(new Entity(id, chartText.substring(begin, end), begin, end, "MEDICAL_CONDITION", "DX_NAME",
                        best.score(), List.copyOf(traits), concepts));
                if (section.kind().mentionsAreConditions() && Collections.disjoint(assertions, NOT_THE_PATIENTS_CONDITION)) {
                    double weight = ChartRanker.sectionWeight(section.kind(), assertions.contains(Assertion.HISTORICAL))
                            * ChartRanker.positionWeight(begin, chartText.length());
                    evidence.add(new ChartRanker.Evidence(best.code(), best.description(), best.score() * weight, best.score(), id,
                            descriptions.isBillable(best.code()), mention.words()));
                    for (Concept other : concepts.subList(1, concepts.size())) {
                        alternatives.merge(other.code(), other.score() * weight, Math::max);
                    }
                    for (Concept inner : innerConcepts(mention, sentence, chartText)) {
                        absorbed.merge(inner.code(), inner.score() * weight, Math::max);
                    }
                } else if (section.kind().mentionsAreConditions() && assertions.contains(Assertion.NEGATION)
                        && Collections.disjoint(assertions, NOT_THE_PATIENTS_IF_TRUE)) {
                    double weight = ChartRanker.positionWeight(begin, chartText.length());
                    Denied d = new Denied(best.score() * weight, id);
                    denied.merge(best.code(), d, (a, b) -> a.score() >= b.score() ? a : b);
                    for (Concept inner : innerConcepts(mention, sentence, chartText)) {
                        // "no hypertension or diabetes with nephropathy" denies the hypertension too
                        denied.merge(inner.code(), new Denied(inner.score() * weight * ABSORBED_WEIGHT, id),
                                (a, b) -> a.score() >= b.score() ? a : b);
                    }
                }
            }
        }
        return new CodingResult(modelVersion(), codeSetVersion, List.copyOf(entities),
                withDenied(withAlternatives(ranker.rank(evidence), alternatives, absorbed), denied));
    }

    /** The best code of each shorter match the mention absorbed, scored as a mention of its own. */
    private List<Concept> innerConcepts(Mention mention, Sentence sentence, String chartText) {
        if (mention.inner().isEmpty()) {
            return List.of();
        }
        List<Concept> best = new ArrayList<>(mention.inner().size());
        for (Mention inner : mention.inner()) {
            int begin = sentence.tokens().get(inner.firstToken()).begin();
            int end = sentence.tokens().get(inner.lastToken()).end();
            List<Concept> concepts = concepts(inner, chartText.substring(begin, end));
            if (!concepts.isEmpty()) {
                best.add(concepts.get(0));
            }
        }
        return best;
    }

    /** The best score of a code among the negated mentions, and the entity that had it. */
    private record Denied(double score, int entityId) {
    }

    /**
     * Last of all, the codes of conditions the chart denies ("no fever", "without hypertension", and
     * the shorter matches inside a negated one, at {@link #ABSORBED_WEIGHT} of their score), which
     * coders of case reports often list (a pertinent negative, or a negation the context rules read too
     * widely) and a reviewer may want to see: each below every code before it and below {@code minScore}
     * 0.3 (at most {@link #DENIED_WEIGHT} of its match), naming the negated entity, whose NEGATION trait
     * says why it is last. Appended after the list, they cannot lower its average precision.
     */
    private List<RankedCode> withDenied(List<RankedCode> ranked, Map<String, Denied> denied) {
        if (ranked.isEmpty() || denied.isEmpty()) {
            return ranked;
        }
        ranked.forEach(code -> denied.remove(code.code()));
        if (denied.isEmpty()) {
            return ranked;
        }
        double ceiling = ranked.get(ranked.size() - 1).score() - 0.0001;
        List<RankedCode> all = new ArrayList<>(ranked);
        denied.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, Denied> e) -> e.getValue().score()).reversed())
                .forEach(e -> all.add(new RankedCode(e.getKey(), descriptions.describe(e.getKey()),
                        round(Math.max(0.0001, Math.min(e.getValue().score() * DENIED_WEIGHT, ceiling))),
                        List.of(e.getValue().entityId()))));
        return List.copyOf(all);
    }

    /**
     * After every code a mention supports best, the alternatives a coder would weigh next, each below
     * the last of those: the other candidate codes of the counted mentions, the codes of the shorter
     * matches a longer one absorbed (I10 for the "hypertension" of "hypertension ... with end stage
     * renal disease", which gave I12.0), and the unspecified code of each listed code's category (R59.9
     * beside R59.0), for when the chart's words match a subcode the coder would not pick. Appended after
     * the list, they can only raise its average precision; their scores are a fraction of what supports
     * them, so {@code minScore} 0.3 takes most of them off.
     */
    private List<RankedCode> withAlternatives(List<RankedCode> ranked, Map<String, Double> alternatives, Map<String, Double> absorbed) {
        if (ranked.isEmpty()) {
            return ranked;
        }
        Map<String, Double> tail = new LinkedHashMap<>();
        alternatives.forEach((code, score) -> tail.merge(code, score * ALTERNATIVE_WEIGHT, Math::max));
        absorbed.forEach((code, score) -> tail.merge(code, score * ABSORBED_WEIGHT, Math::max));
        if (!descriptions.validCodes().unchecked()) {
            for (RankedCode code : ranked) {
                String unspecified = descriptions.valid(CodeSet.category(code.code()));
                if (unspecified != null) {
                    tail.merge(unspecified, code.score() * UNSPECIFIED_WEIGHT, Math::max);
                }
            }
        }
        ranked.forEach(code -> tail.remove(code.code()));
        if (tail.isEmpty()) {
            return ranked;
        }
        double floor = Math.max(0.0001, ranked.get(ranked.size() - 1).score() - 0.0001);
        List<RankedCode> all = new ArrayList<>(ranked);
        tail.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .forEach(e -> all.add(new RankedCode(e.getKey(), descriptions.describe(e.getKey()),
                        round(Math.min(e.getValue(), floor)), List.of())));
        return List.copyOf(all);
    }

    /** The mention's candidate codes, best first: match quality, where the term comes from, and billability. */
    private List<Concept> concepts(Mention mention, String mentionText) {
        Map<String, Double> byCode = new LinkedHashMap<>();
        for (Candidate candidate : mention.candidates()) {
            // a header or another release's code is scored as matched, then stands for its billable code
            String valid = descriptions.valid(candidate.code());
            if (valid == null || !CodeKinds.supportedBy(valid, mentionText)) {
                continue;
            }
            double score = candidate.quality() * candidate.source().weight() * descriptions.specificityWeight(candidate.code())
                    * Math.min(1.0, 0.9 + 0.03 * mention.wordCount());
            byCode.merge(valid, score, Math::max);
        }
        return byCode.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(CONCEPTS_PER_ENTITY)
                .map(e -> new Concept(e.getKey(), descriptions.describe(e.getKey()), round(e.getValue())))
                .toList();
    }

    private static double round(double score) {
        return Math.round(Math.min(1.0, score) * 10000) / 10000.0;
    }

    @Override
    public String modelVersion() {
        return ENGINE_VERSION;
    }

    @Override
    public String codeSetVersion() {
        return codeSetVersion;
    }

    /** The loaded code set's billable codes and what stands for any other code (a model's, a header). */
    public ValidCodes validCodes() {
        return descriptions.validCodes();
    }

    /**
     * Titles and billability from the code set, falling back to the lexicon's titles; the valid code
     * that stands for a matched one.
     */
    record CodeDescriptions(CodeSet codeSet, Map<String, String> lexiconTitles, ValidCodes validCodes) {

        CodeDescriptions(CodeSet codeSet, Map<String, String> lexiconTitles) {
            this(codeSet, lexiconTitles, new ValidCodes(codeSet));
        }

        /** The billable code standing for {@code code}, or null; without a code set, the code itself. */
        String valid(String code) {
            if (validCodes.unchecked()) {
                return code;
            }
            return validCodes.resolve(code).map(CodeSet.Code::code).orElse(null);
        }

        String describe(String code) {
            CodeSet.Code entry = codeSet.get(code);
            return entry != null ? entry.title() : lexiconTitles.getOrDefault(code, code);
        }

        boolean isBillable(String code) {
            CodeSet.Code entry = codeSet.get(code);
            return entry == null ? codeSet.isEmpty() : entry.billable();
        }

        /** Billable codes first, then headers (category level), then lexicon codes the loaded code set lacks. */
        double specificityWeight(String code) {
            if (codeSet.isEmpty()) {
                return 1.0;
            }
            CodeSet.Code entry = codeSet.get(code);
            if (entry == null) {
                return 0.85;
            }
            return entry.billable() ? 1.0 : 0.9;
        }
    }
}
