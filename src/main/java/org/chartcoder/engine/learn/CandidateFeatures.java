package org.chartcoder.engine.learn;

import java.util.ArrayList;
import java.util.List;

/**
 * The evidence about one candidate code in one chart, and its encoding as reranker features. The
 * feature names are stored in the model file so that a model is only read by code that computes the
 * same features.
 */
final class CandidateFeatures {

    static final List<String> NAMES;

    static {
        List<String> names = new ArrayList<>(List.of(
                "bias", "engine.present", "engine.score", "engine.reciprocalRank", "engine.evidence",
                "engine.sameCategory", "engine.precision", "engine.proposals", "engine.alternativeShare",
                "engine.present*engine.precision",
                "mention.conceptScore", "mention.topConcept", "mention.count", "mention.assertedCount", "neighbours.vote", "neighbours.present", "classifier.probability",
                "classifier.logOdds", "classifier.trained", "classifier.reciprocalRank", "neighbours.reciprocalRank", "prior.frequency", "prior.unseen", "code.category",
                "engine.present*prior.frequency", "neighbours.vote*classifier.probability",
                "engine.present*classifier.probability", "classifier.probability^2", "neighbours.vote^2",
                "cooccurrence.max", "neighbours.categoryVote", "classifier.categoryMax", "cooccurrence.max*engine.present",
                "neighbours.categoryVote*engine.present", "classifier.belowBest", "neighbours.shareOfBest",
                "title.share", "title.weightedShare", "term.bestRate", "term.bestSupport", "term.strongTerms", "term.noisyOr",
                "mention.negatedShare", "mention.historicalShare", "mention.uncertainShare", "mention.familyOrHypotheticalShare",
                "mention.firstAt", "mention.lastAt", "mention.inFirstSentence", "mention.inDiagnosisSentence",
                "code.characters", "title.unspecified", "family.moreSpecific", "family.lessSpecific", "family.categoryCandidates",
                "family.bestOtherEngineScore", "title.sideShare"));
        for (char chapter = 'A'; chapter <= 'Z'; chapter++) {
            names.add("chapter." + chapter);
        }
        NAMES = List.copyOf(names);
    }

    /** What the rule engine, the neighbours and the classifier said about one code in one chart. */
    static final class Evidence {
        final String code;
        boolean engine;
        double engineScore;
        int engineRank;
        int engineEntities;
        boolean engineSameCategory;
        double enginePrecision;
        double engineProposals;
        double alternativeShare;
        double conceptScore;
        boolean topConcept;
        int mentions;
        int assertedMentions;
        double neighbourVote;
        boolean classified;
        double classifierLogOdds;
        double priorFrequency;
        int classifierRank;
        int neighbourRank;
        double cooccurrence;
        double categoryVote;
        double categoryClassifier;
        /** The chart's strongest classifier log-odds and neighbour vote: the scale the others are read on. */
        double bestLogOdds;
        double bestVote;
        /** The share of the code title's words the chart has, plain and weighted by their rarity. */
        double titleShare;
        double titleWeightedShare;
        /**
         * For a title that names a side (right or left), the share of the chart's side words that name
         * that side; -1 when the title names none, 0.5 when the chart names none.
         */
        double titleSideShare = -1;
        /** What the chart's terms say about the code, from the charts coded with them; null: nothing. */
        TermCodes.Evidence terms;
        /** Of the mentions: how many carry each context trait a coder weighs. */
        int negatedMentions;
        int historicalMentions;
        int uncertainMentions;
        int familyOrHypotheticalMentions;
        /** Where the first mention starts and the last ends, as shares of the chart (none: 1 and 0). */
        double firstMentionAt = 1;
        double lastMentionAt;
        /** A mention in the chart's first sentence (who the patient is), or in one that states a diagnosis. */
        boolean inFirstSentence;
        boolean inDiagnosisSentence;
        /** The title says "unspecified". */
        boolean unspecified;
        /** Other candidates in the code's family: more specific ones, less specific ones, of its category, the engine's best of them. */
        int moreSpecific;
        boolean lessSpecific;
        int categoryCandidates;
        double bestOtherEngineScore;

        Evidence(String code) {
            this.code = code;
        }
    }

