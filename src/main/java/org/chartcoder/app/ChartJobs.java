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

    /** A bundle's job, or with {@code sources} (null for a bundle) the job of a chunk read in place. */
    public String toJson(String batchId, String chunkId, String sha256, List<String> chartIds, List<ChartSource> sources)
            throws JsonProcessingException {
        return mapper.writeValueAsString(sources == null ? ChartJob.of(batchId, chunkId, sha256, chartIds)
                : ChartJob.inPlace(batchId, chunkId, sha256, chartIds, sources));
    }
}
