package org.chartcoder.lifecycle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One run of the master: grows the fleet with the backlog ({@code ceil((visible + in flight) /
 * chartsPerWorker)} clamped to [1, maxWorkers]) and replaces dead workers on each poll, waits until
 * the queue has been empty for the quiet period, then terminates the workers, sweeps the run's
 * instances, writes the summary and shuts the master down. It never shrinks the fleet while work is
 * in flight, so no busy worker is stopped. A dead-man timer ends the run after maxRunMinutes: it
 * stops the fleet's supervision, and the teardown still stops each worker with its grace.
 */
public final class MasterRun {

    private static final Logger LOG = LoggerFactory.getLogger(MasterRun.class);

    /** What ends the master: a command and/or terminating its own instance. */
    @FunctionalInterface
    public interface Shutdown {
        void now(String runId) throws Exception;
    }

    /** Optional sweep of the run's instances by tag after the fleet's own teardown. */
    @FunctionalInterface
    public interface Sweep {
        List<String> sweep(String runId);
    }

    private final String runId;
    private final LifecycleSettings settings;
    private final QueueDepth queue;
    private final ChartCounts counts;
    private final Fleet fleet;
    private final Sweep sweep;
    private final RunRecord record;
    private final Shutdown shutdown;
    private final String masterInstanceId;
    private final AtomicBoolean deadManTripped = new AtomicBoolean();
    private final AtomicBoolean stopRequested = new AtomicBoolean();
    private volatile Thread loop;
    /** The timer interrupts the supervision loop only, never the teardown (its file and network I/O). */
    private final Object supervision = new Object();
    private boolean supervising;
    private final Map<String, Instant> milestones = new LinkedHashMap<>();

    public MasterRun(String runId, LifecycleSettings settings, QueueDepth queue, ChartCounts counts, Fleet fleet,
                     Sweep sweep, RunRecord record, Shutdown shutdown, String masterInstanceId) {
        this.runId = runId;
        this.settings = settings;
        this.queue = queue;
        this.counts = counts;
        this.fleet = fleet;
        this.sweep = sweep;
        this.record = record;
        this.shutdown = shutdown;
        this.masterInstanceId = masterInstanceId;
    }

