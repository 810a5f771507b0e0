package org.chartcoder.app;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The work-queue message for one chunk, as JSON {@code {batchId, chunkId, s3Key, sha256, charts}}
 * for a chunk copied into a bundle, or {@code {batchId, chunkId, sha256, charts, sources}} for one
 * read in place from the user's S3 objects. It names where the charts are, the chunk's identity
 * (the bundle's hash, or the hash of its sources) and its chart ids (so a dead-lettered chunk is
 * recorded chart by chart without reading S3), and never carries chart text. Routes build it with
 * the bean {@code chartJobs}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChartJob(String batchId, String chunkId, String s3Key, String sha256, List<String> charts,
                       List<ChartSource> sources) {

    public static ChartJob of(String batchId, String chunkId, String sha256, List<String> charts) {
        return new ChartJob(batchId, chunkId, ChartKeys.chunk(batchId, chunkId), sha256, charts, null);
    }

    public static ChartJob inPlace(String batchId, String chunkId, String sha256, List<String> charts,
                                   List<ChartSource> sources) {
        return new ChartJob(batchId, chunkId, null, sha256, charts, List.copyOf(sources));
    }

    @JsonIgnore
    public boolean isInPlace() {
        return sources != null;
    }
}
