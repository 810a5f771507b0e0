package org.chartcoder.app;

/** A chart or job that no retry can fix. Its message names the reason only, never chart content. */
public class InvalidChartException extends RuntimeException {

    private final ErrorReason reason;

    public InvalidChartException(ErrorReason reason, String safeDetail) {
        super(reason + ": " + safeDetail, null, false, false);
        this.reason = reason;
    }

    public ErrorReason reason() {
        return reason;
    }
}
