package org.chartcoder.lifecycle;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One transition of a run, as appended to the run record: ids, states, counts and timings only.
 *
 * @param event   e.g. alarm.received, master.launched, workers.sized, drained, master.shutdown, run.failed
 * @param details small scalar values (instance ids, counts, exit codes, reasons)
 */
public record RunEvent(Instant time, String runId, String event, Map<String, Object> details) {

    public static RunEvent of(String runId, String event, Object... keyValues) {
        Map<String, Object> details = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            details.put(String.valueOf(keyValues[i]), keyValues[i + 1]);
        }
        return new RunEvent(Instant.now(), runId, event, details);
    }
}
