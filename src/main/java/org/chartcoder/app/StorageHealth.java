package org.chartcoder.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Health check {@code chart-coder/storage}: DOWN, with the reason, while the volume of the data
 * directory (local mode's S3 objects, index and logs) has less than {@code chartcoder.storage.minFreeBytes}
 * free, or cannot be examined. A full volume makes every write fail (ENOSPC); checked ahead, it is
 * found before jobs exhaust their receives, and the workers pause ({@link StorageWatchRoute}) until
 * space is freed. The bean {@code storageHealth}; it is a Camel health check, but not yet registered
 * with camel-main's health registry, so {@code /observe/health} does not report it.
 */
public class StorageHealth extends AbstractHealthCheck {

    private final Path dataDir;
    private final long minFreeBytes;

    public StorageHealth(Path dataDir, long minFreeBytes) {
        super("chart-coder", "storage");
        this.dataDir = dataDir;
        this.minFreeBytes = minFreeBytes;
    }

    /** Why writes would fail now, or empty while the volume has room. */
    public Optional<String> problem() {
        try {
            long free = Files.getFileStore(Files.createDirectories(dataDir)).getUsableSpace();
            if (free < minFreeBytes) {
                return Optional.of("data volume has " + free + " bytes free, below chartcoder.storage.minFreeBytes ("
                        + minFreeBytes + "): writes would fail (ENOSPC); workers pause until space is freed");
            }
            return Optional.empty();
        } catch (IOException e) {
            // the class only: the message names paths
            return Optional.of("data directory cannot be examined (" + e.getClass().getName() + ")");
        }
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        problem().ifPresentOrElse(reason -> builder.down().message(reason), builder::up);
    }
}
