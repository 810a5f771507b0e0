package org.chartcoder.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A real, empty H2 index in a fresh temporary directory, for route tests. */
final class TestIndexes {

    private TestIndexes() {
    }

    static H2ChartIndex h2() {
        try {
            Path dir = Files.createTempDirectory("chart-index-test");
            dir.toFile().deleteOnExit();
            return H2ChartIndex.open(dir.resolve("charts"), "test-file-key");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
