package org.chartcoder.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** chart-coder's command line as a process of its own, on the tests' classpath. */
public final class ChildJvm {

    private ChildJvm() {
    }

    /** {@code java -Xmx<maxHeap> -cp <classpath> ChartCoderCli args...} */
    public static List<String> command(String maxHeap, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap, "-cp", classPath(), ChartCoderCli.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** The test classpath without surefire's booter jars, whose manifests would list every entry twice. */
    public static String classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("surefire")).distinct().collect(Collectors.joining(File.pathSeparator));
    }

    /** The end of a child's log, for a failure message: its last 2,000 characters, or "" before it exists. */
    public static String logTail(Path log) throws IOException {
        String text = Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
        return text.substring(Math.max(0, text.length() - 2000));
    }
}
