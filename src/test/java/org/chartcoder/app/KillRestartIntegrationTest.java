package org.chartcoder.app;

import org.chartcoder.cli.BenchLocalCommand;
import org.chartcoder.lifecycle.LocalRun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.chartcoder.cli.ChildJvm;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of a local process mid-batch, then a restart on the same data directory: the worker
 * processes it started exit on their own, the batch finishes and no chart is coded twice.
 */
class KillRestartIntegrationTest {

    private static final int CHARTS = 40;
    private static final Pattern CODED = Pattern.compile("chart (\\S+) of batch \\S+ coded in ");
    private static final int LARGE_PUT_CHARTS = 4;
    private static final String LARGE_CHART = "large-note";
    /** Tens of MB, under the TOO_LARGE bound the runs are given ({@link #MAX_CHART_BYTES}). */
    private static final int LARGE_CHART_BYTES = 16 << 20;
    private static final int MAX_CHART_BYTES = 32 << 20;
    /** s3proxy's filesystem store writes an object to {@code <key>-<uuid>} and renames it once whole. */
    private static final Pattern TEMPORARY_BUNDLE = Pattern.compile(".*\\" + ChartKeys.BUNDLE + "-[0-9a-f-]{36}");
    private static final Pattern SUMMARY = Pattern.compile(
            "Summary: batch (\\S+): (\\d+) charts, (\\d+) coded, (\\d+) failed, (\\d+) dead-lettered");

    @Test
    void killedMidBatchThenRestartedCodesEveryChartExactlyOnce() throws Exception {
        Path sourceCharts = LocalModeIntegrationTest.faultTestCharts();
        Path workDir = Files.createTempDirectory("kill-test");
        Process killed = null;
        try (CapturedOutput output = new CapturedOutput()) {
            Path charts = Files.createDirectories(workDir.resolve("charts"));
            Set<String> chartIds = LocalModeIntegrationTest.copyCharts(sourceCharts, charts, CHARTS).keySet();
            Path dataDir = workDir.resolve("data");
            Path childLog = workDir.resolve("child.log");
            killed = startLocal(charts, dataDir, childLog, true);
            for (int i = 0; i < 1800 && coded(childLog, dataDir).size() < 5 && killed.isAlive(); i++) {
                Thread.sleep(100);
            }
            List<ProcessHandle> workers = killed.descendants().toList();
            killed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            for (ProcessHandle worker : workers) {
                worker.onExit().get(60, TimeUnit.SECONDS);
            }
            Set<String> codedBeforeKill = coded(childLog, dataDir);
            assertTrue(codedBeforeKill.size() >= 5 && codedBeforeKill.size() < CHARTS,
                    "killed mid-batch, after " + codedBeforeKill.size() + " charts; child output ends: " + ChildJvm.logTail(childLog));

            LocalRun.Options options = new LocalRun.Options(charts, true, java.util.Optional.empty());
            try (LocalRun restarted = LocalRun.start(options, LocalModeIntegrationTest.testSettings(dataDir, 2), output.console)) {
                List<ChartRecords.BatchStatus> statuses = restarted.awaitDone(output.console, 200);
                ChartRecords.BatchStatus batch = statuses.stream()
                        .filter(s -> s.batchId().equals(restarted.batchId())).findFirst().orElseThrow();
                assertEquals(CHARTS, batch.coded());
                ChartStore store = restarted.application().context().getRegistry().lookupByNameAndType("chartStore", ChartStore.class);
                assertEquals(CHARTS, RestartIntegrationTest.storedResults(store, restarted.batchId()));
            }
            Set<String> codedAfterRestart = new HashSet<>();
            for (String line : output.logLines()) {
                Matcher m = CODED.matcher(line);
                if (m.find()) {
                    assertTrue(codedAfterRestart.add(m.group(1)), m.group(1) + " coded twice after the restart");
                }
            }
            Set<String> twice = new HashSet<>(codedBeforeKill);
            twice.retainAll(codedAfterRestart);
            assertEquals(Set.of(), twice, "charts coded both before the kill and after the restart");
            assertTrue(chartIds.containsAll(codedAfterRestart));
        } finally {
            if (killed != null && killed.isAlive()) {
                killed.destroyForcibly();
            }
            BenchLocalCommand.deleteRecursively(workDir);
        }
    }

