package org.chartcoder.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Writes and reads {@link ChartJob} messages; the intake route calls it as the bean {@code chartJobs}. */
public final class ChartJobs {

    private final ObjectMapper mapper;

    public ChartJobs(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String toJson(String batchId, String chartId, String sha256) throws JsonProcessingException {
        return mapper.writeValueAsString(ChartJob.of(batchId, chartId, sha256));
    }

    /** The chart index object: ids only, never empty (a zero-length object would skip client-side encryption). */
    public String indexEntry(String batchId, String chartId) throws JsonProcessingException {
        return mapper.writeValueAsString(new ChartIndexEntry(batchId, chartId));
    }

    record ChartIndexEntry(String batchId, String chartId) {
    }
}
