package org.chartcoder.app;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Health check {@code chart-coder/storage} on {@code /observe/health}: DOWN, with the reason, while
 * the volume of the data directory (local mode's S3 objects, index and logs) has less than
 * {@code chartcoder.storage.minFreeBytes} free or cannot be examined, and for
 * {@code chartcoder.storage.retryAfterMs} after a storage write failed for want of space, with an
 * I/O error or for lack of permission. Checked ahead, a full volume is found before jobs exhaust
 * their receives; while DOWN the workers pause ({@link StorageWatchRoute}), and after a failed
 * write they try again once the pause is over. A change of state is logged once, not each failure.
 */
public class StorageHealth extends AbstractHealthCheck {

    /** What a failed write ran into; {@code label} is the kind label of {@code chartcoder_storage_errors_total}. */
    public enum Fault {
        NO_SPACE("no_space", "no space left on the device (ENOSPC)", List.of("No space left on device", "Disk quota exceeded")),
        IO("io", "an I/O error (EIO)", List.of("Input/output error", "Read-only file system")),
        PERMISSION("permission", "permission denied", List.of("Permission denied"));

        public final String label;
        final String description;
        private final List<String> signs;

        Fault(String label, String description, List<String> signs) {
            this.label = label;
            this.description = description;
            this.signs = signs;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(StorageHealth.class);

    private final Path dataDir;
    private final long minFreeBytes;
    private final Duration retryAfter;
    private final Clock clock;
    private final AtomicReference<FailedWrite> lastFailedWrite = new AtomicReference<>();

    private record FailedWrite(Fault fault, Instant at) {
    }

    public StorageHealth(Path dataDir, long minFreeBytes, Duration retryAfter, Clock clock) {
        super("chart-coder", "storage");
        this.dataDir = dataDir;
        this.minFreeBytes = minFreeBytes;
        this.retryAfter = retryAfter;
        this.clock = clock;
    }

    /**
     * The storage fault behind a failure, looked for along its causes: the operating system's
     * wording (an S3 emulator passes it on in its error message) or Java's AccessDeniedException.
     */
    public static Optional<Fault> faultOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof AccessDeniedException) {
                return Optional.of(Fault.PERMISSION);
            }
            String message = cause.getMessage();
            if (message != null) {
                for (Fault fault : Fault.values()) {
                    if (fault.signs.stream().anyMatch(message::contains)) {
                        return Optional.of(fault);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A write failed with {@code fault}: DOWN from now for {@code retryAfter}. */
    public void writeFailed(Fault fault) {
        FailedWrite previous = lastFailedWrite.getAndSet(new FailedWrite(fault, clock.instant()));
        if (previous == null || previous.fault() != fault) {
            LOG.warn("storage writes fail: {}; job consumers pause for {} s, then try again", fault.description,
                    retryAfter.toSeconds());
        }
    }

    /** Why writes fail or would fail now, or empty while the volume has room and takes writes. */
    public Optional<String> problem() {
        try {
            long free = Files.getFileStore(Files.createDirectories(dataDir)).getUsableSpace();
            if (free < minFreeBytes) {
                return Optional.of("data volume has " + free + " bytes free, below chartcoder.storage.minFreeBytes ("
                        + minFreeBytes + "): writes would fail (ENOSPC); workers pause until space is freed");
            }
        } catch (IOException e) {
            // the class only: the message names paths
            return Optional.of("data directory cannot be examined (" + e.getClass().getName() + ")");
        }
        FailedWrite failed = lastFailedWrite.get();
        if (failed == null) {
            return Optional.empty();
        }
        Instant retryAt = failed.at().plus(retryAfter);
        if (!clock.instant().isBefore(retryAt)) {
            if (lastFailedWrite.compareAndSet(failed, null)) {
                LOG.info("storage: {} s since writes failed ({}); job consumers try again", retryAfter.toSeconds(),
                        failed.fault().label);
            }
            return Optional.empty();
        }
        return Optional.of("storage writes fail: " + failed.fault().description + " (last at " + failed.at()
                + "); workers pause until " + retryAt);
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        problem().ifPresentOrElse(reason -> builder.down().message(reason), builder::up);
    }
}
