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

    public record BatchStatus(String batchId, int total, int queued, int coded, int failed, int deadLettered,
                              Charts charts) {

        public boolean done() {
            return queued == 0;
        }
    }

    public record Charts(List<String> queued, List<String> coded, List<String> failed, List<String> deadLettered) {
    }

    public record Accepted(String batchId, int charts) {
    }

    /** A chart's text for the evidence viewer: the offsets of its result's entities point into it. */
    public record ChartText(String chartId, String batchId, String text) {
    }

    public record Problem(int status, String message) {
    }
}