    /**
     * kill -9 of the local process while s3proxy writes the bundle of a 16 MB chart (its temporary
     * {@code <key>-<uuid>} file is on disk), then {@code local --exit-when-done} on the same data
     * directory: it exits 0, every chart has exactly one outcome (coded once across both runs, one
     * batch), and the temporary file is never taken for the chunk. The test fails if it never
     * catches the write in progress, rather than passing without having killed inside it.
     */
    @Test
    void killedInsideThePutOfALargeChartThenRestartedCodesEveryChartOnce() throws Exception {
        Path sourceCharts = LocalModeIntegrationTest.faultTestCharts();
        Path workDir = Files.createTempDirectory("kill-put-test");
        Process killed = null;
        try {
            Path charts = Files.createDirectories(workDir.resolve("charts"));
            Set<String> chartIds = new HashSet<>(LocalModeIntegrationTest.copyCharts(sourceCharts, charts, LARGE_PUT_CHARTS).keySet());
            String clinicalText = Files.readString(charts.resolve(chartIds.iterator().next() + ".txt"));
            // clinical text around blank layout lines: a PUT of 16 MB that the engine codes in seconds
            // (16 MB of dense text would take it minutes)
            String blankLine = " ".repeat(99) + "\n";
            Files.writeString(charts.resolve(LARGE_CHART + ".txt"), clinicalText + "\n"
                    + blankLine.repeat(LARGE_CHART_BYTES / blankLine.length()) + clinicalText);
            chartIds.add(LARGE_CHART);
            Path dataDir = workDir.resolve("data");
            Path firstLog = workDir.resolve("first.log");
            killed = startLocal(charts, dataDir, firstLog, false);

            Path partial = awaitTemporaryBundle(dataDir.resolve("s3"), killed);
            killed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            assertTrue(partial != null, "never caught s3proxy writing a bundle (no <key>-<uuid> file appeared before the"
                    + " first run ended), so no kill inside a PUT was tested; first run's output ends: " + ChildJvm.logTail(firstLog));
            for (ProcessHandle worker : killed.descendants().toList()) {
                worker.onExit().get(60, TimeUnit.SECONDS);
            }

            Path secondLog = workDir.resolve("second.log");
            Process restarted = startLocal(charts, dataDir, secondLog, false);
            assertTrue(restarted.waitFor(120, TimeUnit.SECONDS), "the restart did not finish: " + ChildJvm.logTail(secondLog));
            assertEquals(0, restarted.exitValue(), "the restart's output ends: " + ChildJvm.logTail(secondLog));

            Matcher summary = SUMMARY.matcher(Files.readString(secondLog, java.nio.charset.StandardCharsets.ISO_8859_1));
            List<String> batches = new java.util.ArrayList<>();
            while (summary.find()) {
                batches.add(summary.group());
                assertEquals(summary.group(2), summary.group(3), "every chart coded: " + summary.group());
                assertEquals("0", summary.group(4), "none failed: " + summary.group());
                assertEquals("0", summary.group(5), "none dead-lettered: " + summary.group());
            }
            assertEquals(1, batches.size(), "one batch, not a second one for the same charts: " + batches);
            assertTrue(batches.get(0).contains(": " + chartIds.size() + " charts,"), batches.get(0));
            Map<String, Integer> codings = codings(List.of(firstLog, secondLog), dataDir);
            assertEquals(chartIds, codings.keySet(), "every chart coded");
            assertEquals(Set.of(), codings.entrySet().stream().filter(entry -> entry.getValue() != 1)
                    .map(Map.Entry::getKey).collect(java.util.stream.Collectors.toSet()), "coded more than once");
            String temporaryKey = dataDir.resolve("s3").relativize(partial).toString();
            String realKey = temporaryKey.substring(0, temporaryKey.lastIndexOf(ChartKeys.BUNDLE) + ChartKeys.BUNDLE.length());
            assertTrue(Files.isRegularFile(dataDir.resolve("s3").resolve(realKey)), "the cut chunk was stored whole under its own key");
        } finally {
            if (killed != null && killed.isAlive()) {
                killed.destroyForcibly();
            }
            BenchLocalCommand.deleteRecursively(workDir);
        }
    }

    /** Polls for s3proxy's temporary file of a bundle being written; null if the process ended first or 60 s passed. */
    private static Path awaitTemporaryBundle(Path s3, Process local) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (local.isAlive() && System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.walk(s3)) {
                Optional<Path> partial = files.filter(file -> TEMPORARY_BUNDLE.matcher(file.getFileName().toString()).matches())
                        .findFirst();
                if (partial.isPresent()) {
                    return partial.get();
                }
            } catch (IOException | java.io.UncheckedIOException movedWhileListed) {
                // a file renamed between listing and reading: look again
            }
            Thread.sleep(1);
        }
        return null;
    }

    /** How many times each chart was coded, by the local processes' and their workers' logs. */
    private static Map<String, Integer> codings(List<Path> localLogs, Path dataDir) throws IOException {
        List<Path> logs = new java.util.ArrayList<>(localLogs);
        Path runs = dataDir.resolve("runs");
        if (Files.isDirectory(runs)) {
            try (Stream<Path> files = Files.walk(runs)) {
                files.filter(file -> file.toString().endsWith(".log")).forEach(logs::add);
            }
        }
        Map<String, Integer> codings = new java.util.HashMap<>();
        for (Path file : logs.stream().filter(Files::exists).toList()) {
            Matcher m = CODED.matcher(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1));
            while (m.find()) {
                codings.merge(m.group(1), 1, Integer::sum);
            }
        }
        return codings;
    }

    /**
     * {@code local --exit-when-done} as a process of its own, so that it can be killed with kill -9;
     * {@code inPlace} false copies the charts into bundles, as {@code submit DIR} and POST do.
     */
    private static Process startLocal(Path charts, Path dataDir, Path log, boolean inPlace) throws IOException {
        return new ProcessBuilder(ChildJvm.command("768m", "local",
                "--charts", charts.toString(), "--data-dir", dataDir.toString(), "--consumers", "1",
                "-P", "chartcoder.chunk.maxCharts=" + LocalModeIntegrationTest.CHUNK,
                "-P", "chartcoder.worker.maxChartBytes=" + MAX_CHART_BYTES,
                "-P", "chartcoder.intake.localFilesInPlace=" + inPlace,
                "--port", Integer.toString(BenchLocalCommand.freePort()), "--exit-when-done"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Charts coded by the local process and by the worker processes it started (their logs are under runs/). */
    private static Set<String> coded(Path log, Path dataDir) throws IOException {
        return codings(List.of(log), dataDir).keySet();
    }
}
