package org.chartcoder.lifecycle;

/** A message on the alarm queue that is not a CloudWatch alarm notification; the reason never quotes the body. */
public class MalformedAlarmException extends Exception {

    public MalformedAlarmException(String reason) {
        super(reason);
    }
}
