package org.chartcoder.engine;

/**
 * Assigns ICD-10-CM codes to the text of one chart. Implementations are thread-safe and hold no
 * per-chart state, so one instance serves every worker thread.
 */
public interface CodingEngine {

    CodingResult code(String chartText);

    /** Version of the engine and of the trained model it uses, if any; written into every result. */
    String modelVersion();

    /** Fiscal year (or other label) of the ICD-10-CM code set loaded; written into every result. */
    String codeSetVersion();
}
