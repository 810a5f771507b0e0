package org.chartcoder.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.chartcoder.lifecycle.Executables;

/**
 * Which CPUs a process may run on, through Linux's affinity lists ("0-3,6") and util-linux's
 * {@code taskset}: bench-local gives a worker process CPUs of its own and measures the engine
 * alone on the same ones.
 */
final class CpuAffinity {

    private CpuAffinity() {
    }

    /** The CPUs this process may run on, from {@code /proc/self/status}. */
    static List<Integer> allowed() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("Cpus_allowed_list:")) {
                return parse(line.substring(line.indexOf(':') + 1));
            }
        }
        throw new IllegalStateException("/proc/self/status has no Cpus_allowed_list: CPU affinity needs Linux");
    }

    /** "0-2,5" is [0, 1, 2, 5]. */
    static List<Integer> parse(String list) {
        List<Integer> cpus = new ArrayList<>();
        for (String part : list.trim().split(",")) {
            String[] range = part.trim().split("-");
            int first = Integer.parseInt(range[0].trim());
            int last = range.length == 1 ? first : Integer.parseInt(range[1].trim());
            for (int cpu = first; cpu <= last; cpu++) {
                cpus.add(cpu);
            }
        }
        return List.copyOf(cpus);
    }

    static String format(List<Integer> cpus) {
        return cpus.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** The command that starts a program on these CPUs only: {@code taskset -c LIST}, followed by the program. */
    static List<String> launcher(List<Integer> cpus) {
        return List.of(taskset(), "-c", format(cpus));
    }

    /**
     * Moves every thread of the process to these CPUs; threads it starts later inherit them. taskset
     * fails when a thread ends while it walks them, so it is tried a few times.
     */
    static void pin(long pid, List<Integer> cpus) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            Process process = new ProcessBuilder(taskset(), "-a", "-p", "-c", format(cpus), Long.toString(pid))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (process.waitFor() == 0) {
                return;
            }
            if (attempt == 5) {
                throw new IllegalStateException("taskset could not move process " + pid + " to CPUs " + format(cpus));
            }
            Thread.sleep(100);
        }
    }

    private static String taskset() {
        return Executables.onPath("taskset").orElseThrow(() -> new IllegalStateException(
                "--worker-cpus needs taskset (Debian package util-linux) on the PATH"));
    }
}
