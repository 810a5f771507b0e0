package org.chartcoder.engine.context;

import java.util.EnumSet;
import java.util.Set;

/** The kinds of chart section the {@link SectionDetector} knows, with what each implies for its mentions. */
public enum SectionKind {
    /** Text before the first heading, or under a heading the detector does not know. */
    UNKNOWN,
    CHIEF_COMPLAINT,
    HISTORY_OF_PRESENT_ILLNESS,
    PAST_MEDICAL_HISTORY,
    PAST_SURGICAL_HISTORY,
    FAMILY_HISTORY,
    SOCIAL_HISTORY,
    MEDICATIONS,
    ALLERGIES,
    REVIEW_OF_SYSTEMS,
    PHYSICAL_EXAM,
    RESULTS,
    HOSPITAL_COURSE,
    ASSESSMENT_AND_PLAN,
    DIAGNOSES,
    INSTRUCTIONS,
    /** The reason for a test, as radiology reports state it: often a question, not a finding. */
    INDICATION;

    /**
     * Traits every mention in this section has unless its sentence says otherwise: FAMILY in a
     * family history, HISTORICAL in past medical and surgical histories; none elsewhere.
     */
    public Set<Assertion> defaultAssertions() {
        return switch (this) {
            case FAMILY_HISTORY -> EnumSet.of(Assertion.FAMILY);
            case PAST_MEDICAL_HISTORY, PAST_SURGICAL_HISTORY -> EnumSet.of(Assertion.HISTORICAL);
            default -> EnumSet.noneOf(Assertion.class);
        };
    }

    /**
     * False where condition words name something other than the patient's conditions: drug names in
     * medication lists, allergens in allergy lists ("sulfa", "penicillin": not diagnoses).
     */
    public boolean mentionsAreConditions() {
        return this != MEDICATIONS && this != ALLERGIES;
    }

    /**
     * The traits of a mention classified as {@code sentenceTraits} within this section: the section
     * default is added, except that a family section does not make a mention historical, and a mention
     * the sentence already gives to a family member is not also the patient's history.
     */
    public Set<Assertion> combine(Set<Assertion> sentenceTraits) {
        Set<Assertion> traits = EnumSet.noneOf(Assertion.class);
        traits.addAll(sentenceTraits);
        traits.addAll(defaultAssertions());
        if (traits.contains(Assertion.FAMILY)) {
            traits.remove(Assertion.HISTORICAL);
        }
        return traits;
    }
}
