package org.chartcoder.lifecycle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalProcessFleetTest {

    @TempDir
    Path dir;

    static List<String> testJava() {
        return List.of(Executables.currentJava(), "-Xmx64m", "-cp", System.getProperty("java.class.path"));
    }

    @Test
    void growsAndTerminatesGracefully() throws Exception {
        LocalProcessFleet fleet = new LocalProcessFleet("run-1", testJava(), SleepingWorker.class.getName(),
                List.of(dir.resolve("stopped").toString()), dir, Map.of());
        fleet.size(1);
        fleet.size(3);
        fleet.size(2);
        assertEquals(3, fleet.size(), "the fleet only grows during a run");
        List<Long> pids = fleet.pids();
        Thread.sleep(1500);

        fleet.terminate(Duration.ofSeconds(20));

        for (long pid : pids) {
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "worker " + pid + " left");
            assertTrue(Files.exists(dir.resolve("stopped-" + pid)), "worker " + pid + " ran its shutdown hooks");
        }
        assertEquals(3, fleet.usage().size());
        assertTrue(fleet.usage().stream().allMatch(usage -> usage.end() != null));
    }

    @Test
    void aWorkerKilledHardNoLongerCountsAndSizingReplacesIt() throws Exception {
        LocalProcessFleet fleet = new LocalProcessFleet("run-2", testJava(), SleepingWorker.class.getName(),
                List.of(dir.resolve("stopped").toString()), dir, Map.of());
        fleet.size(2);
        long victim = fleet.pids().get(0);
        new ProcessBuilder("kill", "-9", Long.toString(victim)).start().waitFor();
        ProcessHandle.of(victim).ifPresent(handle -> handle.onExit().join());
        // the JDK completes that handle and marks the fleet's Process exited in callbacks of one reaper,
        // in no set order: give the second a moment, as a fleet asked later in a run would
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (fleet.size() > 1 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }

        assertEquals(1, fleet.size(), "a dead worker is not counted");
        fleet.size(2);
        assertEquals(2, fleet.size());
        assertEquals(3, fleet.pids().size(), "a third process replaced the dead one");
        assertTrue(fleet.progress().startsWith("2 worker processes alive, 3 started"), fleet.progress());

        fleet.abort();
        fleet.size(3);
        assertEquals(2, fleet.size(), "after the dead-man timer no worker starts");
        fleet.terminate(Duration.ofSeconds(20));
        assertEquals(0, fleet.size());
    }

    @Test
    void anyEndedCompletesForAWorkerThatEndedBeforeItWasAsked() throws Exception {
        LocalProcessFleet fleet = new LocalProcessFleet("run-3", List.of(Executables.currentJava(), "-XX:+NoSuchOptionOfAnyJvm"),
                SleepingWorker.class.getName(), List.of(dir.resolve("stopped").toString()), dir, Map.of());
        fleet.size(1);
        long pid = fleet.pids().get(0);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (ProcessHandle.of(pid).isPresent() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertFalse(ProcessHandle.of(pid).isPresent(), "the JVM refused its option and is gone");

        fleet.anyEnded().get(5, TimeUnit.SECONDS);
        fleet.terminate(Duration.ofSeconds(5));
    }

    @Test
    void anyEndedWaitsWhileEveryWorkerLives() throws Exception {
        LocalProcessFleet fleet = new LocalProcessFleet("run-4", testJava(), SleepingWorker.class.getName(),
                List.of(dir.resolve("stopped").toString()), dir, Map.of());
        fleet.size(1);
        var ended = fleet.anyEnded();
        Thread.sleep(500);
        assertFalse(ended.isDone(), "a live worker has not ended");
        fleet.terminate(Duration.ofSeconds(20));
        ended.get(5, TimeUnit.SECONDS);
    }

    @Test
    void workersExitWhenTheirParentIsKilledHard() throws Exception {
        Process parent = new ProcessBuilder(List.of(Executables.currentJava(), "-Xmx64m", "-cp",
                System.getProperty("java.class.path"), FleetParent.class.getName(), dir.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("parent.log").toFile()).start();
        Path pidsFile = dir.resolve("pids");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!Files.exists(pidsFile) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(Files.exists(pidsFile), "the parent started its workers");
        long[] pids = Arrays.stream(Files.readString(pidsFile).split(",")).mapToLong(Long::parseLong).toArray();
        assertTrue(Arrays.stream(pids).allMatch(pid -> ProcessHandle.of(pid).isPresent()));

        new ProcessBuilder("kill", "-9", Long.toString(parent.pid())).start().waitFor();
        parent.waitFor();

        deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline
                && Arrays.stream(pids).anyMatch(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))) {
            Thread.sleep(100);
        }
        for (long pid : pids) {
            boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            if (alive) {
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            }
            assertFalse(alive, "worker " + pid + " outlived its killed parent");
            assertTrue(Files.exists(dir.resolve("stopped-" + pid)), "worker " + pid + " stopped through its hooks");
        }
    }
}
