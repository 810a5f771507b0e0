package org.chartcoder.engine;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates ../shared (system property chartcoder.shared.dir) and skips a test, saying why, when a part is missing. */
public final class SharedData {

    private SharedData() {
    }

    public static Path require(String relative) {
        String dir = System.getProperty("chartcoder.shared.dir", "../shared");
        Path path = Path.of(dir).resolve(relative);
        Assumptions.assumeTrue(Files.exists(path),
                "skipped: " + path + " is absent (shared data is not part of the repository; set -Dchartcoder.shared.dir)");
        return path;
    }
}
