package org.chartcoder.lifecycle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Decides what an alarm notification means for the lifecycle. Only a fresh transition of the
 * configured alarm to ALARM asks for a master; everything else is recorded only. Notifications whose
 * state changed within one run window map to one run id, so SNS redeliveries and repeated alarms
 * name the same run, and the launcher's lookup of a running master makes them harmless.
 */
public final class AlarmPolicy {

    private static final DateTimeFormatter RUN_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'Z'").withZone(ZoneOffset.UTC);

    private final LifecycleSettings settings;
    private final Clock clock;

    public AlarmPolicy(LifecycleSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** @param reason why nothing is launched (null when launching) */
    public record Decision(boolean launch, String runId, String reason) {
    }

    public Decision decide(AlarmNotification alarm) {
        String runId = runId(alarm);
        if (!settings.alarmName().equals(alarm.alarmName())) {
            return new Decision(false, runId, "not the configured alarm");
        }
        if (!alarm.isTransitionToAlarm()) {
            return new Decision(false, runId, "state " + alarm.newState() + " from " + alarm.oldState());
        }
        Duration age = Duration.between(alarm.stateChangeTime(), clock.instant());
        if (age.compareTo(settings.alarmMaxAge()) > 0) {
            return new Decision(false, runId, "stale: state changed " + age.toMinutes() + " min ago");
        }
        return new Decision(true, runId, null);
    }

    public String runId(AlarmNotification alarm) {
        if (!settings.fixedRunId().isEmpty()) {
            return settings.fixedRunId();
        }
        long window = Math.max(1, settings.runWindow().toMillis());
        Instant start = Instant.ofEpochMilli(Math.floorDiv(alarm.stateChangeTime().toEpochMilli(), window) * window);
        String name = alarm.alarmName().replaceAll("[^A-Za-z0-9._-]", "-");
        // run ids become EC2 tag values and Ansible's run_id: at most 64 characters
        return (name.length() > 48 ? name.substring(0, 48) : name) + "-" + RUN_TIME.format(start);
    }
}
