package org.chartcoder.app;

import java.util.concurrent.ExecutorService;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Intake of charts that live in S3, coded in place ({@link S3ChartsSource}): `submit s3://...` runs
 * it in the foreground, {@code POST /api/batches {"source": "s3://..."}} in the background (a
 * million objects take longer than any HTTP client waits), answering with the batch id at once.
 * The bean {@code s3Intake}.
 */
public class S3Intake {

    public static final String SCHEME = "s3://";

    /** A bucket and a key prefix, from {@code s3://bucket/prefix/}. */
    public record Location(String bucket, String prefix) {

        public static Location parse(String uri) {
            if (uri == null || !uri.startsWith(SCHEME)) {
                throw new IllegalArgumentException("source must be s3://bucket/prefix/");
            }
            String rest = uri.substring(SCHEME.length());
            int slash = rest.indexOf('/');
            Location location = new Location(slash < 0 ? rest : rest.substring(0, slash), slash < 0 ? "" : rest.substring(slash + 1));
            if (!ChartSource.isValidBucket(location.bucket) || location.prefix.length() > 1024) {
                throw new IllegalArgumentException("source names no valid S3 bucket");
            }
            return location;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(S3Intake.class);

    private final S3Client inputs;
    private final ObjectMapper mapper;
    private final int chunkCharts;
    private final long chunkBytes;
    private final ExecutorService background;

    public S3Intake(S3Client inputs, ObjectMapper mapper, int chunkCharts, long chunkBytes, ExecutorService background) {
        this.inputs = inputs;
        this.mapper = mapper;
        this.chunkCharts = chunkCharts;
        this.chunkBytes = chunkBytes;
        this.background = background;
    }

    /**
     * Streams the location's charts into chunks and hands each to the intake route, except those
     * {@code skip} names (a resumed submit leaves out the chunks already finished); returns what was
     * left out. {@code submitted} counts the charts handed on.
     */
    public S3ChartsSource.Skipped submit(Location location, String batchId, ProducerTemplate producer,
                                         Predicate<String> skip, java.util.function.IntConsumer submitted,
                                         java.util.function.IntConsumer skipped) {
        return new S3ChartsSource(inputs, chunkCharts, chunkBytes, chunk -> {
            if (skip.test(chunk.chunkId())) {
                skipped.accept(chunk.chartIds().size());
            } else {
                BatchIntake.submitInPlace(producer, mapper, batchId, chunk);
                submitted.accept(chunk.chartIds().size());
            }
        }).stream(location.bucket(), location.prefix());
    }

    /** Starts submitting the location as a new batch and answers with its id at once. */
    public ChartRecords.SourceAccepted acceptInBackground(String uri, ProducerTemplate producer) {
        Location location = Location.parse(uri);
        String batchId = BatchIntake.newBatchId();
        background.submit(() -> {
            try {
                S3ChartsSource.Skipped left = submit(location, batchId, producer, chunkId -> false, n -> { }, n -> { });
                LOG.info("batch {}: in-place intake done ({} invalid names, {} bad lines left out)", batchId,
                        left.badNames(), left.badLines());
            } catch (RuntimeException e) {
                // the class only: a message could name an object key
                LOG.warn("batch {}: in-place intake stopped: {}", batchId, e.getClass().getName());
            }
        });
        return new ChartRecords.SourceAccepted(batchId, uri, "submitting");
    }
}
