package org.chartcoder.engine.codeset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** Where installed code sets live in a data directory: its {@code codeset/<year>/} subdirectories. */
public final class DataDirectory {

    private DataDirectory() {
    }

    public static Path codeSets(Path root) {
        return root.resolve("codeset");
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
