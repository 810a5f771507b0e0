package org.chartcoder.app;

/**
 * A request refused with a status other than 400 (which {@link IllegalArgumentException} stands
 * for): a body over the size bound (413), an Idempotency-Key reused for another request (422). The
 * message is for the client, so it never quotes the request's content.
 */
public class RefusedRequestException extends RuntimeException {

    private final int status;

    public RefusedRequestException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
