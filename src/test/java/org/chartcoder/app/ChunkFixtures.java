package org.chartcoder.app;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.chartcoder.engine.CodingEngine;

/**
 * Chunks stored and indexed as intake and workers leave them: bundles, chunk records through the
 * worker's own record builder, and index entries. Objects go to {@code put}, so the same fixtures
 * fill a bucket in memory or an SSE-KMS bucket on moto.
 */
public final class ChunkFixtures {

    private final BiConsumer<String, byte[]> put;
    private final ChartIndex index;
    private final ObjectMapper mapper = new ObjectMapper();
    private final InMemoryChartStore bundles = new InMemoryChartStore();
    private int chunks;

    public ChunkFixtures(BiConsumer<String, byte[]> put, ChartIndex index) {
        this.put = put;
        this.index = index;
    }

    /** Stores the charts (id to text, in order) as one chunk's bundle and indexes them as queued. */
    public ChartJob queued(String batchId, Map<String, String> texts) {
        List<ChartBundle.Chart> charts = new ArrayList<>();
        texts.forEach((chartId, text) -> charts.add(ChartBundle.Chart.of(chartId, text.getBytes(StandardCharsets.UTF_8))));
        byte[] bundle = ChartBundle.write(charts);
        ChartJob job = ChartJob.of(batchId, ChartKeys.chunkId(chunks++), ChartDigest.hex(bundle), List.copyOf(texts.keySet()));
        put.accept(job.s3Key(), bundle);
        bundles.put(job.s3Key(), bundle);
        index.submitted(batchId, job.chunkId(), job.charts());
        return job;
    }

    /** A chunk coded by the engine as a worker codes it: an empty text gets its EMPTY_TEXT error record. */
    public ChartRecords.ChunkResult coded(String batchId, Map<String, String> texts, CodingEngine engine) {
        ChartJob job = queued(batchId, texts);
        ExecutorService threads = Executors.newSingleThreadExecutor();
        try {
            ChartWorker worker = new ChartWorker(engine, bundles, null, new ChunkIndexer(bundles, index, mapper), mapper,
                    1 << 20, 1 << 22, threads, new ChartMetrics(new SimpleMeterRegistry()));
            ChartRecords.ChunkResult result = worker.codeChunk(job);
            finished(result);
            return result;
        } finally {
            threads.shutdown();
        }
    }

    /** Stores and indexes a chunk record as given. */
    public void finished(ChartRecords.ChunkResult result) {
        put.accept(ChartKeys.result(result.batchId(), result.chunkId()), json(result));
        new ChunkIndexer(bundles, index, mapper).index(result);
    }

    /** A chunk whose job exhausted its receives. */
    public void deadLettered(String batchId, Map<String, String> texts) {
        ChartJob job = queued(batchId, texts);
        ChartRecords.DeadLetterChunk dead = new ChartRecords.DeadLetterChunk(batchId, job.chunkId(), job.sha256(),
                "MAX_RECEIVES_EXCEEDED", "2026-12-01T10:00:00Z", job.charts());
        put.accept(ChartKeys.deadLetter(batchId, job.chunkId()), json(dead));
        new ChunkIndexer(bundles, index, mapper).index(dead);
    }

    private byte[] json(Object record) {
        try {
            return mapper.writeValueAsBytes(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
