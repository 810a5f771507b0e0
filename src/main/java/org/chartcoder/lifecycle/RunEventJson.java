package org.chartcoder.lifecycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One JSON object per run event, {time, runId, event, ...details}; shared by the file and S3 records. */
final class RunEventJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RunEventJson() {
    }

    static String write(RunEvent event) {
        ObjectNode node = MAPPER.createObjectNode()
                .put("time", event.time().toString())
                .put("runId", event.runId())
                .put("event", event.event());
        event.details().forEach((key, value) -> node.set(key, MAPPER.valueToTree(value)));
        return node.toString();
    }

    static RunEvent read(String line) {
        try {
            JsonNode node = MAPPER.readTree(line);
            Map<String, Object> details = new LinkedHashMap<>();
            node.fields().forEachRemaining(field -> {
                if (!List.of("time", "runId", "event").contains(field.getKey())) {
                    details.put(field.getKey(), MAPPER.convertValue(field.getValue(), Object.class));
                }
            });
            return new RunEvent(Instant.parse(node.get("time").asText()), node.get("runId").asText(),
                    node.get("event").asText(), details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable line in the run record", e);
        }
    }

    static List<RunRecord.RunOverview> overview(Collection<RunEvent> events) {
        Map<String, List<RunEvent>> byRun = new TreeMap<>();
        for (RunEvent event : events) {
            byRun.computeIfAbsent(event.runId(), id -> new ArrayList<>()).add(event);
        }
        List<RunRecord.RunOverview> runs = new ArrayList<>();
        byRun.forEach((runId, list) -> {
            list.sort(Comparator.comparing(RunEvent::time));
            runs.add(new RunRecord.RunOverview(runId, list.get(0), list.get(list.size() - 1), list.size()));
        });
        runs.sort(Comparator.comparing((RunRecord.RunOverview run) -> run.first().time()).reversed());
        return runs;
    }
}
