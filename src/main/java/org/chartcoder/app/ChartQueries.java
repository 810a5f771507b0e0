package org.chartcoder.app;

import java.io.IOException;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chartcoder.engine.CodingResult;
import org.chartcoder.engine.format.ComprehendIcd10Format;

/**
 * The query core behind the API, independent of HTTP: per-chart answers (one index lookup and, for
 * a finished chart, one read of its chunk's record), batch counters, and paginated lists, all from
 * the {@link ChartIndex}. Lists take a {@code limit} (default {@value #DEFAULT_LIMIT}, at most
 * {@value #MAX_LIMIT}) and the {@code nextToken} of the previous page.
 */
public class ChartQueries {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    /** A chart's answer: the HTTP status and the JSON to return. */
    public record Answer(int status, Object body) {
    }

    private final ChartStore store;
    private final ChartIndex index;
    private final ObjectMapper mapper;

    public ChartQueries(ChartStore store, ChartIndex index, ObjectMapper mapper) {
        this.store = store;
        this.index = index;
        this.mapper = mapper;
    }

    /** The chart's result, error or dead-letter record (200), queued (202), or unknown (404). */
    public Answer chart(String chartId) {
        Optional<ChartIndex.ChartEntry> found = index.chart(chartId);
        if (found.isEmpty()) {
            return new Answer(404, new ChartRecords.Problem(404, "unknown chart"));
        }
        ChartIndex.ChartEntry entry = found.get();
        switch (entry.status()) {
            case ChartIndex.CODED, ChartIndex.FAILED -> {
                JsonNode chunk = readRecord(ChartKeys.result(entry.batchId(), entry.chunkId()));
                String list = entry.status().equals(ChartIndex.CODED) ? "results" : "errors";
                for (JsonNode record : chunk.path(list)) {
                    if (chartId.equals(record.path("chartId").asText())) {
                        return new Answer(200, record);
                    }
                }
                throw new IllegalStateException("chunk record lacks an indexed chart");
            }
            case ChartIndex.DEAD_LETTERED -> {
                JsonNode dead = readRecord(ChartKeys.deadLetter(entry.batchId(), entry.chunkId()));
                return new Answer(200, new ChartRecords.DeadLetter(chartId, entry.batchId(), "dead-lettered",
                        dead.path("reason").asText(), null, dead.path("deadLetteredAt").asText()));
            }
            default -> {
                return new Answer(202, new ChartRecords.Queued(chartId, entry.batchId(), "queued"));
            }
        }
    }

    /**
     * The chart's result in Amazon Comprehend Medical's InferICD10CM response shape; error, queued
     * and dead-letter answers have no such shape and are returned as they are.
     */
    public Answer chartAsComprehend(String chartId) {
        Answer answer = chart(chartId);
        if (answer.status() != 200 || !(answer.body() instanceof JsonNode record) || !record.has("codes")) {
            return answer;
        }
        try {
            ChartRecords.Result result = mapper.treeToValue(record, ChartRecords.Result.class);
            return new Answer(200, ComprehendIcd10Format.toTree(new CodingResult(result.modelVersion(),
                    result.codeSetVersion(), result.entities(), result.codes())));
        } catch (IOException e) {
            throw new IllegalStateException("stored result does not match the result format", e);
        }
    }

    /** The batch's counters: one index read, however large the batch. */
    public Optional<ChartRecords.BatchStatus> batch(String batchId) {
        return index.batch(batchId);
    }

    /** A page of a batch's charts, optionally only those of one status. */
    public ChartIndex.Page<ChartIndex.ChartEntry> batchCharts(String batchId, String status, Integer limit, String nextToken) {
        if (status != null && !java.util.List.of(ChartIndex.QUEUED, ChartIndex.CODED, ChartIndex.FAILED,
                ChartIndex.DEAD_LETTERED).contains(status)) {
            throw new IllegalArgumentException("status must be queued, coded, failed or deadLettered");
        }
        return index.batchCharts(batchId, status, PageTokens.limit(limit, DEFAULT_LIMIT, MAX_LIMIT), nextToken);
    }

    /** A page of the coded charts whose chart-level codes hold the code, matched without case or dots. */
    public ChartIndex.Page<ChartIndex.ChartEntry> chartsWithCode(String code, Integer limit, String nextToken) {
        return index.chartsWithCode(ChartCodes.normalise(code), PageTokens.limit(limit, DEFAULT_LIMIT, MAX_LIMIT), nextToken);
    }

    public ChartIndex.Page<String> batches(Integer limit, String nextToken) {
        return index.batches(PageTokens.limit(limit, DEFAULT_LIMIT, MAX_LIMIT), nextToken);
    }

    private JsonNode readRecord(String key) {
        byte[] json = store.read(key).orElseThrow(() -> new IllegalStateException("indexed record object is missing"));
        try {
            return mapper.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("stored record is not JSON", e);
        }
    }
}
