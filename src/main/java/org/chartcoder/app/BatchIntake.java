package org.chartcoder.app;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.ProducerTemplate;

/**
 * Accepts a batch over HTTP: checks the whole request first, so a bad entry rejects the batch
 * before anything is stored, then cuts it into chunks ({@link ChartChunker}) and hands each chunk
 * to the intake route ({@code direct:intake}), which stores its bundle and queues one job.
 */
public class BatchIntake {

    public static final String INTAKE = "direct:intake";
    public static final String BATCH_ID = "batchId";
    public static final String CHUNK_ID = "chunkId";
    public static final String CHART_IDS = "chartIds";

    private static final DateTimeFormatter BATCH_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private final ObjectMapper mapper;
    private final int chunkCharts;
    private final long chunkBytes;

    /** @param chunkCharts, chunkBytes the bounds of a chunk (chartcoder.chunk.maxCharts, maxBytes) */
    public BatchIntake(ObjectMapper mapper, int chunkCharts, long chunkBytes) {
        this.mapper = mapper;
        this.chunkCharts = chunkCharts;
        this.chunkBytes = chunkBytes;
    }

    public ChartRecords.Accepted accept(byte[] requestBody, ProducerTemplate producer) {
        Map<String, String> charts = parse(requestBody);
        String batchId = newBatchId();
        ChartChunker chunker = chunker(chunk -> submit(producer, batchId, chunk));
        charts.forEach((chartId, text) -> chunker.add(ChartBundle.Chart.of(chartId, text.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        chunker.flush();
        return new ChartRecords.Accepted(batchId, charts.size());
    }

    public ChartChunker chunker(java.util.function.Consumer<ChartChunker.Chunk> sink) {
        return new ChartChunker(chunkCharts, chunkBytes, sink);
    }

    /** Stores the chunk's bundle, indexes its charts as queued and queues its job (the intake route). */
    public static void submit(ProducerTemplate producer, String batchId, ChartChunker.Chunk chunk) {
        producer.sendBodyAndHeaders(INTAKE, ChartBundle.write(chunk.charts()),
                Map.of(BATCH_ID, batchId, CHUNK_ID, chunk.chunkId(), CHART_IDS, chunk.chartIds()));
    }

    public static final String CHART_SOURCES = "chartSources";

    /** Indexes a chunk read in place as queued and queues its job; its identity is the hash of its sources. */
    public static void submitInPlace(ProducerTemplate producer, ObjectMapper mapper, String batchId, S3ChartsSource.Chunk chunk) {
        byte[] sources;
        try {
            sources = mapper.writeValueAsBytes(chunk.sources());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("sources not serializable", e);
        }
        producer.sendBodyAndHeaders(INTAKE, sources, Map.of(BATCH_ID, batchId, CHUNK_ID, chunk.chunkId(),
                CHART_IDS, chunk.chartIds(), CHART_SOURCES, chunk.sources()));
    }

    public static String newBatchId() {
        return "b-" + LocalDateTime.now(ZoneOffset.UTC).format(BATCH_TIME) + "-"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    private Map<String, String> parse(byte[] requestBody) {
        JsonNode array;
        try {
            array = mapper.readTree(requestBody);
        } catch (Exception e) {
            throw new IllegalArgumentException("body must be a JSON array of {chartId, text}");
        }
        if (array == null || !array.isArray() || array.isEmpty()) {
            throw new IllegalArgumentException("body must be a non-empty JSON array of {chartId, text}");
        }
        Map<String, String> charts = new java.util.LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        int index = 0;
        for (JsonNode entry : array) {
            String chartId = entry.path("chartId").asText(null);
            JsonNode text = entry.path("text");
            if (!ChartIds.isValid(chartId)) {
                throw new IllegalArgumentException("entry " + index + ": chartId must match " + ChartIds.PATTERN);
            }
            if (!text.isTextual()) {
                throw new IllegalArgumentException("entry " + index + ": text must be a string");
            }
            if (!seen.add(chartId)) {
                throw new IllegalArgumentException("entry " + index + ": chartId repeats an earlier entry");
            }
            charts.put(chartId, text.asText());
            index++;
        }
        return charts;
    }
}