    public RunSummary run() throws Exception {
        Instant start = Instant.now();
        Instant alarmTime = alarmTime().orElse(start);
        milestones.put("master started", start);
        record.append(RunEvent.of(runId, "master.started", "instanceId", masterInstanceId, "pid",
                ProcessHandle.current().pid(), "maxRunMinutes", settings.maxRun().toSeconds() / 60.0));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dead-man-timer");
            thread.setDaemon(true);
            return thread;
        });
        loop = Thread.currentThread();
        timer.schedule(this::tripDeadMan, settings.maxRun().toMillis(), TimeUnit.MILLISECONDS);
        String status = "drained";
        String reason = null;
        try {
            synchronized (supervision) {
                supervising = true;
            }
            reason = superviseUntilDrained();
            if (reason != null) {
                status = "failed";
            }
        } catch (InterruptedException e) {
            if (!deadManTripped.get() && !stopRequested.get()) {
                throw e;
            }
        } catch (RuntimeException e) {
            status = "failed";
            reason = e.getClass().getSimpleName() + ": " + e.getMessage();
        } finally {
            synchronized (supervision) {
                supervising = false;
                Thread.interrupted();
            }
        }
        if (deadManTripped.get()) {
            status = "timed-out";
            reason = "dead-man timer after " + settings.maxRun().toSeconds() + "s";
        } else if (stopRequested.get()) {
            status = "stopped";
            reason = "the master's process is stopping";
        }
        timer.shutdownNow();
        if (!"drained".equals(status)) {
            record.append(RunEvent.of(runId, "run.failed", "status", status, "reason", reason));
            LOG.warn("run {} {}: {}", runId, status, reason);
        }
        RunSummary summary = tearDown(start, alarmTime, status, reason);
        record.append(RunEvent.of(runId, "master.shutdown", "instanceId", masterInstanceId, "status", status));
        LOG.info("run {}: master shutting down", runId);
        shutdown.now(runId);
        return summary;
    }

    /** @return null when drained, else why the run failed */
    private String superviseUntilDrained() throws Exception {
        Instant quietSince = null;
        Instant lastHeartbeat = Instant.EPOCH;
        while (true) {
            if (stopRequested.get() || deadManTripped.get()) {
                throw new InterruptedException("run ending");
            }
            var failure = fleet.failure();
            if (failure.isPresent()) {
                return failure.get();
            }
            if (fleet.drained()) {
                milestones.put("drained", Instant.now());
                record.append(RunEvent.of(runId, "drained", "by", "fleet"));
                LOG.info("run {}: the fleet drained the queue and removed its workers", runId);
                return null;
            }
            QueueDepth.Depth depth = queue.read();
            Instant now = Instant.now();
            if (!milestones.containsKey("first result") && counts.read().finished() > 0) {
                milestones.put("first result", now);
                record.append(RunEvent.of(runId, "first.result"));
            }
            if (depth.empty()) {
                quietSince = quietSince == null ? now : quietSince;
                if (Duration.between(quietSince, now).compareTo(settings.quietPeriod()) >= 0) {
                    milestones.put("drained", quietSince);
                    record.append(RunEvent.of(runId, "drained", "quietSeconds", settings.quietPeriod().toSeconds()));
                    LOG.info("run {}: queue empty for {}s: drained", runId, settings.quietPeriod().toSeconds());
                    return null;
                }
            } else {
                quietSince = null;
            }
            // in-flight jobs count: their workers are busy, and a dead worker's jobs come back
            int wanted = workersFor(depth.visible() + depth.inFlight());
            if (wanted > fleet.size()) {
                int before = fleet.size();
                fleet.size(wanted);
                milestones.putIfAbsent("workers requested", now);
                record.append(RunEvent.of(runId, "workers.sized", "from", before, "to", wanted,
                        "visible", depth.visible(), "inFlight", depth.inFlight()));
                LOG.info("run {}: {} visible, {} in flight: {} -> {} workers", runId, depth.visible(),
                        depth.inFlight(), before, wanted);
            }
            if (Duration.between(lastHeartbeat, now).compareTo(settings.heartbeatInterval()) >= 0) {
                lastHeartbeat = now;
                heartbeat(now);
                LOG.info("run {}: heartbeat {}s: {} visible, {} in flight; {}", runId,
                        Duration.between(milestones.get("master started"), now).toSeconds(), depth.visible(),
                        depth.inFlight(), fleet.progress());
            }
            Thread.sleep(settings.pollInterval().toMillis());
        }
    }

    int workersFor(long jobs) {
        long charts = jobs * settings.chartsPerJob();
        long wanted = (charts + settings.chartsPerWorker() - 1) / settings.chartsPerWorker();
        return (int) Math.max(1, Math.min(settings.maxWorkers(), wanted));
    }

    /** Ends the run before it drained (the process is stopping); the teardown still runs. */
    public void stop() {
        stopRequested.set(true);
        interruptSupervision();
    }

    private void interruptSupervision() {
        synchronized (supervision) {
            if (supervising) {
                loop.interrupt();
            }
        }
    }

    private void tripDeadMan() {
        deadManTripped.set(true);
        LOG.error("run {}: dead-man timer: {} reached, stopping the run", runId, settings.maxRun());
        record.append(RunEvent.of(runId, "deadman.tripped", "afterSeconds", settings.maxRun().toSeconds()));
        try {
            fleet.abort();
        } catch (Exception e) {
            LOG.error("run {}: aborting the fleet failed: {}", runId, e.getClass().getSimpleName());
        }
        interruptSupervision();
    }

    private RunSummary tearDown(Instant start, Instant alarmTime, String status, String reason) {
        try {
            fleet.terminate(settings.workerStopGrace());
        } catch (Exception e) {
            record.append(RunEvent.of(runId, "workers.terminate-failed", "error", e.getClass().getSimpleName()));
        }
        record.append(RunEvent.of(runId, "workers.terminated", "workers", fleet.size()));
        try {
            List<String> swept = sweep.sweep(runId);
            record.append(RunEvent.of(runId, "swept", "instances", swept));
            if (!swept.isEmpty()) {
                LOG.warn("run {}: safety-net sweep terminated {} instance(s) the fleet left", runId, swept.size());
            }
        } catch (RuntimeException e) {
            record.append(RunEvent.of(runId, "sweep.failed", "error", e.getClass().getSimpleName()));
            LOG.error("run {}: safety-net sweep failed: {}", runId, e.getMessage());
        }
        Instant end = Instant.now();
        milestones.put("torn down", end);
        RunSummary summary = summarize(start, end, alarmTime, status, reason);
        record.writeSummary(runId, summary.toJson());
        record.append(RunEvent.of(runId, "run.summary", "status", status, "coded", summary.chartsCoded(),
                "failed", summary.chartsFailed(), "deadLettered", summary.chartsDeadLettered(),
                "estimatedCostUsd", summary.estimatedCostUsd()));
        return summary;
    }

    private RunSummary summarize(Instant start, Instant end, Instant alarmTime, String status, String reason) {
        List<RunSummary.Worker> workers = fleet.usage().stream()
                .map(usage -> new RunSummary.Worker(usage.id(), usage.start(), usage.end(), usage.hours(end))).toList();
        double workerHours = workers.stream().mapToDouble(RunSummary.Worker::hours).sum();
        double masterHours = Duration.between(start, end).toMillis() / 3_600_000.0;
        ChartCounts.Counts finalCounts = countsOrZero();
        double cost = masterHours * settings.masterHourlyPrice() + workerHours * settings.workerHourlyPrice();
        Map<String, Double> timings = new LinkedHashMap<>();
        milestones.forEach((name, time) ->
                timings.put("alarm -> " + name, Duration.between(alarmTime, time).toMillis() / 1000.0));
        return new RunSummary(runId, status, reason, settings.alarmName(), alarmTime, start, end, masterInstanceId,
                round(masterHours), workers, round(workerHours), finalCounts.coded(), finalCounts.failed(),
                finalCounts.deadLettered(), round(cost),
                Map.of("master", settings.masterHourlyPrice(), "worker", settings.workerHourlyPrice()), timings);
    }

    private ChartCounts.Counts countsOrZero() {
        try {
            return counts.read();
        } catch (RuntimeException e) {
            LOG.warn("run {}: cannot count charts: {}", runId, e.getClass().getSimpleName());
            return new ChartCounts.Counts(0, 0, 0);
        }
    }

    private java.util.Optional<Instant> alarmTime() {
        return record.events(runId).stream().filter(event -> event.event().equals("alarm.received"))
                .map(event -> event.details().get("stateChangeTime")).filter(java.util.Objects::nonNull)
                .map(time -> Instant.parse(time.toString())).findFirst();
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    /** Where the run's workers see that their master lives; a failed write only costs a warning. */
    private void heartbeat(Instant now) {
        try {
            record.heartbeat(runId, now);
        } catch (RuntimeException e) {
            LOG.warn("run {}: heartbeat not written: {}", runId, e.getClass().getSimpleName());
        }
    }
}
