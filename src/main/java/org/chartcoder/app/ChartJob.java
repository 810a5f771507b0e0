package org.chartcoder.app;

import java.util.List;

/**
 * The work-queue message for one chunk, as JSON {@code {batchId, chunkId, s3Key, sha256, charts}}:
 * it names the chunk's bundle object, its hash and its chart ids (so a dead-lettered chunk is
 * recorded chart by chart without reading S3) and never carries chart text. Routes build it with
 * the bean {@code chartJobs}.
 */
public record ChartJob(String batchId, String chunkId, String s3Key, String sha256, List<String> charts) {

    public static ChartJob of(String batchId, String chunkId, String sha256, List<String> charts) {
        return new ChartJob(batchId, chunkId, ChartKeys.chunk(batchId, chunkId), sha256, charts);
    }
}
