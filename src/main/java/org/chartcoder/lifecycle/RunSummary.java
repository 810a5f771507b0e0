package org.chartcoder.lifecycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a run cost and did, written to {@code runs/{runId}.json} when it ends.
 *
 * @param status    drained, failed or timed-out
 * @param timings   seconds from the alarm's state change to each milestone (master, first result, drained, torn down)
 */
public record RunSummary(String runId, String status, String reason, String alarmName, Instant alarmTime,
                         Instant start, Instant end, String masterInstanceId, double masterHours,
                         List<Worker> workers, double workerHours, long chartsCoded, long chartsFailed,
                         long chartsDeadLettered, double estimatedCostUsd, Map<String, Double> pricesPerHourUsd,
                         Map<String, Double> timings) {

    public record Worker(String id, Instant start, Instant end, double hours) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new SimpleModule().addSerializer(Instant.class, ToStringSerializer.instance))
            .enable(SerializationFeature.INDENT_OUTPUT);

    public String toJson() {
        try {
            return MAPPER.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the run summary", e);
        }
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    /** The console lines local mode prints at the end. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append(String.format("run %s %s%s in %ds%n", runId, status, reason == null ? "" : " (" + reason + ")",
                duration().toSeconds()));
        text.append(String.format("  charts: %d coded, %d failed, %d dead-lettered%n", chartsCoded, chartsFailed,
                chartsDeadLettered));
        text.append(String.format("  workers: %d, %.3f worker-hours; master %.3f h; estimated cost $%.4f%n",
                workers.size(), workerHours, masterHours, estimatedCostUsd));
        timings.forEach((milestone, seconds) -> text.append(String.format("  %-28s %7.1f s%n", milestone, seconds)));
        return text.toString();
    }
}
