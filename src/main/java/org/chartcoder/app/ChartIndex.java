package org.chartcoder.app;

import java.util.List;
import java.util.Optional;

/**
 * The query side's index: where each chart's outcome is, each batch's counters and each code's
 * charts. Workers record a chunk once its result object is durably stored; every write is
 * idempotent per chunk (a chunk's charts count once however often its job is redelivered), so a
 * crash between the result put and the index write heals on redelivery or recovery. Methods
 * return records and know nothing of HTTP, so the API route and other adapters share them.
 * Implementations: {@link H2ChartIndex} (local, an encrypted embedded file) and
 * {@link DynamoChartIndex} (AWS, DynamoDB with KMS).
 */
public interface ChartIndex extends AutoCloseable {

    String QUEUED = "queued";
    String CODED = "coded";
    String FAILED = "failed";
    String DEAD_LETTERED = "deadLettered";

    /** A chart's place and state; {@code reason} is set for failed and dead-lettered charts. */
    record ChartEntry(String chartId, String batchId, String chunkId, String status, String reason) {
    }

    /** What a worker recorded for one chart of a chunk; {@code codes} are normalised. */
    record Outcome(String chartId, String status, String reason, List<String> codes) {
    }

    /** One page of a list; {@code nextToken} is null on the last page. */
    record Page<T>(List<T> items, String nextToken) {
    }

    /**
     * A client's {@code Idempotency-Key} bound to the batch its first request created, with that
     * request's hash; {@code stored} once intake has stored and queued every chunk of it.
     */
    record IntakeClaim(String key, String batchId, String requestSha256, boolean stored) {
    }

    /**
     * Binds the key to the batch and request unless it is bound already, atomically (two retries
     * racing bind it once); returns the binding in effect, the earlier one if there was one.
     */
    IntakeClaim claimIntake(String key, String batchId, String requestSha256);

    /** Marks the key's batch as wholly stored and queued: a retry then has nothing left to do. */
    void intakeStored(String key);

    /** Records a stored chunk's charts as queued; a repeat for the same chunk changes nothing. */
    void submitted(String batchId, String chunkId, List<String> chartIds);

    /**
     * Records the outcomes of a chunk still queued; a chunk already finished (or dead-lettered) is
     * left as it is, so redelivery never counts a chart twice.
     */
    void finished(String batchId, String chunkId, List<Outcome> outcomes);

    /** True when the chunk is known and no longer queued. */
    boolean isFinished(String batchId, String chunkId);

    /** The chart's entry in the batch that submitted it last. */
    Optional<ChartEntry> chart(String chartId);

    /** The batch's counters; {@code charts} lists are left to {@link #batchCharts}. */
    Optional<ChartRecords.BatchStatus> batch(String batchId);

    /** Charts of a batch in chart-id order, optionally of one status. */
    Page<ChartEntry> batchCharts(String batchId, String status, int limit, String nextToken);

    /** Coded charts whose chart-level codes hold the (normalised) code, in (batch, chart) order. */
    Page<ChartEntry> chartsWithCode(String code, int limit, String nextToken);

    /** Batch ids in order. */
    Page<String> batches(int limit, String nextToken);

    @Override
    void close();
}
