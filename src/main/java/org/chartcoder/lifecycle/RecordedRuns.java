package org.chartcoder.lifecycle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.chartcoder.app.ChartLists;
import org.chartcoder.app.RunQueries;

/** The run record as the query API serves it: ids, transitions, counts and timings, never chart text. */
public class RecordedRuns implements RunQueries {

    private final ObjectMapper mapper = new ObjectMapper();
    private final RunRecord record;

    public RecordedRuns(RunRecord record) {
        this.record = record;
    }

    @Override
    public ChartLists.Page<Map<String, Object>> runs(ChartLists.PageRequest page) {
        List<Map<String, Object>> runs = record.runs().stream().map(RecordedRuns::overview).toList();
        return ChartLists.slice(runs, run -> (String) run.get("runId"), page);
    }

    @Override
    public Optional<Map<String, Object>> run(String runId) {
        List<RunEvent> events = record.events(runId);
        if (events.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("runId", runId);
        body.put("events", events.stream().map(RecordedRuns::event).toList());
        try {
            body.put("summary", record.summaryJson(runId).isPresent() ? mapper.readTree(record.summaryJson(runId).get()) : null);
        } catch (IOException e) {
            throw new UncheckedIOException("run summary is not JSON", e);
        }
        return Optional.of(body);
    }

    private static Map<String, Object> overview(RunRecord.RunOverview run) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("runId", run.runId());
        body.put("started", run.first().time().toString());
        body.put("lastEvent", run.last().event());
        body.put("lastTime", run.last().time().toString());
        body.put("events", run.events());
        return body;
    }

    private static Map<String, Object> event(RunEvent event) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("time", event.time().toString());
        body.put("event", event.event());
        body.putAll(event.details());
        return body;
    }
}
