package org.chartcoder.app;

import java.util.Map;
import java.util.Optional;

/**
 * The run record as the query API reads it. The record lives in the lifecycle, above this package,
 * so the lifecycle implements this and hands it to the query core.
 */
public interface RunQueries {

    /** Runs newest first, each as {runId, started, lastEvent, lastTime, events}. */
    ChartLists.Page<Map<String, Object>> runs(ChartLists.PageRequest page);

    /** The run's transitions and its summary once it ended; empty for an unknown run. */
    Optional<Map<String, Object>> run(String runId);
}
