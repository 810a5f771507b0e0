package org.chartcoder.lifecycle;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * Writes the notification CloudWatch publishes to SNS on an alarm state change, wrapped in the SNS
 * envelope that an SQS subscription receives: what the local queue-depth monitor sends, so the
 * controller reads one format whether the alarm is real or emulated.
 */
public final class CloudWatchAlarmMessage {

    private static final DateTimeFormatter CLOUDWATCH_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

    private final ObjectMapper mapper = new ObjectMapper();
    private final String topicArn;
    private final String region;

    public CloudWatchAlarmMessage(String topicArn, String region) {
        this.topicArn = topicArn;
        this.region = region;
    }

    public String snsEnvelope(String alarmName, String oldState, String newState, Instant changed,
                              String queueName, double threshold, double observed) {
        ObjectNode alarm = mapper.createObjectNode()
                .put("AlarmName", alarmName)
                .put("AlarmDescription", "Backlog on the work queue: start a master")
                .put("NewStateValue", newState)
                .put("NewStateReason", "Threshold Crossed: 1 datapoint [" + observed + "] compared with the threshold ("
                        + threshold + ")")
                .put("StateChangeTime", CLOUDWATCH_TIME.format(changed))
                .put("Region", region)
                .put("OldStateValue", oldState);
        ObjectNode trigger = alarm.putObject("Trigger")
                .put("MetricName", "ApproximateNumberOfMessagesVisible")
                .put("Namespace", "AWS/SQS")
                .put("Statistic", "AVERAGE")
                .put("ComparisonOperator", "GreaterThanOrEqualToThreshold")
                .put("Threshold", threshold);
        ArrayNode dimensions = trigger.putArray("Dimensions");
        dimensions.addObject().put("value", queueName).put("name", "QueueName");
        ObjectNode envelope = mapper.createObjectNode()
                .put("Type", "Notification")
                .put("MessageId", UUID.randomUUID().toString())
                .put("TopicArn", topicArn)
                .put("Subject", newState + ": \"" + alarmName + "\" in " + region)
                .put("Message", alarm.toString())
                .put("Timestamp", DateTimeFormatter.ISO_INSTANT.format(changed));
        return envelope.toString();
    }
}
