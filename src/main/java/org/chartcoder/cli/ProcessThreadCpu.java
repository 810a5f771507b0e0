package org.chartcoder.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CPU of every thread of a process at one moment, from Linux's {@code /proc/PID/task}: the JVM's
 * own threads (JIT compilers, garbage collector) as well as Java's, and another process's as well as
 * this one's. bench-local reads its worker process before and after the timed batch. Linux keeps
 * only the first 15 characters of a thread's name, which {@link ThreadCpu#group} allows for.
 */
final class ProcessThreadCpu {

    /** Clock ticks per second of /proc's CPU times: USER_HZ, 100 on Linux. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private final Map<Long, String> names;
    private final Map<Long, Long> nanos;

    private ProcessThreadCpu(Map<Long, String> names, Map<Long, Long> nanos) {
        this.names = names;
        this.nanos = nanos;
    }

    /** The process's threads now; none when the process has ended or /proc is absent. */
    static ProcessThreadCpu read(long pid) {
        Map<Long, String> names = new HashMap<>();
        Map<Long, Long> nanos = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    // the name may hold spaces and parentheses: it ends at the last ')'
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long tid = Long.parseLong(task.getFileName().toString());
                    names.put(tid, stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
                    nanos.put(tid, (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * NANOS_PER_TICK);
                } catch (IOException | RuntimeException e) {
                    // the thread ended while being read
                }
            }
        } catch (IOException e) {
            return new ProcessThreadCpu(Map.of(), Map.of());
        }
        return new ProcessThreadCpu(names, nanos);
    }

    /** CPU nanoseconds by {@link ThreadCpu#group} of the threads' names. */
    Map<String, Long> byGroup() {
        Map<String, Long> groups = new HashMap<>();
        nanos.forEach((tid, cpu) -> groups.merge(ThreadCpu.group(names.get(tid)), cpu, Long::sum));
        return groups;
    }

    /**
     * CPU seconds by group spent between an earlier reading of the same process and this one, largest
     * first; a thread started in between counts from zero, one that ended in between is not seen.
     */
    Map<String, Double> since(ProcessThreadCpu earlier) {
        Map<String, Double> seconds = new HashMap<>();
        nanos.forEach((tid, cpu) -> seconds.merge(ThreadCpu.group(names.get(tid)),
                (cpu - earlier.nanos.getOrDefault(tid, 0L)) / 1e9, Double::sum));
        return ThreadCpu.largestFirst(seconds);
    }
}
