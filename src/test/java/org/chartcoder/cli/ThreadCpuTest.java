package org.chartcoder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ThreadCpuTest {

    private static volatile long sink;

    @Test
    void countsAThreadThatEndedWithinThePhaseUnderItsGroupAndLeavesOutOneThatEndedBefore() throws Exception {
        try (ThreadCpu cpu = new ThreadCpu()) {
            spin("Camel (camel-9) thread #1 - chart-coding", 300);
            Thread.sleep(600);
            long phaseStart = System.nanoTime();
            Thread.sleep(300);
            spin("chart-intake", 400);
            Map<String, Double> seconds = cpu.stop(phaseStart);

            assertTrue(seconds.get("intake") > 0.2, "intake thread's CPU counted after it ended: " + seconds);
            assertEquals(null, seconds.get("coding"), "a thread that ended before the phase is left out: " + seconds);
            assertTrue(seconds.get("total") >= seconds.get("intake"), "the process total holds its threads: " + seconds);
            assertTrue(seconds.get("wall") >= 0.4 && seconds.get("wall") < 10, "wall time of the phase: " + seconds);
        }
    }

    /** Runs a thread of that name busy for about the given CPU time, and waits for its end. */
    private static void spin(String name, long millis) throws InterruptedException {
        Thread thread = new Thread(() -> {
            var bean = java.lang.management.ManagementFactory.getThreadMXBean();
            while (bean.getCurrentThreadCpuTime() < millis * 1_000_000L) {
                sink += System.nanoTime() % 7;
            }
        }, name);
        thread.start();
        thread.join();
    }
}
