package org.chartcoder.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.aws2.s3.AWS2S3Constants;

/**
 * Records the files directory intake refused ({@link ChartFilesSource.Refusal}) as failed charts of
 * their batch, like any chart a worker refuses: each refusal chunk (up to {@code chartcoder.chunk.maxCharts}
 * refusals, as a chunk of charts) is one result object holding their error records, then indexed, so the batch's counts,
 * its chart list and {@code GET /api/charts/{id}} show every refused file with its reason. Refusal
 * chunks are numbered apart from the batch's chunks of charts ({@link #chunkId}) and in the order
 * the files were met, so a resumed intake finds them recorded and records nothing twice. The bean {@code intakeRefusals}.
 */
public class IntakeRefusals {

    /** Far above any chunk number of charts (a batch would need 900 million chunks to reach it). */
    private static final long FIRST_CHUNK = 900_000_000L;

    private final ObjectMapper mapper;
    private final ChunkIndexer indexer;
    private final ChartMetrics metrics;
    private final String sinkUri;
    private final long maxChartBytes;
    private final int perChunk;

    /**
     * @param sinkUri where records are stored ({@code {{chartcoder.sink}}}), as the worker stores its results
     * @param maxChartBytes the largest chart file read (chartcoder.worker.maxChartBytes): the workers' limit
     * @param perChunk refusals per result object: chartcoder.chunk.maxCharts, the bound of a chunk of charts
     */
    public IntakeRefusals(ObjectMapper mapper, ChunkIndexer indexer, ChartMetrics metrics, String sinkUri, long maxChartBytes,
                          int perChunk) {
        this.mapper = mapper;
        this.indexer = indexer;
        this.metrics = metrics;
        this.sinkUri = sinkUri;
        this.maxChartBytes = maxChartBytes;
        this.perChunk = perChunk;
    }

    /** A directory's charts, its refused files recorded in {@code refusals}' batch. */
    public ChartFilesSource directory(Batch refusals) {
        return new ChartFilesSource(maxChartBytes, refusals);
    }

    /** The id of the {@code sequence}-th refusal chunk of a batch. */
    public static String chunkId(int sequence) {
        return "c" + (FIRST_CHUNK + sequence);
    }

    /** Collects one batch's refusals and records them a chunk at a time; call {@link Batch#flush} once the input ends. */
    public Batch forBatch(ProducerTemplate producer, String batchId) {
        return new Batch(producer, batchId);
    }

    public final class Batch implements java.util.function.Consumer<ChartFilesSource.Refusal> {

        private final ProducerTemplate producer;
        private final String batchId;
        private final List<ChartRecords.Error> pending = new ArrayList<>();
        private int sequence;

        private Batch(ProducerTemplate producer, String batchId) {
            this.producer = producer;
            this.batchId = batchId;
        }

        @Override
        public void accept(ChartFilesSource.Refusal refusal) {
            pending.add(new ChartRecords.Error(refusal.chartId(), batchId, "failed", refusal.reason(),
                    "file " + refusal.file() + ": " + describe(refusal.reason()), null, Instant.now().toString()));
            if (pending.size() == perChunk) {
                flush();
            }
        }

        public void flush() {
            if (pending.isEmpty()) {
                return;
            }
            String chunkId = chunkId(sequence++);
            if (indexer.isFinished(batchId, chunkId)) {
                // recorded by an earlier run of the same intake
                pending.clear();
                return;
            }
            ChartRecords.ChunkResult record = new ChartRecords.ChunkResult(batchId, chunkId, null, List.of(),
                    List.copyOf(pending), null);
            pending.clear();
            try {
                producer.sendBodyAndHeader(sinkUri, mapper.writeValueAsBytes(record), AWS2S3Constants.KEY,
                        ChartKeys.result(batchId, chunkId));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("error records not serializable", e);
            }
            indexer.index(record);
            record.errors().forEach(error -> metrics.failed(error.reason()));
        }
    }

    private static String describe(ErrorReason reason) {
        return switch (reason) {
            case TOO_LARGE -> "larger than chartcoder.worker.maxChartBytes; not read";
            case BAD_NAME -> "the name is not a valid chart id (" + ChartIds.PATTERN + ") or repeats one; not read";
            case LINK_OUTSIDE -> "a symbolic link leaving the directory or leading nowhere; not followed";
            case NOT_REGULAR_FILE -> "not a regular file; not read";
            default -> reason.name();
        };
    }
}
