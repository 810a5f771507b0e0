package org.chartcoder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ProcessThreadCpuTest {

    private static volatile long sink;

    @Test
    void readsEachThreadsCpuFromProcAndGroupsItByTheNameLinuxKeeps() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "per-thread CPU from /proc needs Linux");
        long self = ProcessHandle.current().pid();
        CountDownLatch spun = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        ProcessThreadCpu before = ProcessThreadCpu.read(self);
        // /proc keeps "chart-coding #1" and "aws2-sqs://char" of these names
        Thread coding = spinning("chart-coding #1", 400, spun, release);
        Thread consumer = spinning("aws2-sqs://chart-coder-work #2", 150, spun, release);
        spun.await();
        ProcessThreadCpu after = ProcessThreadCpu.read(self);
        release.countDown();
        coding.join();
        consumer.join();

        Map<String, Double> seconds = after.since(before);

        assertTrue(seconds.get("coding") >= 0.35 && seconds.get("coding") < 1.5, "coding thread's CPU: " + seconds);
        double io = seconds.get("worker I/O (jobs, results, index)");
        assertTrue(io >= 0.1 && io < seconds.get("coding"), "consumer thread's CPU: " + seconds);
        assertEquals("coding", seconds.keySet().iterator().next(), "largest first: " + seconds);
    }

    @Test
    void namesTheJvmsOwnThreadsAndAnyOtherAsOtherThreads() {
        assertEquals("S3 client encryption", ThreadCpu.group("aws-java-sdk-Ne"));
        assertEquals("JIT compiler", ThreadCpu.group("C2 CompilerThre"));
        assertEquals("garbage collector", ThreadCpu.group("VM Thread"));
        assertEquals("garbage collector", ThreadCpu.group("GC Thread#0"));
        assertEquals("other threads", ThreadCpu.group("main"));
    }

    @Test
    void aProcessThatIsGoneHasNoThreads() {
        ProcessThreadCpu gone = ProcessThreadCpu.read(Long.MAX_VALUE);
        assertTrue(gone.byGroup().isEmpty());
    }

    /** A started thread of that name that uses about the given CPU time, counts down {@code spun}, then waits. */
    private static Thread spinning(String name, long millis, CountDownLatch spun, CountDownLatch release) {
        Thread thread = new Thread(() -> {
            var bean = java.lang.management.ManagementFactory.getThreadMXBean();
            while (bean.getCurrentThreadCpuTime() < millis * 1_000_000L) {
                sink += System.nanoTime() % 7;
            }
            spun.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name);
        thread.start();
        return thread;
    }
}
