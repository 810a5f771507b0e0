package org.chartcoder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.chartcoder.app.ChartQueries;
import org.chartcoder.app.ChartRecords;
import org.chartcoder.lifecycle.LocalRun;
import org.chartcoder.runtime.Settings;
import org.junit.jupiter.api.Test;

/**
 * {@code chart-coder submit DIR} against a running local process: .txt files and JSON Lines, in
 * subdirectories, are coded as one batch; names that are not chart ids, bad lines and symbolic links
 * are left out; a second submit of the same directory queues nothing again.
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
            Path dataDir = workDir.resolve("data");

            Settings settings = Settings.load("local", java.util.Map.of("chartcoder.data-dir", dataDir.toString(),
                    "camel.server.port", Integer.toString(BenchLocalCommand.freePort()), "camel.management.enabled", "false"));
            try (LocalRun run = LocalRun.start(new LocalRun.Options(null, true, Optional.empty()), settings, System.out)) {
                String first = submit(input, dataDir);
                assertTrue(first.contains("10 charts submitted, 0 already submitted earlier"), first);
                assertTrue(first.contains("1 files with invalid names, 1 bad JSON lines left out"), first);
                String batchId = first.substring(first.indexOf("Batch ") + 6, first.indexOf(':'));
                ChartQueries queries = run.application().context().getRegistry().lookupByNameAndType("chartQueries", ChartQueries.class);
                for (int i = 0; i < 600 && !queries.batch(batchId).map(ChartRecords.BatchStatus::done).orElse(false); i++) {
                    Thread.sleep(100);
                }
                assertEquals(new ChartRecords.BatchStatus(batchId, 10, 0, 10, 0, 0), queries.batch(batchId).orElseThrow());
                assertEquals(200, queries.chart("ehr-3").status());
                assertEquals(404, queries.chart("linked").status(), "symbolic links are not followed");

                String second = submit(input, dataDir);
                assertTrue(second.contains("0 charts submitted, 10 already submitted earlier"), second);
                assertEquals(10, queries.batch(batchId).orElseThrow().total(), "nothing queued twice");
            }
        } finally {
            BenchLocalCommand.deleteRecursively(workDir);
        }
    }

    private static String submit(Path input, Path dataDir) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = ChartCoderCli.run(new SubmitCommand(new PrintStream(printed, true, StandardCharsets.UTF_8)),
                new String[] {"--data-dir", dataDir.toString(), "-P", "chartcoder.chunk.maxCharts=3", input.toString()});
        assertEquals(0, exit, printed.toString(StandardCharsets.UTF_8));
        return printed.toString(StandardCharsets.UTF_8);
    }
}
