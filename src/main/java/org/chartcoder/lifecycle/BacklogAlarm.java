package org.chartcoder.lifecycle;

import java.time.Instant;
import java.util.Optional;

/**
 * The local stand-in for the CloudWatch alarm on ApproximateNumberOfMessagesVisible: evaluates the
 * work queue's depth and, on each state change (INSUFFICIENT_DATA/OK -> ALARM when the backlog
 * reaches the threshold for the required datapoints, ALARM -> OK when it falls below), produces the
 * notification CloudWatch would publish through SNS to the alarm queue.
 */
public final class BacklogAlarm {

    private final String alarmName;
    private final String queueName;
    private final long threshold;
    private final int datapointsToAlarm;
    private final CloudWatchAlarmMessage messages;
    private String state = "INSUFFICIENT_DATA";
    private int breaching;

    public BacklogAlarm(String alarmName, String queueName, long threshold, int datapointsToAlarm,
                        CloudWatchAlarmMessage messages) {
        this.alarmName = alarmName;
        this.queueName = queueName;
        this.threshold = threshold;
        this.datapointsToAlarm = Math.max(1, datapointsToAlarm);
        this.messages = messages;
    }

    /** @return the SNS envelope to publish when the state changed with this datapoint */
    public synchronized Optional<String> evaluate(long visible, Instant now) {
        breaching = visible >= threshold ? breaching + 1 : 0;
        String next = breaching >= datapointsToAlarm ? AlarmNotification.ALARM : visible < threshold ? "OK" : state;
        if (next.equals(state)) {
            return Optional.empty();
        }
        String previous = state;
        state = next;
        return Optional.of(messages.snsEnvelope(alarmName, previous, next, now, queueName, threshold, visible));
    }

    public synchronized String state() {
        return state;
    }
}
