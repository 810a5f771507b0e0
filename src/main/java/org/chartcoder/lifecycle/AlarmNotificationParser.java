package org.chartcoder.lifecycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;

/**
 * Reads a CloudWatch alarm notification however it arrives: the SNS envelope an SQS subscription
 * delivers (keys SigningCertURL...), the alarm JSON alone (raw message delivery on), or the
 * {@code Message} string of a Lambda SNS event record. Unknown fields and nulls are tolerated;
 * only AlarmName, NewStateValue and StateChangeTime are required.
 */
public final class AlarmNotificationParser {

    /** CloudWatch writes offsets without a colon ("+0000"); ISO-8601 with one is accepted too. */
    private static final DateTimeFormatter CLOUDWATCH_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .toFormatter();

    private final ObjectMapper mapper = new ObjectMapper();

    public AlarmNotification parse(String body) throws MalformedAlarmException {
        if (body == null || body.isBlank()) {
            throw new MalformedAlarmException("empty message");
        }
        JsonNode root = readObject(body, "message is not a JSON object");
        String messageId = text(root, "MessageId");
        JsonNode alarm = root;
        if (root.hasNonNull("Message") && !root.has("AlarmName")) {
            JsonNode inner = root.get("Message");
            alarm = inner.isObject() ? inner : readObject(inner.asText(), "SNS Message is not a JSON object");
        }
        return fromAlarm(alarm, messageId);
    }

    private AlarmNotification fromAlarm(JsonNode alarm, String messageId) throws MalformedAlarmException {
        String name = text(alarm, "AlarmName");
        String newState = text(alarm, "NewStateValue");
        String changed = text(alarm, "StateChangeTime");
        if (name == null || newState == null || changed == null) {
            throw new MalformedAlarmException("not a CloudWatch alarm: AlarmName, NewStateValue or StateChangeTime missing");
        }
        return new AlarmNotification(messageId, name, newState, text(alarm, "OldStateValue"), parseTime(changed),
                text(alarm, "Region"), text(alarm, "AlarmArn"), queueName(alarm.get("Trigger")));
    }

    private static String queueName(JsonNode trigger) {
        if (trigger == null || !trigger.has("Dimensions") || !trigger.get("Dimensions").isArray()) {
            return null;
        }
        for (JsonNode dimension : trigger.get("Dimensions")) {
            String dimensionName = text(dimension, "name");
            if (dimensionName == null) {
                dimensionName = text(dimension, "Name");
            }
            if ("QueueName".equals(dimensionName)) {
                String value = text(dimension, "value");
                return value != null ? value : text(dimension, "Value");
            }
        }
        return null;
    }

    private static Instant parseTime(String value) throws MalformedAlarmException {
        try {
            return OffsetDateTime.parse(value, CLOUDWATCH_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new MalformedAlarmException("StateChangeTime is not a timestamp");
        }
    }

    private JsonNode readObject(String json, String reason) throws MalformedAlarmException {
        try {
            JsonNode node = mapper.readTree(json);
            if (node == null || !node.isObject()) {
                throw new MalformedAlarmException(reason);
            }
            return node;
        } catch (JsonProcessingException e) {
            // Jackson's message quotes the input; keep it out of logs and dead-letter reasons.
            throw new MalformedAlarmException(reason);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
