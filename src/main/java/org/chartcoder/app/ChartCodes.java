package org.chartcoder.app;

import java.util.Locale;

/** The one spelling of an ICD-10-CM code in the index and in queries: upper case, without the dot. */
public final class ChartCodes {

    private ChartCodes() {
    }

    /** {@code i10} -> {@code I10}, {@code K26.9} and {@code k269} -> {@code K269}. */
    public static String normalise(String code) {
        return code.replace(".", "").trim().toUpperCase(Locale.ROOT);
    }
}
