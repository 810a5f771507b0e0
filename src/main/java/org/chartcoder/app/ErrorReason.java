package org.chartcoder.app;

/** Why a chart cannot be coded. Such a chart gets an error record and its job is not retried. */
public enum ErrorReason {
    EMPTY_TEXT,
    NOT_UTF8,
    TOO_LARGE,
    MISSING_OBJECT,
    MALFORMED_JOB,
    /** The stored chart no longer has the hash its job was queued with. */
    HASH_MISMATCH
}
