package org.chartcoder.app;

import java.util.List;

import org.chartcoder.engine.CodingResult;

/** The JSON records chart-coder writes to S3 and serves from its API. */
public final class ChartRecords {

    private ChartRecords() {
    }

    /** Shaped after Amazon Comprehend Medical InferICD10CM; {@code codes} is the chart-level list in rank order. */
    public record Result(String chartId, String batchId, String codedAt, String modelVersion, String codeSetVersion,
                         String chartSha256, List<CodingResult.Entity> entities,
                         List<CodingResult.RankedCode> codes) {
    }

    public record Error(String chartId, String batchId, String status, ErrorReason reason, String detail,
                        String chartSha256, String failedAt) {
    }

    public record DeadLetter(String chartId, String batchId, String status, String reason, String chartSha256,
                             String deadLetteredAt) {
    }

    public record Queued(String chartId, String batchId, String status) {
    }

    /** A batch's counters, kept by the index as its chunks are submitted and finished. */
    public record BatchStatus(String batchId, int total, int queued, int coded, int failed, int deadLettered) {

        public static BatchStatus of(String batchId, long total, long coded, long failed, long deadLettered) {
            return new BatchStatus(batchId, (int) total, (int) (total - coded - failed - deadLettered), (int) coded,
                    (int) failed, (int) deadLettered);
        }

        public boolean done() {
            return queued == 0;
        }
    }

    /**
     * The one object a worker writes per chunk, {@code results/{batchId}/{chunkId}.json}: every
     * chart's result or error record, stored in one put before the job is deleted; for a chunk coded
     * in place, also where its charts were read ({@code sources}, absent for a bundle).
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record ChunkResult(String batchId, String chunkId, String chunkSha256, List<Result> results,
                              List<Error> errors, List<ChartSource> sources) {
    }

    /** {@code deadletters/{batchId}/{chunkId}.json}: a chunk's job exhausted its receives. */
    public record DeadLetterChunk(String batchId, String chunkId, String chunkSha256, String reason,
                                  String deadLetteredAt, List<String> chartIds) {
    }

    public record Accepted(String batchId, int charts) {
    }

    /** A batch whose charts are read in place from {@code source} and submitted in the background. */
    public record SourceAccepted(String batchId, String source, String status) {
    }

    /** A chart's text for the evidence viewer: the offsets of its result's entities point into it. */
    public record ChartText(String chartId, String batchId, String text) {
    }

    public record Problem(int status, String message) {
    }
}
