package org.chartcoder.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a phase of a benchmark spent this JVM's CPU, by kind of thread. Threads are read every
 * quarter second, so that a thread that ends within the phase (an intake thread) still counts with
 * its last reading and the phase can start at a moment known only later (when intake began); what
 * no Java thread accounts for (the JIT compiler, the garbage collector) is the process's CPU minus
 * the threads'.
 */
final class ThreadCpu implements AutoCloseable {

    private static final String OTHER = "other threads";
    private static final String JIT = "JIT compiler";
    private static final String GC = "garbage collector";
    private static final String JVM = "other JVM threads";
    /**
     * Thread-name fragment to the group it is reported under, first match wins. Fragments are at
     * most 15 characters from the start of a name, as Linux keeps them in /proc; the JVM's own
     * threads are named there only ("C2 CompilerThre", "GC Thread#0", "G1 Conc#0"). On one CPU the
     * JVM collects with Serial GC, on its "VM Thread".
     */
    private static final List<Map.Entry<String, String>> GROUPS = List.of(
            Map.entry("chart-coding", "coding"),
            Map.entry("aws2-sqs", "worker I/O (jobs, results, index)"),
            Map.entry("chart-intake", "intake"),
            Map.entry("aws-java-sdk-Ne", "S3 client encryption"),
            Map.entry("sdk-async", "S3 client encryption"),
            Map.entry("elasticmq", "SQS emulator"),
            Map.entry("S3Proxy", "S3 emulator"),
            Map.entry("H2", "index store"),
            Map.entry("MVStore", "index store"),
            Map.entry("CompilerThre", JIT),
            Map.entry("GC Thread", GC),
            Map.entry("G1 ", GC),
            Map.entry("VM Thread", GC));

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final List<Reading> readings = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Map<Long, Long> lastNanos = new ConcurrentHashMap<>();
    private final Map<Long, String> names = new ConcurrentHashMap<>();
    private final Map<Long, Long> firstSeen = new ConcurrentHashMap<>();
    private final Thread sampler;
    private volatile boolean running = true;

    /** The CPU of each live thread and of the process at one moment. */
    private record Reading(long atNanos, long processNanos, Map<Long, Long> threadNanos, Map<String, Long> vmNanos) {
    }

    ThreadCpu() {
        read();
        sampler = new Thread(() -> {
            while (running) {
                read();
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-thread-cpu");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void read() {
        long at = System.nanoTime();
        long process = os.getProcessCpuTime();
        Map<Long, Long> now = new java.util.HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long cpu = threads.getThreadCpuTime(info.getThreadId());
            if (cpu < 0) {
                continue;
            }
            names.putIfAbsent(info.getThreadId(), info.getThreadName());
            firstSeen.putIfAbsent(info.getThreadId(), at);
            lastNanos.put(info.getThreadId(), cpu);
            now.put(info.getThreadId(), cpu);
        }
        readings.add(new Reading(at, process, now, vmThreads()));
    }

    /** CPU of the JIT compiler and GC threads, which are no Java threads, from /proc (Linux); empty elsewhere. */
    private static Map<String, Long> vmThreads() {
        Map<String, Long> nanos = new java.util.HashMap<>(ProcessThreadCpu.read(ProcessHandle.current().pid()).byGroup());
        nanos.keySet().retainAll(List.of(JIT, GC));
        return nanos;
    }

    /**
     * Stops sampling; the CPU seconds by group since the first reading at or after {@code sinceNanos}
     * (a {@link System#nanoTime()}), largest first, after the process total ("total") and the wall
     * time ("wall").
     */
    Map<String, Double> stop(long sinceNanos) {
        running = false;
        sampler.interrupt();
        read();
        Reading start = readings.stream().filter(r -> r.atNanos() >= sinceNanos).findFirst().orElse(readings.get(0));
        Map<Long, Long> startNanos = start.threadNanos();
        double total = (os.getProcessCpuTime() - start.processNanos()) / 1e9;
        Map<String, Double> byGroup = new LinkedHashMap<>();
        double accounted = 0;
        for (Map.Entry<Long, Long> last : lastNanos.entrySet()) {
            if (!startNanos.containsKey(last.getKey()) && firstSeen.get(last.getKey()) < start.atNanos()) {
                continue; // ended before the phase began
            }
            double seconds = (last.getValue() - startNanos.getOrDefault(last.getKey(), 0L)) / 1e9;
            byGroup.merge(group(names.get(last.getKey())), seconds, Double::sum);
            accounted += seconds;
        }
        Reading end = readings.get(readings.size() - 1);
        for (String vmGroup : List.of(JIT, GC)) {
            double seconds = (end.vmNanos().getOrDefault(vmGroup, 0L) - start.vmNanos().getOrDefault(vmGroup, 0L)) / 1e9;
            byGroup.merge(vmGroup, seconds, Double::sum);
            accounted += seconds;
        }
        byGroup.merge(JVM, Math.max(0, total - accounted), Double::sum);
        Map<String, Double> sorted = new LinkedHashMap<>();
        sorted.put("wall", (System.nanoTime() - start.atNanos()) / 1e9);
        sorted.put("total", total);
        sorted.putAll(largestFirst(byGroup));
        return sorted;
    }

    /** The groups' CPU seconds in an ordered copy, largest first. */
    static Map<String, Double> largestFirst(Map<String, Double> seconds) {
        Map<String, Double> sorted = new LinkedHashMap<>();
        seconds.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(group -> sorted.put(group.getKey(), group.getValue()));
        return sorted;
    }

    static String group(String threadName) {
        return GROUPS.stream().filter(g -> threadName.contains(g.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(OTHER);
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