    private CandidateFeatures() {
    }

    static double[] encode(Evidence e) {
        double[] f = new double[NAMES.size()];
        double classifierProbability = e.classified ? CodeClassifiers.sigmoid(e.classifierLogOdds) : 0;
        int i = 0;
        f[i++] = 1;
        f[i++] = e.engine ? 1 : 0;
        f[i++] = e.engineScore;
        f[i++] = e.engine ? 1.0 / e.engineRank : 0;
        f[i++] = Math.log1p(e.engineEntities) / 3;
        f[i++] = e.engineSameCategory ? 1 : 0;
        f[i++] = e.enginePrecision;
        f[i++] = e.engineProposals;
        f[i++] = e.alternativeShare;
        f[i++] = (e.engine ? 1 : 0) * e.enginePrecision;
        f[i++] = e.conceptScore;
        f[i++] = e.topConcept ? 1 : 0;
        f[i++] = Math.log1p(e.mentions) / 3;
        f[i++] = Math.log1p(e.assertedMentions) / 3;
        f[i++] = e.neighbourVote;
        f[i++] = e.neighbourVote > 0 ? 1 : 0;
        f[i++] = classifierProbability;
        f[i++] = e.classified ? Math.max(-10, Math.min(10, e.classifierLogOdds)) / 10 : 0;
        f[i++] = e.classified ? 1 : 0;
        f[i++] = e.classifierRank > 0 ? 1.0 / e.classifierRank : 0;
        f[i++] = e.neighbourRank > 0 ? 1.0 / e.neighbourRank : 0;
        f[i++] = e.priorFrequency;
        f[i++] = e.priorFrequency == 0 ? 1 : 0;
        f[i++] = e.code.indexOf('.') < 0 ? 1 : 0;
        f[i++] = (e.engine ? 1 : 0) * e.priorFrequency;
        f[i++] = e.neighbourVote * classifierProbability;
        f[i++] = (e.engine ? 1 : 0) * classifierProbability;
        f[i++] = classifierProbability * classifierProbability;
        f[i++] = e.neighbourVote * e.neighbourVote;
        f[i++] = e.cooccurrence;
        f[i++] = e.categoryVote;
        f[i++] = e.categoryClassifier;
        f[i++] = (e.engine ? 1 : 0) * e.cooccurrence;
        f[i++] = (e.engine ? 1 : 0) * e.categoryVote;
        f[i++] = e.classified ? Math.max(-20, e.classifierLogOdds - e.bestLogOdds) / 20 : -1;
        f[i++] = e.bestVote > 0 ? e.neighbourVote / e.bestVote : 0;
        f[i++] = e.titleShare;
        f[i++] = e.titleWeightedShare;
        f[i++] = e.terms == null ? 0 : e.terms.bestRate;
        f[i++] = e.terms == null ? 0 : Math.log1p(e.terms.bestSupport) / 3;
        f[i++] = e.terms == null ? 0 : Math.log1p(e.terms.strongTerms) / 3;
        f[i++] = e.terms == null ? 0 : e.terms.noisyOr;
        f[i++] = share(e.negatedMentions, e.mentions);
        f[i++] = share(e.historicalMentions, e.mentions);
        f[i++] = share(e.uncertainMentions, e.mentions);
        f[i++] = share(e.familyOrHypotheticalMentions, e.mentions);
        f[i++] = e.firstMentionAt;
        f[i++] = e.lastMentionAt;
        f[i++] = e.inFirstSentence ? 1 : 0;
        f[i++] = e.inDiagnosisSentence ? 1 : 0;
        f[i++] = e.code.replace(".", "").length() / 7.0;
        f[i++] = e.unspecified ? 1 : 0;
        f[i++] = Math.log1p(e.moreSpecific) / 3;
        f[i++] = e.lessSpecific ? 1 : 0;
        f[i++] = Math.log1p(e.categoryCandidates) / 3;
        f[i++] = e.bestOtherEngineScore;
        f[i++] = e.titleSideShare;
        char chapter = e.code.charAt(0);
        if (chapter >= 'A' && chapter <= 'Z') {
            f[i + chapter - 'A'] = 1;
        }
        return f;
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
