package org.chartcoder.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chartcoder.engine.CodingResult;
import org.chartcoder.engine.format.ComprehendIcd10Format;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Answers the query API and the progress display from the per-chart objects in S3: a chart is
 * coded when it has a result, failed when it has an error record, dead-lettered when it has a
 * dead-letter record and neither of the others, and queued otherwise.
 */
public class ChartQueries {

    /** A chart's answer: the HTTP status and the JSON to return. */
    public record Answer(int status, Object body) {
    }

    private final ChartStore store;
    private final ObjectMapper mapper;
    /** Code lists of results, by key and ETag, so a code query reads each result once. */
    private final Map<String, CachedCodes> codesByResult = new ConcurrentHashMap<>();

    private record CachedCodes(String eTag, Set<String> codes) {
    }

    public ChartQueries(ChartStore store, ObjectMapper mapper) {
        this.store = store;
        this.mapper = mapper;
    }

    public Answer chart(String chartId) {
        Optional<String> batchId = latestBatchOf(chartId);
        if (batchId.isEmpty()) {
            return new Answer(404, new ChartRecords.Problem(404, "unknown chart"));
        }
        String batch = batchId.get();
        for (String key : List.of(ChartKeys.result(batch, chartId), ChartKeys.error(batch, chartId),
                ChartKeys.deadLetter(batch, chartId))) {
            Optional<byte[]> record = store.read(key);
            if (record.isPresent()) {
                return new Answer(200, readTree(record.get()));
            }
        }
        return new Answer(202, new ChartRecords.Queued(chartId, batch, "queued"));
    }

    /** The text of the chart as stored (the latest batch's); undecodable bytes become U+FFFD. */
    public Optional<ChartRecords.ChartText> chartText(String chartId) {
        return latestBatchOf(chartId).flatMap(batch -> store.read(ChartKeys.chart(batch, chartId))
                .map(bytes -> new ChartRecords.ChartText(chartId, batch, new String(bytes, StandardCharsets.UTF_8))));
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

    public Optional<ChartRecords.BatchStatus> batch(String batchId) {
        Set<String> all = chartIds(ChartKeys.CHARTS + batchId + "/");
        if (all.isEmpty()) {
            return Optional.empty();
        }
        Set<String> coded = chartIds(ChartKeys.RESULTS + batchId + "/");
        Set<String> failed = chartIds(ChartKeys.ERRORS + batchId + "/");
        failed.removeAll(coded);
        Set<String> deadLettered = chartIds(ChartKeys.DEAD_LETTERS + batchId + "/");
        deadLettered.removeAll(coded);
        deadLettered.removeAll(failed);
        Set<String> queued = new TreeSet<>(all);
        queued.removeAll(coded);
        queued.removeAll(failed);
        queued.removeAll(deadLettered);
        return Optional.of(new ChartRecords.BatchStatus(batchId, all.size(), queued.size(), coded.size(), failed.size(),
                deadLettered.size(), new ChartRecords.Charts(List.copyOf(queued), List.copyOf(coded),
                List.copyOf(failed), List.copyOf(deadLettered))));
    }

    /** Batch ids that have charts, in key order. */
    public List<String> batchIds() {
        return store.listKeys(ChartKeys.CHARTS).stream()
                .map(key -> key.substring(ChartKeys.CHARTS.length(), key.indexOf('/', ChartKeys.CHARTS.length())))
                .distinct().toList();
    }

    /** Charts whose chart-level code list holds the code, as {chartId, batchId} pairs. */
    public List<Map<String, String>> chartsWithCode(String code) {
        List<Map<String, String>> charts = new ArrayList<>();
        for (S3Object result : store.list(ChartKeys.RESULTS)) {
            CachedCodes cached = codesByResult.get(result.key());
            if (cached == null || !cached.eTag().equals(result.eTag())) {
                cached = new CachedCodes(result.eTag(), codesOf(result.key()));
                codesByResult.put(result.key(), cached);
            }
            if (cached.codes().contains(code)) {
                String batchId = result.key().substring(ChartKeys.RESULTS.length(), result.key().lastIndexOf('/'));
                charts.add(Map.of("chartId", ChartKeys.chartIdOf(result.key()), "batchId", batchId));
            }
        }
        return charts;
    }

    private Set<String> codesOf(String resultKey) {
        return store.read(resultKey).map(this::readTree)
                .map(tree -> {
                    Set<String> codes = new TreeSet<>();
                    tree.path("codes").forEach(c -> codes.add(c.path("code").asText()));
                    return codes;
                }).orElse(Set.of());
    }

    /** A chart id may be reused by several batches: the most recently submitted one answers. */
    private Optional<String> latestBatchOf(String chartId) {
        String prefix = ChartKeys.CHART_INDEX + chartId + "/";
        return store.list(prefix).stream()
                .max(Comparator.comparing(S3Object::lastModified).thenComparing(S3Object::key))
                .map(o -> o.key().substring(prefix.length()));
    }

    private Set<String> chartIds(String prefix) {
        return store.listKeys(prefix).stream().map(ChartKeys::chartIdOf)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private JsonNode readTree(byte[] json) {
        try {
            return mapper.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored record is not JSON", e);
        }
    }
}
