package org.chartcoder.app;

/**
 * A request refused with a status other than 400 (which {@link IllegalArgumentException} stands
 * for): a body over the size bound (413), an Idempotency-Key reused for another request (422),
 * intake full (503, with the seconds to wait for Retry-After). The message is for the client, so it
 * never quotes the request's content.
 */
public class RefusedRequestException extends RuntimeException {

    private final int status;
    private final int retryAfterSeconds;

    public RefusedRequestException(int status, String message) {
        this(status, message, 0);
    }

    /** @param retryAfterSeconds when the client may try again (Retry-After); 0: not said */
    public RefusedRequestException(int status, String message, int retryAfterSeconds) {
        super(message);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
