package org.chartcoder.engine.rank;

import org.chartcoder.engine.CodingResult.RankedCode;
import org.chartcoder.engine.codeset.CodeSet;
import org.chartcoder.engine.context.SectionKind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns per-mention evidence into the chart-level code list: each further mention of a code raises
 * its score with diminishing returns (noisy-or), weighted by how well each mention matched; category
 * codes rank a little below billable ones with the same evidence. Scores stay in [0,1].
 */
public final class ChartRanker {

    /** Share of a perfect mention's quality that one mention contributes to the chart score. */
    private static final double MENTION_WEIGHT = 0.6;
    private static final double CATEGORY_WEIGHT = 0.92;
    /** The share of a mention's weight lost by standing at the very end of the chart rather than at its start. */
    private static final double LATE_MENTION_PENALTY = 0.2;
    /** The share of a code's score lost for each character it has past the fourth. */
    private static final double DETAIL_PENALTY = 0.1;
    /** Malignant neoplasm without specification of site. */
    private static final String UNKNOWN_SITE = "C80";

    /**
     * A chart that names a condition both plainly and specifically gets the specific code only: when
     * every word matched for one code was also matched for another code of the same category ("HFrEF"
     * and "acute on chronic systolic heart failure"; "T2DM" and "T2DM with neuropathy"; "CKD" and
     * "CKD stage 3b"), the less specific code's mentions support the more specific one. Different
     * conditions of one category ("dyspnea", "orthopnea") both stay. A specific code whose best match is
     * weaker than the plain one's (words found reordered, far apart or one missing) does not absorb it:
     * "adenopathic mass" stays R59.9 beside a loose R59.0 from "retroperitoneal ... lymph nodes".
     * A malignant neoplasm without a site (C80) is the same condition as one with its site: "carcinoma"
     * beside "renal cell carcinoma" gives C64.9 only, as C80.1 is for when no site is documented.
     */
    private static void foldIntoMoreSpecific(Map<String, List<Evidence>> byCode) {
        for (String code : List.copyOf(byCode.keySet())) {
            Set<Integer> words = wordsOf(byCode.get(code));
            byCode.keySet().stream()
                    .filter(other -> !other.equals(code) && sameCondition(code, other))
                    .filter(other -> {
                        Set<Integer> otherWords = wordsOf(byCode.get(other));
                        return otherWords.size() > words.size() && otherWords.containsAll(words)
                                && bestMatch(byCode.get(other)) >= bestMatch(byCode.get(code));
                    })
                    .findFirst()
                    .ifPresent(specific -> {
                        Evidence target = byCode.get(specific).get(0);
                        for (Evidence e : byCode.remove(code)) {
                            byCode.get(specific).add(new Evidence(target.code(), target.description(), e.score(), e.match(),
                                    e.entityId(), target.billable(), e.words()));
                        }
                    });
        }
    }

    private static double bestMatch(List<Evidence> mentions) {
        return mentions.stream().mapToDouble(Evidence::match).max().orElse(0);
    }

    private static Set<Integer> wordsOf(List<Evidence> mentions) {
        Set<Integer> words = new HashSet<>();
        mentions.forEach(e -> words.addAll(e.words()));
        return words;
    }

    private static boolean sameCondition(String plain, String specific) {
        return CodeSet.category(specific).equals(CodeSet.category(plain)) || CodeSet.category(plain).equals(UNKNOWN_SITE) && isSitedMalignancy(specific);
    }

    /** A primary malignant neoplasm of a named site: C00-C76 (solid) or C81-C96 (lymphoid and blood). */
    private static boolean isSitedMalignancy(String code) {
        if (code.length() < 3 || code.charAt(0) != 'C' || !Character.isDigit(code.charAt(1)) || !Character.isDigit(code.charAt(2))) {
            return false;
        }
        int number = Integer.parseInt(code.substring(1, 3));
        return number <= 76 || number >= 81 && number <= 96;
    }

    /**
     * One supporting mention of a code, with its score in [0,1] (how well it matched, weighted by where
     * it stands), how well it matched alone, and the ids of the words it matched.
     */
    public record Evidence(String code, String description, double score, double match, int entityId, boolean billable,
                           Set<Integer> words) {
    }

    /**
     * How much a mention counts given where it stands: conclusions (assessment, diagnoses) count fully,
     * the story and findings nearly so, the patient's past history less.
     */
    public static double sectionWeight(SectionKind section, boolean historical) {
        double weight = switch (section) {
            case ASSESSMENT_AND_PLAN, DIAGNOSES, CHIEF_COMPLAINT -> 1.0;
            case INDICATION, REVIEW_OF_SYSTEMS -> 0.85;
            default -> 0.95;
        };
        return weight;
    }

    /**
     * How much a mention counts given how far into the chart it stands: a chart opens with why the
     * patient came (complaint, history, first findings); conditions named late are more often
     * differentials, complications of treatment or the discussion of other cases.
     */
    public static double positionWeight(int offset, int chartLength) {
        return chartLength == 0 ? 1.0 : 1.0 - LATE_MENTION_PENALTY * offset / chartLength;
    }

    /**
     * Each character past the subcategory (the fifth on) adds a qualifier the chart must state
     * (laterality, episode, type, encounter): with the same evidence, a code that needs more of them is
     * more often wrong in one, so it ranks a little lower.
     */
    private static double detailWeight(String code) {
        int characters = code.length() - (code.indexOf('.') >= 0 ? 1 : 0);
        return 1.0 - DETAIL_PENALTY * Math.max(0, characters - 4);
    }

    public List<RankedCode> rank(List<Evidence> evidence) {
        Map<String, List<Evidence>> byCode = new LinkedHashMap<>();
        for (Evidence e : evidence) {
            byCode.computeIfAbsent(e.code(), k -> new ArrayList<>()).add(e);
        }
        foldIntoMoreSpecific(byCode);
        List<RankedCode> ranked = new ArrayList<>(byCode.size());
        for (List<Evidence> mentions : byCode.values()) {
            double missing = 1.0;
            List<Integer> ids = new ArrayList<>(mentions.size());
            for (Evidence e : mentions) {
                missing *= 1.0 - MENTION_WEIGHT * e.score();
                ids.add(e.entityId());
            }
            Evidence first = mentions.get(0);
            double score = (1.0 - missing) * (first.billable() ? 1.0 : CATEGORY_WEIGHT) * detailWeight(first.code());
            ranked.add(new RankedCode(first.code(), first.description(), Math.round(score * 10000) / 10000.0, List.copyOf(ids)));
        }
        ranked.sort(Comparator.comparingDouble(RankedCode::score).reversed());
        return List.copyOf(ranked);
    }
}
