package org.chartcoder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chartcoder.lifecycle.Executables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bench-local with a worker process on a CPU of its own: the timed batch goes through the worker
 * process that coded the warm-up, the figures are printed, no worker outlives the command and
 * this JVM gets back every CPU it had.
 */
class BenchLocalWorkerCpusTest {

    @TempDir
    Path temp;

    @BeforeAll
    static void needsTwoCpusAndTaskset() throws Exception {
        boolean linux = Files.isReadable(Path.of("/proc/self/status"));
        String why = !linux ? "not Linux (no /proc/self/status)"
                : Executables.onPath("taskset").isEmpty() ? "taskset (util-linux) is not on the PATH"
                : CpuAffinity.allowed().size() < 2 ? "this process may use one CPU only" : null;
        if (why != null) {
            System.out.println("BenchLocalWorkerCpusTest skipped: " + why);
        }
        assumeTrue(why == null, why);
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run benchLocal(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int exit = ChartCoderCli.run(new BenchLocalCommand(), args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }

    @Test
    void codesTheTimedBatchInAWorkerProcessOnItsOwnCpu() throws Exception {
        List<Integer> before = CpuAffinity.allowed();
        Path charts = Files.createDirectories(temp.resolve("charts"));
        Files.writeString(charts.resolve("a.txt"), "Assessment: essential hypertension, on lisinopril. Type 2 diabetes mellitus.");
        Files.writeString(charts.resolve("b.txt"), "Chest pain on exertion. No history of myocardial infarction. Asthma.");
        Files.writeString(charts.resolve("c.txt"), "Chronic kidney disease stage 3. Anemia. Follow up in two weeks.");
        // JVM options that make the worker's JVM print on stdout do not garble the baseline's figures
        Run run = benchLocal("--charts", charts.toString(), "--count", "60", "--warmup", "30", "--worker-cpus", "1",
                "-P", "chartcoder.lifecycle.local.worker-jvm-options=-Xmx1g -XX:+PrintCompilation");
        String printed = run.out();
        assertEquals(0, run.exit(), printed + run.err());
        assertTrue(printed.contains("warm-up of 30 charts through the worker process"), printed);
        assertTrue(printed.contains("60/60 done (60 coded, 0 failed, 0 dead-lettered)"), printed);
        int last = before.get(before.size() - 1);
        assertTrue(printed.contains("one worker process on CPU " + last + " (1 coding threads)"), printed);
        // 60 short charts measure latency more than throughput: the rates are checked, not their ratio
        Matcher endToEnd = Pattern.compile("encrypted S3 -> index\\): [0-9.]+ s, ([0-9.]+) charts/s").matcher(printed);
        assertTrue(endToEnd.find() && Double.parseDouble(endToEnd.group(1)) > 0, printed);
        // the baseline is timed in a JVM of its own, started as the worker is, and in this one as before;
        // it warms up on the charts the worker warmed up on, which it reads itself, not on the timed ones
        Matcher engine = Pattern.compile("engine alone on the worker's CPU " + last
                + ", 1 threads, in a JVM started as the worker is, warmed up on the 30 charts of the worker's warm-up:"
                + " [0-9.]+ s, ([0-9.]+) charts/s").matcher(printed);
        assertTrue(engine.find() && Double.parseDouble(engine.group(1)) > 0, printed);
        Matcher here = Pattern.compile("engine alone in this process, pinned to the same CPUs: [0-9.]+ s, ([0-9.]+) charts/s"
                + " \\(end to end / it: [0-9.]+\\)").matcher(printed);
        assertTrue(here.find() && Double.parseDouble(here.group(1)) > 0, printed);
        assertTrue(printed.contains("end to end / engine alone on the worker's CPUs: "), printed);
        assertTrue(Pattern.compile("CPU per chart: worker process [0-9.]+ ms").matcher(printed).find(), printed);
        // the coding thread, named by camel.main.threadNamePattern, is told apart from the job consumers
        assertTrue(Pattern.compile("the worker process's CPU by thread: (.*, )?coding \\d+%.*; busy \\d+% of its CPUs' time")
                .matcher(printed).find(), printed);
        assertTrue(Pattern.compile("CPU per chart of the rest \\(.*\\): [0-9.]+ ms; all of local mode [0-9.]+ ms")
                .matcher(printed).find(), printed);
        long self = ProcessHandle.current().pid();
        assertTrue(ProcessHandle.allProcesses().noneMatch(process -> process.info().commandLine()
                .filter(line -> line.contains("ParentWatchedWorker " + self + " ")).isPresent()), "a worker process outlived the command");
        assertTrue(ProcessHandle.current().children().noneMatch(ProcessHandle::isAlive), "the engine-alone JVM outlived the command");
        assertEquals(before, CpuAffinity.allowed(), "this JVM gets its CPUs back");
    }

    @Test
    void aWorkerThatDiesEndsTheCommandWithAReasonInsteadOfWaitingForever() throws Exception {
        List<Integer> before = CpuAffinity.allowed();
        Path charts = Files.createDirectories(temp.resolve("charts"));
        Files.writeString(charts.resolve("a.txt"), "Assessment: essential hypertension, on lisinopril.");
        Run run = benchLocal("--charts", charts.toString(), "--count", "20", "--warmup", "10", "--worker-cpus", "1",
                "-P", "chartcoder.lifecycle.local.worker-jvm-options=-XX:+NoSuchOptionOfAnyJvm");
        String printed = run.err();
        assertTrue(run.exit() != 0, printed);
        assertTrue(Pattern.compile("the worker process \\d+ ended before the batch was coded").matcher(printed).find(), printed);
        assertEquals(before, CpuAffinity.allowed(), "this JVM gets its CPUs back");
    }
}
