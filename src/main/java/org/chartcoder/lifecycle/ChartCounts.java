package org.chartcoder.lifecycle;

import org.chartcoder.app.ChartKeys;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.time.Instant;

/** Charts a run has coded, failed and dead-lettered so far. */
@FunctionalInterface
public interface ChartCounts {

    Counts read();

    record Counts(long coded, long failed, long deadLettered) {

        public long finished() {
            return coded + failed + deadLettered;
        }
    }

    /**
     * Counted from what the workers wrote since the run started (results/ and errors/ objects) and
     * from the growth of the dead-letter queue: keys and counts only, never an object's content.
     */
    static ChartCounts since(Instant start, S3Client s3, String bucket, QueueDepth deadLetters) {
        long deadLetteredBefore = deadLetters.read().visible();
        return () -> new Counts(written(s3, bucket, ChartKeys.RESULTS, start), written(s3, bucket, ChartKeys.ERRORS, start),
                Math.max(0, deadLetters.read().visible() - deadLetteredBefore));
    }

    private static long written(S3Client s3, String bucket, String prefix, Instant since) {
        return s3.listObjectsV2Paginator(builder -> builder.bucket(bucket).prefix(prefix)).contents().stream()
                .map(S3Object::lastModified)
                // S3 keeps whole seconds: a result written in the run's first second still counts
                .filter(modified -> !modified.isBefore(since.minusSeconds(1)))
                .count();
    }
}
