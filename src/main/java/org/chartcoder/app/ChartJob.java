package org.chartcoder.app;

/**
 * The work-queue message for one chart, as JSON {@code {batchId, chartId, s3Key, sha256}}. It names
 * the chart's S3 object and never carries its text. Routes build it with the bean {@code chartJobs}.
 */
public record ChartJob(String batchId, String chartId, String s3Key, String sha256) {

    public static ChartJob of(String batchId, String chartId, String sha256) {
        return new ChartJob(batchId, chartId, ChartKeys.chart(batchId, chartId), sha256);
    }
}
