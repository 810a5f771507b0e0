package org.chartcoder.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Where every lifecycle transition is kept: lifecycle.jsonl in the data directory, or S3 runs/ on AWS. */
public interface RunRecord {

    /** Id under which transitions that belong to no run (e.g. a malformed alarm) are recorded. */
    String NO_RUN = "none";

    void append(RunEvent event);

    /** Every transition of one run, oldest first. */
    List<RunEvent> events(String runId);

    /** Every run, newest first, each with its first and last transition. */
    List<RunOverview> runs();

    /** The run summary written when a run ends. */
    Optional<String> summaryJson(String runId);

    void writeSummary(String runId, String json);

    /** The master is alive at {@code at}: where its workers look (AWS); nothing by default. */
    default void heartbeat(String runId, Instant at) {
    }

    /** The master's last heartbeat, if it wrote one where this record can read it. */
    default Optional<Instant> lastHeartbeat(String runId) {
        return Optional.empty();
    }

    /**
     * Claims the master of an alarm for a run, atomically across launchers: granted when no run holds
     * the claim, when this run already does (a retried launch of it, which the EC2 client token then
     * makes return the same instance), when the holder's master has ended, or when the holder's claim
     * is older than {@code hold} (its master had that long to show up in DescribeInstances);
     * otherwise the holder keeps it.
     *
     * @param holderEnded whether a run's master was launched and is no longer pending or running
     * @return the run holding the claim afterwards: {@code runId} when this run may launch
     */
    String claimMaster(String alarmName, String runId, Instant now, Duration hold, Predicate<String> holderEnded);

    record RunOverview(String runId, RunEvent first, RunEvent last, int events) {
    }
}
