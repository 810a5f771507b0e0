package org.chartcoder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.chartcoder.lifecycle.LocalRun;
import org.chartcoder.runtime.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM may reach a worker at any moment of its start: an instance ended by its master while its
 * worker was still starting once left that worker coding jobs of the next runs for minutes, camel-main's
 * own JVM hook waiting for a context that nothing stopped. The signal here comes the moment the worker's
 * queue consumer thread first exists, just before the role's start returns.
 */
class WorkerSignalIntegrationTest {

    /** Far longer than a graceful stop takes, so that a worker left running cannot pass for one stopping. */
    private static final int SHUTDOWN_TIMEOUT_SECONDS = 120;

    @TempDir
    Path temp;

    @Test
    void aWorkerSignalledAsItsConsumerStartsStopsGracefullyWithinSeconds() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "needs /proc to see the worker's threads");
        Path dataDir = temp.resolve("data");
        Settings settings = Settings.load("local", Map.of("chartcoder.data-dir", dataDir.toString(),
                "camel.server.port", Integer.toString(BenchLocalCommand.freePort()), "camel.management.enabled", "false"));
        // the emulators and the sample charts' jobs, no worker of its own
        try (LocalRun emulators = LocalRun.start(new LocalRun.Options(Path.of("samples/charts"), false, Optional.empty()),
                settings, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))) {
            Path log = temp.resolve("worker.log");
            ProcessBuilder builder = new ProcessBuilder(ChildJvm.command("512m", "worker", "--data-dir", dataDir.toString(),
                    "--management-port", Integer.toString(BenchLocalCommand.freePort()),
                    "-P", "camel.main.shutdownTimeout=" + SHUTDOWN_TIMEOUT_SECONDS))
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().keySet().removeIf(name -> name.startsWith("CHARTCODER_"));
            Process worker = builder.start();
            try {
                awaitConsumerThread(worker, log);
                worker.destroy();
                assertTrue(worker.waitFor(30, TimeUnit.SECONDS),
                        "the worker was still running 30 s after SIGTERM: " + ChildJvm.logTail(log));
                String output = Files.readString(log, StandardCharsets.ISO_8859_1);
                assertEquals(143, worker.exitValue(), "exit status of a SIGTERM handled by the JVM: " + ChildJvm.logTail(log));
                assertFalse(output.contains("Shutdown in progress"), ChildJvm.logTail(log));
            } finally {
                worker.destroyForcibly();
            }
        }
    }

    /** Waits for the SQS consumer's thread (named for its endpoint) in the worker process. */
    private static void awaitConsumerThread(Process worker, Path log) throws Exception {
        Path tasks = Path.of("/proc", Long.toString(worker.pid()), "task");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            assertTrue(worker.isAlive(), "the worker ended before it started: " + ChildJvm.logTail(log));
            try (Stream<Path> threads = Files.list(tasks)) {
                if (threads.anyMatch(WorkerSignalIntegrationTest::isSqsConsumer)) {
                    return;
                }
            } catch (IOException endedWhileListed) {
                // a thread ended while its directory was read: look again
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("no SQS consumer thread within 120 s: " + ChildJvm.logTail(log));
    }

    private static boolean isSqsConsumer(Path task) {
        try {
            return Files.readString(task.resolve("comm"), StandardCharsets.US_ASCII).startsWith("aws2-sqs");
        } catch (IOException ended) {
            return false;
        }
    }
}
