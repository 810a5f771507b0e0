package org.chartcoder.engine.context;

/**
 * A context trait of one mention, as in NegEx/ConText. The declaration order is the order in which
 * traits are written by the {@code assertions} command.
 */
public enum Assertion {
    /** The condition is stated as absent ("denies chest pain", "pneumonia was ruled out"). */
    NEGATION,
    /** The condition is a possibility to watch for or test, not a finding ("return if fever", "rule out MI"). */
    HYPOTHETICAL,
    /** The condition belongs to the patient's past ("history of hypertension", "s/p appendectomy"). */
    HISTORICAL,
    /** The condition is someone else's, usually a relative's ("mother had breast cancer"). */
    FAMILY,
    /**
     * The condition is named as uncertain: suspected, possible, likely, not excluded ("possible
     * pneumonia", "cannot rule out PE"), Comprehend Medical's LOW_CONFIDENCE.
     */
    LOW_CONFIDENCE;

    /** The name the engine writes into a result trait (Comprehend Medical calls family PERTAINS_TO_FAMILY). */
    public String traitName() {
        return this == FAMILY ? "PERTAINS_TO_FAMILY" : name();
    }
}
