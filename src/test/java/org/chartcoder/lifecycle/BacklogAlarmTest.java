package org.chartcoder.lifecycle;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BacklogAlarmTest {

    private final AlarmNotificationParser parser = new AlarmNotificationParser();

    @Test
    void publishesEachStateChangeOnceAsCloudWatchWould() throws Exception {
        BacklogAlarm alarm = new BacklogAlarm("backlog", "work", 10, 2, new CloudWatchAlarmMessage("t", "local"));
        Instant now = Instant.now();

        AlarmNotification ok = parser.parse(alarm.evaluate(0, now).orElseThrow());
        assertEquals("INSUFFICIENT_DATA", ok.oldState());
        assertEquals("OK", ok.newState());
        assertEquals(Optional.empty(), alarm.evaluate(12, now), "one breaching datapoint of two");
        AlarmNotification fired = parser.parse(alarm.evaluate(15, now).orElseThrow());
        assertTrue(fired.isTransitionToAlarm());
        assertEquals("work", fired.queueName());
        assertEquals(Optional.empty(), alarm.evaluate(500, now));
        assertEquals("OK", parser.parse(alarm.evaluate(3, now).orElseThrow()).newState());
    }
}
