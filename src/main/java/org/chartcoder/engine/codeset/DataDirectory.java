package org.chartcoder.engine.codeset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where chart-coder keeps downloaded data: {@code ./.chart-coder} unless the system property
 * {@code chartcoder.dataDir} or the environment variable {@code CHARTCODER_DATA_DIR} says otherwise.
 * Code sets live in its {@code codeset/<year>/} subdirectories.
 */
public final class DataDirectory {

    private DataDirectory() {
    }

    public static Path root() {
        String configured = System.getProperty("chartcoder.dataDir");
        if (configured == null || configured.isBlank()) {
            configured = System.getenv("CHARTCODER_DATA_DIR");
        }
        return Path.of(configured == null || configured.isBlank() ? ".chart-coder" : configured);
    }

    public static Path codeSets(Path root) {
        return root.resolve("codeset");
    }

    /** The code-set directory under the default data directory, if a code set was installed there. */
    public static Optional<Path> installedCodeSet() {
        return installedCodeSet(root());
    }

    public static Optional<Path> installedCodeSet(Path root) {
        Path codeSets = codeSets(root);
        if (!Files.isDirectory(codeSets)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(codeSets, 2)) {
            // Dot files are installs in progress (see CodeSetInstaller); the loader skips them too.
            return files.map(p -> p.getFileName().toString()).anyMatch(name -> name.endsWith(".zip") && !name.startsWith("."))
                    ? Optional.of(codeSets) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the data directory " + codeSets, e);
        }
    }
}
