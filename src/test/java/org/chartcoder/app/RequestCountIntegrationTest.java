package org.chartcoder.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.chartcoder.cli.BenchLocalCommand;
import org.chartcoder.lifecycle.LocalRun;
import org.chartcoder.runtime.AwsRequestCounts;
import org.junit.jupiter.api.Test;

/**
 * Counts the S3 and SQS requests of a local run end to end (intake, workers, results, index)
 * against the real emulators, with the default chunk size: beyond the one read of each input, at
 * most 0.1 S3 and 0.05 SQS requests per chart, the targets of the aws profile, which runs the same
 * routes and clients.
 */
class RequestCountIntegrationTest {

    private static final int CHARTS = 1000;
    private static final String[] SENTENCES = {
        "Known hypertension, on lisinopril.", "Type 2 diabetes mellitus without complications.",
        "Denies chest pain or shortness of breath.", "History of asthma in childhood.",
        "Presents with acute cough and fever for three days.", "Mother had breast cancer.",
        "Chronic kidney disease stage 3 noted on labs.", "No known drug allergies."};

    @Test
    void requestsPerChartStayWithinTheTargets() throws Exception {
        Map<String, Long> counts = countRequests(false);
        int chunks = CHARTS / 100;
        // each chunk's bundle is read once by its worker: that is the one unavoidable read of the input
        long s3BeyondInput = AwsRequestCounts.of("S3") - chunks;
        assertTrue(counts.getOrDefault("S3 GetObject", 0L) >= chunks, "every bundle read: " + counts);
        assertTrue(s3BeyondInput <= 0.1 * CHARTS, "S3 requests beyond the input read: " + counts);
        assertTrue(AwsRequestCounts.of("Sqs") <= 0.05 * CHARTS, "SQS requests: " + counts);
        assertEquals(chunks, counts.get("Sqs SendMessage"), "one job per chunk: " + counts);
    }

    @Test
    void aDirectoryCodedInPlaceIsNeverCopiedToS3() throws Exception {
        Map<String, Long> counts = countRequests(true);
        int chunks = CHARTS / 100;
        assertEquals(0L, counts.getOrDefault("S3 GetObject", 0L), "no bundle to read: " + counts);
        assertEquals(chunks, counts.get("S3 PutObject"), "one result object a chunk, no bundle: " + counts);
        assertTrue(AwsRequestCounts.of("S3") <= 0.1 * CHARTS, "S3 requests: " + counts);
        assertTrue(AwsRequestCounts.of("Sqs") <= 0.05 * CHARTS, "SQS requests: " + counts);
    }

    /** Codes the charts in local mode, their chunks in bundles or in place, and returns the requests made. */
    private Map<String, Long> countRequests(boolean inPlace) throws Exception {
        Path workDir = Files.createTempDirectory("request-count-test");
        try (CapturedOutput output = new CapturedOutput()) {
            Path charts = Files.createDirectories(workDir.resolve("charts"));
            for (int i = 0; i < CHARTS; i++) {
                StringBuilder text = new StringBuilder("Chart ").append(i).append(". ");
                for (int s = 0; s < 12; s++) {
                    text.append(SENTENCES[(i * 7 + s * 3) % SENTENCES.length]).append(' ');
                }
                Files.writeString(charts.resolve(String.format("syn-%05d.txt", i)), text, StandardCharsets.UTF_8);
            }
            AwsRequestCounts.reset();
            try (LocalRun run = LocalRun.start(new LocalRun.Options(charts, true, java.util.Optional.empty()),
                    LocalModeIntegrationTest.testSettings(workDir.resolve("data"), 2)
                            // bundles: the aws profile's intake, for workers elsewhere
                            .with(Map.of("chartcoder.chunk.maxCharts", "100",
                                    "chartcoder.intake.localFilesInPlace", Boolean.toString(inPlace))),
                    output.console)) {
                List<ChartRecords.BatchStatus> statuses = run.awaitDone(output.console, 200);
                assertEquals(CHARTS, statuses.get(0).coded());
            }
            Map<String, Long> counts = AwsRequestCounts.snapshot();
            output.console.printf("requests for %d charts %s: %s%n", CHARTS, inPlace ? "in place" : "in bundles", counts);
            return counts;
        } finally {
            BenchLocalCommand.deleteRecursively(workDir);
        }
    }
}
