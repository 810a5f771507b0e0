package org.chartcoder.lifecycle;

import java.time.Instant;

/**
 * The part of a CloudWatch alarm state change that the lifecycle acts on, lifted out of its SNS
 * envelope. {@code region} is CloudWatch's display name (e.g. "US East (N. Virginia)"), not a code.
 *
 * @param messageId       the SNS message id (null for raw delivery), used to recognise duplicates
 * @param queueName       the QueueName dimension of the alarm's metric, if any
 */
public record AlarmNotification(String messageId, String alarmName, String newState, String oldState,
                                Instant stateChangeTime, String region, String alarmArn, String queueName) {

    public static final String ALARM = "ALARM";

    /** True for the OK/INSUFFICIENT_DATA -> ALARM transition; ALARM -> ALARM (a config update) is not one. */
    public boolean isTransitionToAlarm() {
        return ALARM.equals(newState) && !ALARM.equals(oldState);
    }
}
