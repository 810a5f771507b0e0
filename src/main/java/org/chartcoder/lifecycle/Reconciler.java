package org.chartcoder.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The level-triggered half of the control loop. Alarms start runs on a transition only; this check
 * starts one whenever the queue holds work (visible or in flight) and no master is working, once
 * that has lasted the reconcile period. So a lost notification, a run ended by its dead-man timer
 * while the alarm stayed in ALARM, or work below the alarm's threshold still gets a run.
 */
public final class Reconciler {

    private static final Logger LOG = LoggerFactory.getLogger(Reconciler.class);
    private static final DateTimeFormatter RUN_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final String alarmName;
    private final Duration period;
    private final BooleanSupplier masterWorking;
    private final Consumer<String> launch;
    private final RunRecord record;
    private Instant strandedSince;

    /**
     * @param period        how long work must wait with no master before a run is started
     * @param masterWorking whether a master is working now
     * @param launch        starts the master of a run id
     */
    public Reconciler(String alarmName, Duration period, BooleanSupplier masterWorking, Consumer<String> launch,
                      RunRecord record) {
        this.alarmName = alarmName;
        this.period = period;
        this.masterWorking = masterWorking;
        this.launch = launch;
        this.record = record;
    }

    /** Called on every look at the queue; returns the run id it started, if any. */
    public synchronized java.util.Optional<String> check(QueueDepth.Depth depth, Instant now) {
        if (depth.empty() || masterWorking.getAsBoolean()) {
            strandedSince = null;
            return java.util.Optional.empty();
        }
        strandedSince = strandedSince == null ? now : strandedSince;
        if (Duration.between(strandedSince, now).compareTo(period) < 0) {
            return java.util.Optional.empty();
        }
        strandedSince = null;
        String runId = alarmName + "-reconcile-" + RUN_TIME.format(now);
        record.append(RunEvent.of(runId, "reconcile.started", "visible", depth.visible(), "inFlight", depth.inFlight(),
                "waitedSeconds", period.toSeconds()));
        LOG.warn("reconcile: {} visible, {} in flight and no master for {}s: starting run {}", depth.visible(),
                depth.inFlight(), period.toSeconds(), runId);
        launch.accept(runId);
        return java.util.Optional.of(runId);
    }
}
