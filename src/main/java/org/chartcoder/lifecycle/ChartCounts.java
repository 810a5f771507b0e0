package org.chartcoder.lifecycle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chartcoder.app.ChartKeys;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/** Charts a run has coded, failed and dead-lettered so far. */
@FunctionalInterface
public interface ChartCounts {

    Counts read();

    record Counts(long coded, long failed, long deadLettered) {

        public long finished() {
            return coded + failed + deadLettered;
        }

        Counts plus(Counts other) {
            return new Counts(coded + other.coded, failed + other.failed, deadLettered + other.deadLettered);
        }
    }

    /**
     * Counted from the chunk records workers wrote since the run started (results/ and deadletters/):
     * each record is read once and only its lists' sizes are kept, never a chart's content.
     */
    static ChartCounts since(Instant start, S3Client s3, String bucket) {
        Map<String, Counts> seen = new ConcurrentHashMap<>();
        ObjectMapper mapper = new ObjectMapper();
        return () -> {
            for (String prefix : List.of(ChartKeys.RESULTS, ChartKeys.DEAD_LETTERS)) {
                s3.listObjectsV2Paginator(builder -> builder.bucket(bucket).prefix(prefix)).contents().stream()
                        // S3 keeps whole seconds: a record written in the run's first second still counts
                        .filter(object -> !object.lastModified().isBefore(start.minusSeconds(1)))
                        .map(S3Object::key)
                        .filter(key -> ChartKeys.chunkOf(key).isPresent())
                        .forEach(key -> seen.computeIfAbsent(key, k -> countsOf(s3, bucket, k, mapper)));
            }
            return seen.values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
        };
    }

    private static Counts countsOf(S3Client s3, String bucket, String key, ObjectMapper mapper) {
        ResponseBytes<GetObjectResponse> bytes = s3.getObjectAsBytes(builder -> builder.bucket(bucket).key(key));
        try {
            JsonNode record = mapper.readTree(bytes.asByteArray());
            return key.startsWith(ChartKeys.DEAD_LETTERS) ? new Counts(0, 0, record.path("chartIds").size())
                    : new Counts(record.path("results").size(), record.path("errors").size(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("chunk record is not JSON", e);
        }
    }
}
