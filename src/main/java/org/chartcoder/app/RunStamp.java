package org.chartcoder.app;

import java.time.Instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A run and a time, as the JSON object {@code {runId, at}}: a master's heartbeat
 * ({@link ChartKeys#masterHeartbeat}), which its workers read, or the claim on an alarm's master
 * ({@link ChartKeys#masterClaim}).
 */
public record RunStamp(String runId, Instant at) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public String json() {
        return MAPPER.createObjectNode().put("runId", runId).put("at", at.toString()).toString();
    }

    /** @throws IllegalStateException when the object is not JSON or lacks either field */
    public static RunStamp parse(String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            if (!node.path("runId").isTextual() || !node.path("at").isTextual()) {
                throw new IllegalStateException("run stamp without runId and at");
            }
            return new RunStamp(node.get("runId").asText(), Instant.parse(node.get("at").asText()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable run stamp", e);
        }
    }
}
