package org.chartcoder.lifecycle;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds programs the lifecycle runs (ansible-playbook, java) on the PATH. */
public final class Executables {

    private Executables() {
    }

    public static Optional<String> onPath(String name) {
        if (name.contains("/")) {
            return Files.isExecutable(Path.of(name)) ? Optional.of(name) : Optional.empty();
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate.toString());
            }
        }
        return Optional.empty();
    }

    /** The java binary running this JVM, so child processes use the same runtime. */
    public static String currentJava() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
