package org.chartcoder.app;

import java.util.regex.Pattern;

/**
 * The id rule of batches, charts, codes and runs, checked before an id becomes part of an S3 key, a
 * log line or an instance tag; routes use it as the bean {@code chartIds}. The master passes
 * {@link #RUN_ID_PATTERN} to Ansible, whose fleet role checks run ids with it.
 */
public final class ChartIds {

    public static final String PATTERN = "[A-Za-z0-9._-]{1,128}";
    /** Run ids also become EC2 tag values and Ansible's run_id: shorter, and starting with a letter or digit. */
    public static final String RUN_ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    private static final Pattern VALID_RUN_ID = Pattern.compile(RUN_ID_PATTERN);
    private static final Pattern VALID = Pattern.compile(PATTERN);

    public static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches() && !id.equals(".") && !id.equals("..");
    }

    public static boolean isValidRunId(String runId) {
        return runId != null && VALID_RUN_ID.matcher(runId).matches();
    }

    public static String requireValid(String id, String what) {
        if (!isValid(id)) {
            throw new IllegalArgumentException(what + " must match " + PATTERN);
        }
        return id;
    }
}
