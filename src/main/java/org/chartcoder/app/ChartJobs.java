package org.chartcoder.app;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Writes {@link ChartJob} messages; the intake route calls it as the bean {@code chartJobs}. */
public final class ChartJobs {

    private final ObjectMapper mapper;

    public ChartJobs(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String toJson(String batchId, String chunkId, String sha256, List<String> chartIds) throws JsonProcessingException {
        return mapper.writeValueAsString(ChartJob.of(batchId, chunkId, sha256, chartIds));
    }
}
