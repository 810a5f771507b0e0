package org.chartcoder.lifecycle;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class AlarmNotificationParserTest {

    private final AlarmNotificationParser parser = new AlarmNotificationParser();
    private final ObjectMapper mapper = new ObjectMapper();
    private final Instant changed = Instant.parse("2025-01-15T10:05:27.123Z");
    private final String envelope = new CloudWatchAlarmMessage("arn:aws:sns:eu-west-1:1:alarms", "Europe (Ireland)")
            .snsEnvelope("backlog", "OK", "ALARM", changed, "work", 100, 412);

    @Test
    void readsTheSnsEnvelopeAnSqsSubscriptionDelivers() throws Exception {
        AlarmNotification alarm = parser.parse(envelope);
        assertEquals("backlog", alarm.alarmName());
        assertEquals(changed, alarm.stateChangeTime());
        assertEquals("Europe (Ireland)", alarm.region());
        assertEquals("work", alarm.queueName());
        assertTrue(alarm.isTransitionToAlarm());
        assertEquals(mapper.readTree(envelope).get("MessageId").asText(), alarm.messageId());
    }

    @Test
    void readsRawDeliveryAndTheLambdaEventMessageWhichAreTheAlarmAlone() throws Exception {
        String raw = mapper.readTree(envelope).get("Message").asText();
        AlarmNotification alarm = parser.parse(raw);
        assertEquals("backlog", alarm.alarmName());
        assertNull(alarm.messageId());
    }

    @Test
    void toleratesUnknownFieldsNullsAndLambdaStyleKeys() throws Exception {
        ObjectNode node = (ObjectNode) mapper.readTree(envelope);
        node.remove("MessageId");
        node.putNull("Subject");
        node.put("SigningCertUrl", "https://example.invalid/cert.pem");
        node.put("SomethingNew", 42);
        ObjectNode alarm = (ObjectNode) mapper.readTree(node.get("Message").asText());
        alarm.putNull("OldStateValue");
        alarm.putNull("Region");
        alarm.putNull("Trigger");
        alarm.put("StateChangeTime", "2025-01-15T10:05:27.123Z");
        node.put("Message", alarm.toString());

        AlarmNotification parsed = parser.parse(node.toString());
        assertEquals(changed, parsed.stateChangeTime());
        assertNull(parsed.region());
        assertNull(parsed.queueName());
        assertTrue(parsed.isTransitionToAlarm(), "an unknown previous state still makes a transition to ALARM");
    }

    @Test
    void alarmToAlarmIsNoTransition() throws Exception {
        String same = new CloudWatchAlarmMessage("t", "r").snsEnvelope("b", "ALARM", "ALARM", changed, "q", 1, 2);
        assertFalse(parser.parse(same).isTransitionToAlarm());
    }

    @Test
    void rejectsWhatIsNotAnAlarmWithoutQuotingIt() {
        String secret = "Patient has diabetes";
        for (String body : new String[] {"", secret, "[1,2]", "{\"Type\":\"Notification\",\"Message\":\"" + secret + "\"}",
                "{\"AlarmName\":\"x\",\"NewStateValue\":\"ALARM\",\"StateChangeTime\":\"yesterday\"}",
                "{\"AlarmName\":\"x\",\"NewStateValue\":null,\"StateChangeTime\":\"2025-01-15T10:05:27.123+0000\"}"}) {
            MalformedAlarmException e = assertThrows(MalformedAlarmException.class, () -> parser.parse(body));
            assertFalse(e.getMessage().contains("diabetes"));
        }
    }

    @Test
    void readsTheSharedSamplesAsDelivered() throws Exception {
        Path samples = Path.of(System.getProperty("chartcoder.shared.dir", "../shared"), "samples");
        assumeTrue(Files.isDirectory(samples), "shared samples absent at " + samples + ": skipped");
        AlarmNotification alarm = parser.parse(Files.readString(samples.resolve("alarm-notification-ALARM.json")));
        assertEquals("ALARM", alarm.newState());
        assertEquals(Instant.parse("2025-01-15T10:05:27.123Z"), alarm.stateChangeTime());
        assertEquals("work", alarm.queueName());
        AlarmNotification ok = parser.parse(Files.readString(samples.resolve("alarm-notification-OK.json")));
        assertEquals("OK", ok.newState());
        assertFalse(ok.isTransitionToAlarm());
    }
}
