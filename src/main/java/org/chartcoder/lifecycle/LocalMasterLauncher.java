package org.chartcoder.lifecycle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Local mode's launcher: runs the master in this process (a thread) instead of on EC2, at most one
 * at a time, so duplicate and repeated alarms are as harmless as on AWS.
 */
public final class LocalMasterLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(LocalMasterLauncher.class);

    private final Function<String, MasterRun> masters;
    private final RunRecord record;
    private String currentRun;
    private CompletableFuture<RunSummary> current;
    private MasterRun master;

    /** @param masters builds the master of a run id (with its fleet, queue depth and counts) */
    public LocalMasterLauncher(Function<String, MasterRun> masters, RunRecord record) {
        this.masters = masters;
        this.record = record;
    }

    public synchronized void launch(String runId) {
        if (working()) {
            record.append(RunEvent.of(runId, "master.already-running", "masterRun", currentRun, "where", "in-process"));
            LOG.info("run {}: the master of run {} is still running, nothing launched", runId, currentRun);
            return;
        }
        MasterRun master = masters.apply(runId);
        this.master = master;
        currentRun = runId;
        record.append(RunEvent.of(runId, "master.launched", "where", "in-process"));
        LOG.info("run {}: master launched in-process", runId);
        current = CompletableFuture.supplyAsync(() -> {
            try {
                return master.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("master of run " + runId + " interrupted", e);
            } catch (Exception e) {
                throw new IllegalStateException("master of run " + runId + " failed", e);
            }
        }, runnable -> new Thread(runnable, "master-" + runId).start());
    }

    /** Ends a running master's run now (its teardown still stops the workers), e.g. when the local process stops. */
    public synchronized void stop() {
        if (current != null && !current.isDone() && master != null) {
            master.stop();
            try {
                current.get(2, java.util.concurrent.TimeUnit.MINUTES);
            } catch (Exception e) {
                LOG.warn("run {}: master did not end cleanly: {}", currentRun, e.getClass().getSimpleName());
            }
        }
    }

    /** True while a master's run has not ended. */
    public synchronized boolean working() {
        return current != null && !current.isDone();
    }

    /** The running or last master's outcome, if one was launched. */
    public synchronized Optional<CompletableFuture<RunSummary>> current() {
        return Optional.ofNullable(current);
    }
}
