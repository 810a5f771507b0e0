package org.chartcoder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A setting given once reaches every command that uses it, the same way: here the code set, from
 * the environment and from the command line, in code, evaluate, local and the worker processes
 * that local's lifecycle starts. Each command runs as its own process, as a user runs it.
 */
class SettingsReachEveryCommandTest {

    private static final String VERSION = "ICD-10-CM 2030";

    @TempDir
    Path temp;

    private Path charts;
    private Path codeSet;

    @BeforeEach
    void writeChartsAndCodeSet() throws IOException {
        TwoCharts written = TwoCharts.writeInto(temp);
        charts = written.charts();
        codeSet = written.codeSet();
    }

    @Test
    void codeSetFromTheEnvironmentReachesCodeAndEvaluate() throws Exception {
        Map<String, String> environment = Map.of("CHARTCODER_ENGINE_CODESET", codeSet.toString());
        String coded = run(environment, "code", "--format", "json", charts.toString());
        assertTrue(coded.contains("\"codeSetVersion\":\"" + VERSION + "\""), coded);

        Path gold = Files.writeString(temp.resolve("gold.tsv"), "a\tI50.23\nb\tR05.9\n");
        String evaluated = run(environment, "evaluate", "--charts", charts.toString(), "--gold", gold.toString());
        assertTrue(evaluated.contains("code set " + VERSION), evaluated);
    }

    @Test
    void logFormatJsonGivesOneJsonObjectPerLogLine() throws Exception {
        String output = run(Map.of("CHARTCODER_LOG_FORMAT", "json"), "code", "--format", "json", charts.toString());
        ObjectMapper json = new ObjectMapper();
        int logLines = 0;
        for (String line : output.strip().split("\n")) {
            JsonNode object = json.readTree(line);
            if (object.has("level")) {
                logLines++;
                assertTrue(object.has("formattedMessage") && object.has("loggerName"), line);
            } else {
                assertTrue(object.has("chartId"), line);
            }
        }
        assertTrue(logLines > 0, output);
    }

    @Test
    void codeSetFromTheEnvironmentReachesLocalAndItsWorkerProcesses() throws Exception {
        Path dataDir = temp.resolve("env-data");
        run(Map.of("CHARTCODER_ENGINE_CODESET", codeSet.toString()), localRun(dataDir));
        assertWorkersLoaded(dataDir);
    }

    @Test
    void codeSetFromTheCommandLineReachesLocalsWorkerProcesses() throws Exception {
        Path dataDir = temp.resolve("option-data");
        List<String> args = new ArrayList<>(List.of(localRun(dataDir)));
        args.addAll(List.of("--codeset", codeSet.toString()));
        run(Map.of(), args.toArray(String[]::new));
        assertWorkersLoaded(dataDir);
    }

    private String[] localRun(Path dataDir) throws IOException {
        return new String[] {"local", "--charts", charts.toString(), "--data-dir", dataDir.toString(), "--exit-when-done",
                "--port", Integer.toString(BenchLocalCommand.freePort()),
                "--management-port", Integer.toString(BenchLocalCommand.freePort())};
    }

    private static void assertWorkersLoaded(Path dataDir) throws IOException {
        List<Path> logs;
        try (Stream<Path> files = Files.walk(dataDir.resolve("runs"))) {
            logs = files.filter(file -> file.toString().endsWith(".log")).toList();
        }
        assertTrue(!logs.isEmpty(), "no worker log under " + dataDir.resolve("runs"));
        for (Path log : logs) {
            String text = Files.readString(log, StandardCharsets.ISO_8859_1);
            assertTrue(text.contains("code set " + VERSION), log + ": " + text);
        }
    }

    /** Runs the command line in a fresh JVM with this environment added; returns its output. */
    private String run(Map<String, String> environment, String... args) throws Exception {
        List<String> command = ChildJvm.command("768m", args);
        Path output = Files.createTempFile(temp, "out", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("CHARTCODER_"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertTrue(process.waitFor(240, TimeUnit.SECONDS), "timed out: " + String.join(" ", args));
        String text = Files.readString(output, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), text);
        return text;
    }
}
