package org.chartcoder.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A real, empty H2 index in a fresh temporary directory, for route tests; the directory goes when the JVM ends. */
final class TestIndexes {

    private TestIndexes() {
    }

    static H2ChartIndex h2() {
        try {
            Path dir = Files.createTempDirectory("chart-index-test");
            // deleteOnExit would leave it: it deletes only an empty directory, and H2 writes files into it
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteRecursively(dir)));
            return H2ChartIndex.open(dir.resolve("charts"), "test-file-key");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary directory is no test failure
        }
    }
}
