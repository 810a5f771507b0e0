package org.chartcoder.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chartcoder.engine.CodingResult;
import org.chartcoder.engine.format.ComprehendIcd10Format;

/**
 * The query side over the {@link ChartIndex}: a chart's answer is one index lookup and, for a
 * finished chart, one read of its chunk's record; batch counters and every list come from the
 * index one page at a time, whatever the number of charts.
 */
public class ChartQueries implements ChartLists {

    /** A chart's answer: the HTTP status and the JSON to return. */
    public record Answer(int status, Object body) {
    }

    private final ChartStore store;
    private final ChartSourceReader inputs;
    private final ChartIndex index;
    private final ObjectMapper mapper;

    /** {@code inputs} reads the charts of chunks coded in place, for their text. */
    public ChartQueries(ChartStore store, ChartSourceReader inputs, ChartIndex index, ObjectMapper mapper) {
        this.store = store;
        this.inputs = inputs;
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
     * The text of the chart as stored (the latest batch's): from its chunk's bundle, or for a chunk
     * coded in place from the input object its chunk record names. Undecodable bytes become U+FFFD.
     */
    public Optional<ChartRecords.ChartText> chartText(String chartId) {
        return index.chart(chartId).flatMap(entry -> chartsOfChunk(entry).stream()
                .filter(chart -> chart.chartId().equals(chartId)).findFirst()
                .map(chart -> new ChartRecords.ChartText(chartId, entry.batchId(), new String(chart.bytes(), StandardCharsets.UTF_8))));
    }

    private List<ChartBundle.Chart> chartsOfChunk(ChartIndex.ChartEntry entry) {
        Optional<byte[]> bundle = store.read(ChartKeys.chunk(entry.batchId(), entry.chunkId()));
        if (bundle.isPresent()) {
            return ChartBundle.read(bundle.get());
        }
        if (entry.status().equals(ChartIndex.QUEUED)) {
            return List.of();
        }
        List<ChartBundle.Chart> charts = new ArrayList<>();
        readRecord(ChartKeys.result(entry.batchId(), entry.chunkId())).path("sources").forEach(source -> {
            try {
                charts.addAll(inputs.read(mapper.treeToValue(source, ChartSource.class)));
            } catch (IOException e) {
                throw new IllegalStateException("chunk record names no valid source", e);
            }
        });
        return charts;
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

    @Override
    public Page<String> batchIds(PageRequest page) {
        ChartIndex.Page<String> batches = index.batches(page.limit(), page.cursor().orElse(null));
        return new Page<>(batches.items(), Optional.ofNullable(batches.nextToken()));
    }

    @Override
    public Optional<BatchPage> batch(String batchId, PageRequest page) {
        return index.batch(batchId).map(status -> {
            ChartIndex.Page<ChartIndex.ChartEntry> charts = index.batchCharts(batchId, null, page.limit(),
                    page.cursor().orElse(null));
            return new BatchPage(batchId, status.total(), status.queued(), status.coded(), status.failed(),
                    status.deadLettered(), new Page<>(charts.items().stream()
                            .map(chart -> new ChartState(chart.chartId(), publicStatus(chart.status()))).toList(),
                            Optional.ofNullable(charts.nextToken())));
        });
    }

    /** Matched without case or dots: {@code i10}, {@code K269} and {@code K26.9} find what the records hold. */
    @Override
    public Page<ChartRef> chartsWithCode(String code, PageRequest page) {
        ChartIndex.Page<ChartIndex.ChartEntry> charts = index.chartsWithCode(ChartCodes.normalise(code), page.limit(),
                page.cursor().orElse(null));
        return new Page<>(charts.items().stream().map(chart -> new ChartRef(chart.chartId(), chart.batchId())).toList(),
                Optional.ofNullable(charts.nextToken()));
    }

    private static String publicStatus(String indexStatus) {
        return indexStatus.equals(ChartIndex.DEAD_LETTERED) ? "dead-lettered" : indexStatus;
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
