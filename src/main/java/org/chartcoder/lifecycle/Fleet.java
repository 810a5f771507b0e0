package org.chartcoder.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The workers of one run: started, grown to a size, terminated. */
public interface Fleet {

    /** Grows the run to {@code count} live workers, replacing dead ones. Does not block on slow provisioning. */
    void size(int count) throws Exception;

    /** Live workers (running or being started). */
    int size();

    /** Stops every worker of the run; each finishes the chart it holds within the grace period. */
    void terminate(Duration grace) throws Exception;

    /**
     * The dead-man timer: stops the fleet's own supervision at once (no more workers start); the
     * teardown then terminates the workers with their grace.
     */
    void abort() throws Exception;

    /** True when the fleet saw the queue drained and removed its workers itself (Ansible's master.yml does). */
    default boolean drained() {
        return false;
    }

    /** A failure that ends the run (e.g. a playbook exited non-zero), if any. */
    Optional<String> failure();

    /** One line of progress for the heartbeat. */
    String progress();

    /** Each worker's start and end (end null while it runs), for the summary's hours and cost. */
    List<WorkerUsage> usage();

    record WorkerUsage(String id, Instant start, Instant end) {

        public double hours(Instant now) {
            return Duration.between(start, end == null ? now : end).toMillis() / 3_600_000.0;
        }
    }
}
