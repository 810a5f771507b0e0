package org.chartcoder.app;

/**
 * Why a chart cannot be coded, or why intake refused a file. Such a chart gets an error record and
 * its job is not retried.
 */
public enum ErrorReason {
    EMPTY_TEXT,
    NOT_UTF8,
    TOO_LARGE,
    MISSING_OBJECT,
    MALFORMED_JOB,
    /** The stored chart no longer has the hash its job was queued with. */
    HASH_MISMATCH,
    /** Directory intake: the file's name is not a valid chart id, or repeats one. */
    BAD_NAME,
    /** Directory intake: a symbolic link leaving the directory, or leading nowhere; never followed. */
    LINK_OUTSIDE,
    /** Directory intake: a chart file that is not a regular file (a FIFO, a device, a socket). */
    NOT_REGULAR_FILE
}
