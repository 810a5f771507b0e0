package org.chartcoder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chartcoder.app.ChartKeys;
import org.chartcoder.app.ChartQueries;
import org.chartcoder.app.ChartRecords;
import org.chartcoder.app.ChartStore;
import org.chartcoder.app.S3Intake;
import org.chartcoder.local.LocalEndpoints;
import org.chartcoder.lifecycle.LocalRun;
import org.chartcoder.runtime.AwsClients;
import org.chartcoder.runtime.Settings;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code chart-coder submit DIR} against a running local process: .txt files and JSON Lines, in
 * subdirectories, are coded as one batch; a name that is not a chart id, a symbolic link leaving the
 * directory and a chart over the size limit are refused and recorded in the batch with their reason,
 * bad lines left out; a second submit of the same directory queues or records nothing again.
 */
class SubmitIntegrationTest {

    @Test
    void submitsADirectoryStreamingAndResumesWithoutQueueingTwice() throws Exception {
        Path workDir = Files.createTempDirectory("submit-test");
        try {
            Path input = Files.createDirectories(workDir.resolve("input"));
            for (int i = 0; i < 5; i++) {
                Files.writeString(input.resolve("note-" + i + ".txt"), "Known hypertension, visit " + i + ".");
            }
            Files.writeString(input.resolve("bad name.txt"), "Asthma.");
            Path nested = Files.createDirectories(input.resolve("clinic"));
            Files.writeString(nested.resolve("clinic-1.txt"), "Type 2 diabetes mellitus.");
            Files.writeString(nested.resolve("clinic-2.txt"), "Chronic kidney disease.");
            Files.writeString(input.resolve("export.jsonl"), String.join("\n",
                    "{\"chartId\":\"ehr-1\",\"text\":\"Asthma since childhood.\"}",
                    "{\"chartId\":\"ehr-2\",\"text\":\"Denies chest pain.\"}",
                    "not json",
                    "{\"chartId\":\"ehr-3\",\"text\":\"Hypertension.\"}"));
            Path outside = Files.writeString(workDir.resolve("outside.txt"), "Not under the directory.");
            Files.createSymbolicLink(input.resolve("linked.txt"), outside);
            // 3 GiB, sparse: refused by its size, never read (reading it whole would fail)
            try (java.io.RandomAccessFile huge = new java.io.RandomAccessFile(input.resolve("huge.txt").toFile(), "rw")) {
                huge.setLength(3L << 30);
            }
            Path dataDir = workDir.resolve("data");

            Settings settings = Settings.load("local", java.util.Map.of("chartcoder.data-dir", dataDir.toString(),
                    "camel.server.port", Integer.toString(BenchLocalCommand.freePort()), "camel.management.enabled", "false"));
            try (LocalRun run = LocalRun.start(new LocalRun.Options(null, true, Optional.empty()), settings, System.out)) {
                String first = submit(input, dataDir);
                assertTrue(first.contains("10 charts submitted, 0 already submitted earlier"), first);
                assertTrue(first.contains("3 files refused, each recorded in the batch with its reason; 1 bad JSON lines left out"), first);
                String batchId = first.substring(first.indexOf("Batch ") + 6, first.indexOf(':'));
                ChartQueries queries = run.application().context().getRegistry().lookupByNameAndType("chartQueries", ChartQueries.class);
                for (int i = 0; i < 600 && !queries.batch(batchId).map(ChartRecords.BatchStatus::done).orElse(false); i++) {
                    Thread.sleep(100);
                }
                assertEquals(new ChartRecords.BatchStatus(batchId, 13, 0, 10, 3, 0), queries.batch(batchId).orElseThrow(),
                        "10 coded, 3 refused files recorded as failed");
                assertEquals(200, queries.chart("ehr-3").status());
                assertEquals("LINK_OUTSIDE", reason(queries, "linked"), "symbolic links leaving the directory are not followed");
                assertEquals("TOO_LARGE", reason(queries, "huge"));
                assertEquals("BAD_NAME", reason(queries, org.chartcoder.app.ChartFilesSource.fileId("bad name.txt")));

                String second = submit(input, dataDir);
                assertTrue(second.contains("0 charts submitted, 10 already submitted earlier"), second);
                assertEquals(13, queries.batch(batchId).orElseThrow().total(), "nothing queued or recorded twice");
            }
        } finally {
            BenchLocalCommand.deleteRecursively(workDir);
        }
    }

