package org.chartcoder.app;

import org.chartcoder.cli.BenchLocalCommand;
import org.chartcoder.lifecycle.LocalRun;
import org.chartcoder.runtime.Settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * kill -9 of a local process mid-batch, then a restart on the same data directory: the worker
 * processes it started exit on their own, the batch finishes and no chart is coded twice.
 */
class KillRestartIntegrationTest {

    private static final int CHARTS = 40;
    private static final Pattern CODED = Pattern.compile("chart (\\S+) of batch \\S+ coded in ");

    @Test
    void killedMidBatchThenRestartedCodesEveryChartExactlyOnce() throws Exception {
        Path devCharts = LocalModeIntegrationTest.devCharts();
        Path workDir = Files.createTempDirectory("kill-test");
        Process killed = null;
        try (CapturedOutput output = new CapturedOutput()) {
            Path charts = Files.createDirectories(workDir.resolve("charts"));
            Set<String> chartIds = LocalModeIntegrationTest.copyCharts(devCharts, charts, CHARTS).keySet();
            Path dataDir = workDir.resolve("data");
            Path childLog = workDir.resolve("child.log");
            killed = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                    "-cp", childClasspath(), "org.chartcoder.cli.ChartCoderCli", "local",
                    "--charts", charts.toString(), "--data-dir", dataDir.toString(), "--consumers", "1",
                    "-P", "chartcoder.chunk.maxCharts=" + LocalModeIntegrationTest.CHUNK,
                    "--port", Integer.toString(BenchLocalCommand.freePort()), "--exit-when-done")
                    .redirectErrorStream(true).redirectOutput(childLog.toFile()).start();
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
                    "killed mid-batch, after " + codedBeforeKill.size() + " charts; child output ends: " + tail(childLog));

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

    /** The test classpath without surefire's booter jars, whose manifests would list every entry twice. */
    private static String childClasspath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.contains("surefire")).distinct()
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    private static String tail(Path log) throws IOException {
        String text = Files.exists(log) ? Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1) : "";
        return text.substring(Math.max(0, text.length() - 1500));
    }

    /** Charts coded by the local process and by the worker processes it started (their logs are under runs/). */
    private static Set<String> coded(Path log, Path dataDir) throws IOException {
        List<Path> logs = new java.util.ArrayList<>(List.of(log));
        Path runs = dataDir.resolve("runs");
        if (Files.isDirectory(runs)) {
            try (var files = Files.walk(runs)) {
                files.filter(file -> file.toString().endsWith(".log")).forEach(logs::add);
            }
        }
        Set<String> coded = new HashSet<>();
        for (Path file : logs) {
            if (Files.exists(file)) {
                Matcher m = CODED.matcher(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1));
                while (m.find()) {
                    coded.add(m.group(1));
                }
            }
        }
        return coded;
    }
}
