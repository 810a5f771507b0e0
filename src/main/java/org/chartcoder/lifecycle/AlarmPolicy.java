package org.chartcoder.lifecycle;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Decides what an alarm notification means for the lifecycle. Only a fresh transition of the
 * configured alarm to ALARM asks for a master; everything else (other alarms, other states, stale
 * or future-dated notifications) is recorded only. The run id is the
 * alarm name and the alarm's own StateChangeTime (to the millisecond): SNS redeliveries of one
 * transition carry the same time, so they name the same run and the same EC2 client token (one
 * master), while a later transition (a second backlog in the same hour) gets a new run and a new
 * token. A clock-hour id would not do: EC2 keeps a client token for at least 24 hours after its
 * instance terminated, so a second backlog in that hour would get the dead master back.
 */
public final class AlarmPolicy {

    private static final DateTimeFormatter RUN_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    /** Clock skew tolerated between CloudWatch and this host; a later state change is not a real one. */
    private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

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
        if (age.compareTo(FUTURE_TOLERANCE.negated()) < 0) {
            return new Decision(false, runId, "future-dated: state changes " + age.negated().toMinutes() + " min from now");
        }
        if (age.compareTo(settings.alarmMaxAge()) > 0) {
            return new Decision(false, runId, "stale: state changed " + age.toMinutes() + " min ago");
        }
        return new Decision(true, runId, null);
    }

    public String runId(AlarmNotification alarm) {
        if (!settings.fixedRunId().isEmpty()) {
            return settings.fixedRunId();
        }
        String name = alarm.alarmName().replaceAll("[^A-Za-z0-9._-]", "-");
        // run ids become EC2 tag values and Ansible's run_id: at most 64 characters (19 for the time)
        return (name.length() > 44 ? name.substring(0, 44) : name) + "-" + RUN_TIME.format(alarm.stateChangeTime());
    }
}
