package org.chartcoder.app;

import java.util.regex.Pattern;

/** Batch, chart and code ids are checked before they become part of an S3 key or a log line. */
public final class ChartIds {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,128}");

    private ChartIds() {
    }

    public static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches() && !id.equals(".") && !id.equals("..");
    }

    public static String requireValid(String id, String what) {
        if (!isValid(id)) {
            throw new IllegalArgumentException(what + " must match [A-Za-z0-9._-]{1,128}");
        }
        return id;
    }
}
