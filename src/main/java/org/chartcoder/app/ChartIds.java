package org.chartcoder.app;

import java.util.regex.Pattern;

/**
 * The id rule of batches, charts, codes and runs, checked before an id becomes part of an S3 key, a
 * log line or an instance tag; routes use it as the bean {@code chartIds}. Ansible's fleet role
 * checks run ids with {@link #PATTERN} too (passed to it by the master).
 */
public final class ChartIds {

    public static final String PATTERN = "[A-Za-z0-9._-]{1,128}";
    private static final Pattern VALID = Pattern.compile(PATTERN);

    public static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches() && !id.equals(".") && !id.equals("..");
    }

    public static String requireValid(String id, String what) {
        if (!isValid(id)) {
            throw new IllegalArgumentException(what + " must match " + PATTERN);
        }
        return id;
    }
}
