package org.chartcoder.app;

import org.chartcoder.cli.BenchLocalCommand;
import org.chartcoder.lifecycle.LocalRun;
import org.chartcoder.runtime.Settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * A local run stopped mid-batch and started again on the same data directory finishes the batch,
 * and no chart is coded twice: the queue is rebuilt from S3 and the worker skips coded charts.
 */
class RestartIntegrationTest {

    private static final int CHARTS = 40;

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void stopMidBatchThenRestartCompletesWithoutDuplicates() throws Exception {
        Path sourceCharts = LocalModeIntegrationTest.faultTestCharts();
        Path workDir = Files.createTempDirectory("restart-test");
        try (CapturedOutput output = new CapturedOutput()) {
            Path charts = Files.createDirectories(workDir.resolve("charts"));
            Map<String, String> texts = LocalModeIntegrationTest.copyCharts(sourceCharts, charts, CHARTS);
            LocalRun.Options options = new LocalRun.Options(charts, true, java.util.Optional.empty());

            String batchId;
            long codedInFirstRun;
            try (LocalRun first = LocalRun.start(options, LocalModeIntegrationTest.testSettings(workDir.resolve("data"), 1), output.console)) {
                batchId = first.batchId();
                ChartQueries queries = queries(first);
                for (int i = 0; i < 600 && queries.batch(batchId).map(ChartRecords.BatchStatus::coded).orElse(0) < 5; i++) {
                    Thread.sleep(50);
                }
            }
            codedInFirstRun = output.logLines().stream().filter(l -> l.contains(" coded in ")).count();
            assertTrue(codedInFirstRun >= 5 && codedInFirstRun < CHARTS, "the first run stopped mid-batch: " + codedInFirstRun);
            try (LocalRun second = LocalRun.start(options, LocalModeIntegrationTest.testSettings(workDir.resolve("data"), 1), output.console)) {
                ChartStore store = second.application().context().getRegistry().lookupByNameAndType("chartStore", ChartStore.class);
                List<ChartRecords.BatchStatus> statuses = second.awaitDone(output.console, 200);

                assertEquals(batchId, second.batchId(), "the same charts continue the same batch");
                ChartRecords.BatchStatus batch = statuses.stream().filter(s -> s.batchId().equals(batchId)).findFirst().orElseThrow();
                assertEquals(CHARTS, batch.coded());
                assertEquals(0, batch.queued());
                for (String chartId : texts.keySet()) {
                    assertEquals(1, LocalModeIntegrationTest.codedLogLines(output, chartId), chartId + " coded exactly once");
                    ChartQueries.Answer answer = queries(second).chart(chartId);
                    assertEquals(200, answer.status());
                    assertEquals(batchId, ((com.fasterxml.jackson.databind.JsonNode) answer.body()).path("batchId").asText());
                }
                assertEquals(CHARTS, storedResults(store, batchId), "one stored result per chart, none twice");
            }
        } finally {
            BenchLocalCommand.deleteRecursively(workDir);
        }
    }

    /** Results stored across the batch's chunk result objects; a chart stored twice counts twice. */
    /** The charts in the batch's result objects; an emulator's leftover of a put cut by a kill is no result. */
    static int storedResults(ChartStore store, String batchId) throws java.io.IOException {
        int results = 0;
        for (String key : store.listKeys(ChartKeys.RESULTS + batchId + "/")) {
            if (ChartKeys.chunkOf(key).isPresent()) {
                results += new ObjectMapper().readTree(store.read(key).orElseThrow()).path("results").size();
            }
        }
        return results;
    }

    private static ChartQueries queries(LocalRun run) {
        return run.application().context().getRegistry().lookupByNameAndType("chartQueries", ChartQueries.class);
    }
}
