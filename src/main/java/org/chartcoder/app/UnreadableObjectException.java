package org.chartcoder.app;

/**
 * A stored object exists but cannot be decrypted: typically a local data directory copied without
 * the encryption metadata an older version kept only in extended attributes. Answered as an error,
 * never taken for a missing object (which would make a coded chart look queued or unknown).
 */
public class UnreadableObjectException extends RuntimeException {

    public UnreadableObjectException() {
        super("a stored record cannot be decrypted: its encryption metadata is missing (a data directory copied"
                + " without extended attributes?); restore the data directory with them, see README \"Failure behaviour\"");
    }
}