    @Test
    void submitsAnS3PrefixInPlaceWithoutCopyingAndResumesOnlyWhatIsUnfinished() throws Exception {
        Path workDir = Files.createTempDirectory("submit-s3-test");
        try {
            Path dataDir = workDir.resolve("data");
            Settings settings = Settings.load("local", java.util.Map.of("chartcoder.data-dir", dataDir.toString(),
                    "camel.server.port", Integer.toString(BenchLocalCommand.freePort()), "camel.management.enabled", "false"));
            try (LocalRun run = LocalRun.start(new LocalRun.Options(null, true, Optional.empty()), settings, System.out)) {
                // the user's export bucket, in the same S3 endpoint, unencrypted by chart-coder
                Map<String, String> endpoints = LocalEndpoints.read(dataDir.resolve(LocalEndpoints.FILE));
                try (S3Client s3 = new AwsClients(endpoints::get).s3()) {
                    s3.createBucket(b -> b.bucket("ehr-exports"));
                    for (int i = 0; i < 4; i++) {
                        String key = "2026/12/note-" + i + ".txt";
                        s3.putObject(b -> b.bucket("ehr-exports").key(key), RequestBody.fromString("Known hypertension, visit " + key));
                    }
                    s3.putObject(b -> b.bucket("ehr-exports").key("2026/12/export.jsonl"), RequestBody.fromString(
                            "{\"chartId\":\"ehr-1\",\"text\":\"Asthma since childhood.\"}\n"
                                    + "{\"chartId\":\"ehr-2\",\"text\":\"Hypertension.\"}\n"));
                }
                String uri = "s3://ehr-exports/2026/12/";
                String first = submit(uri, dataDir);
                assertTrue(first.contains("6 charts submitted, 0 already submitted earlier"), first);
                String batchId = first.substring(first.indexOf("Batch ") + 6, first.indexOf(':'));
                ChartQueries queries = run.application().context().getRegistry().lookupByNameAndType("chartQueries", ChartQueries.class);
                for (int i = 0; i < 600 && !queries.batch(batchId).map(ChartRecords.BatchStatus::done).orElse(false); i++) {
                    Thread.sleep(100);
                }
                assertEquals(new ChartRecords.BatchStatus(batchId, 6, 0, 6, 0, 0), queries.batch(batchId).orElseThrow());
                assertEquals(200, queries.chart("ehr-2").status());
                assertEquals("Hypertension.", queries.chartText("ehr-2").orElseThrow().text(), "text served from the input in place");
                ChartStore store = run.application().context().getRegistry().lookupByNameAndType("chartStore", ChartStore.class);
                assertEquals(List.of(), store.listKeys(ChartKeys.CHARTS + batchId + "/"), "no chart copied into a bundle");

                String second = submit(uri, dataDir);
                assertTrue(second.contains("0 charts submitted, 6 already submitted earlier"), second);

                // the API's way in: the same prefix as a new batch, submitted in the background
                ChartRecords.SourceAccepted accepted = run.application().context().getRegistry()
                        .lookupByNameAndType("s3Intake", S3Intake.class)
                        .acceptInBackground(uri, run.application().context().createProducerTemplate());
                for (int i = 0; i < 600 && !queries.batch(accepted.batchId()).map(ChartRecords.BatchStatus::done).orElse(false); i++) {
                    Thread.sleep(100);
                }
                assertEquals(6, queries.batch(accepted.batchId()).orElseThrow().coded());
            }
        } finally {
            BenchLocalCommand.deleteRecursively(workDir);
        }
    }

    private static String reason(ChartQueries queries, String chartId) {
        ChartQueries.Answer answer = queries.chart(chartId);
        assertEquals(200, answer.status(), chartId);
        return ((com.fasterxml.jackson.databind.JsonNode) answer.body()).path("reason").asText();
    }

    private static String submit(Object input, Path dataDir) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = ChartCoderCli.run(new SubmitCommand(new PrintStream(printed, true, StandardCharsets.UTF_8)),
                new String[] {"--data-dir", dataDir.toString(), "-P", "chartcoder.chunk.maxCharts=3", input.toString()});
        assertEquals(0, exit, printed.toString(StandardCharsets.UTF_8));
        return printed.toString(StandardCharsets.UTF_8);
    }
}
