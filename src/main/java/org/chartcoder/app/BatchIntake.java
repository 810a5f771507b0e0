package org.chartcoder.app;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accepts a batch over HTTP: checks the whole request first (strict JSON, bounded size), so a bad
 * entry rejects the batch before anything is stored, answers with the batch id at once and stores
 * in the background: cuts the batch into chunks ({@link ChartChunker}) and hands each chunk to the
 * intake route ({@code direct:intake}), which stores its bundle and queues one job. Storing a large
 * batch takes longer than clients wait, so a client that may retry sends an {@code Idempotency-Key}:
 * the key is bound to the batch in the index before the answer, and a retry with the same key and
 * the same charts gets the same batch id and queues nothing again; if the process stopped before the
 * batch was wholly stored, the retry stores what is missing. Batches accepted and not yet stored are
 * held in memory, bounded by {@code chartcoder.api.maxPendingBytes} of request bodies: past it a post
 * is refused with 503 and Retry-After. A batch whose storing fails is remembered with the reason
 * ({@link #intakeFailure}), so its status tells the client to resubmit rather than stay incomplete.
 */
public class BatchIntake {

    public static final String INTAKE = "direct:intake";
    public static final String BATCH_ID = "batchId";
    public static final String CHUNK_ID = "chunkId";
    public static final String CHART_IDS = "chartIds";
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private static final Logger LOG = LoggerFactory.getLogger(BatchIntake.class);
    private static final int REMEMBERED_FAILURES = 10_000;
    /** About the time one body at the size bound takes to be stored locally: when to try a refused post again. */
    static final int RETRY_AFTER_SECONDS = 5;
    private static final DateTimeFormatter BATCH_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    /** Refuses what lenient parsing lets through: trailing content after the value, repeated fields. */
    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final int chunkCharts;
    private final long chunkBytes;
    private final long maxBatchBytes;
    private final ChartIndex index;
    private final ChartStore store;
    private final ExecutorService background;
    private final long maxPendingBytes;
    /** Request bytes of the batches accepted and not yet stored (or failed). */
    private final AtomicLong pendingBytes = new AtomicLong();
    /** Batches this process is storing now: a retry arriving meanwhile must not store them a second time. */
    private final Set<String> storing = ConcurrentHashMap.newKeySet();
    /** The latest intake failures by batch id, oldest forgotten first: a client polls soon after posting. */
    private final Map<String, IntakeFailure> failures = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, IntakeFailure> eldest) {
                    return size() > REMEMBERED_FAILURES;
                }
            });

    /** Why a batch's storing failed, in words that never quote a chart; {@code at} is ISO-8601. */
    public record IntakeFailure(String reason, String at) {
    }

    /**
     * @param chunkCharts, chunkBytes the bounds of a chunk (chartcoder.chunk.maxCharts, maxBytes)
     * @param maxBatchBytes the largest request body accepted (chartcoder.api.maxBatchBytes)
     * @param maxPendingBytes request bytes accepted and not yet stored past which posts are refused (chartcoder.api.maxPendingBytes)
     * @param index where idempotency keys are bound to batches; {@code store} tells which chunks are stored
     */
    public BatchIntake(int chunkCharts, long chunkBytes, long maxBatchBytes, long maxPendingBytes, ChartIndex index,
                       ChartStore store, ExecutorService background) {
        this.chunkCharts = chunkCharts;
        this.chunkBytes = chunkBytes;
        this.maxBatchBytes = maxBatchBytes;
        this.maxPendingBytes = maxPendingBytes;
        this.index = index;
        this.store = store;
        this.background = background;
    }

    /** Why the storing of a batch accepted by this process failed, while it is remembered. */
    public Optional<IntakeFailure> intakeFailure(String batchId) {
        return Optional.ofNullable(failures.get(batchId));
    }

    /**
     * Checks the request, then answers with its batch id while the charts are stored in the
     * background; with an idempotency key, the batch the key was first used for.
     */
    public ChartRecords.Accepted accept(byte[] requestBody, String idempotencyKey, ProducerTemplate producer) {
        if (requestBody != null && requestBody.length > maxBatchBytes) {
            throw new RefusedRequestException(413, "body exceeds " + maxBatchBytes
                    + " bytes (chartcoder.api.maxBatchBytes): split the batch");
        }
        if (idempotencyKey != null && !ChartIds.isValid(idempotencyKey)) {
            throw new IllegalArgumentException(IDEMPOTENCY_KEY + " must match " + ChartIds.PATTERN);
        }
        Map<String, String> charts = parse(requestBody);
        long bytes = requestBody.length;
        if (idempotencyKey == null) {
            reserve(bytes);
            String batchId = newBatchId();
            storing.add(batchId);
            storeInBackground(batchId, charts, null, bytes, producer);
            return new ChartRecords.Accepted(batchId, charts.size());
        }
        String requestSha256 = requestSha256(charts);
        ChartIndex.IntakeClaim claim = index.claimIntake(idempotencyKey, newBatchId(), requestSha256);
        if (!claim.requestSha256().equals(requestSha256)) {
            throw new RefusedRequestException(422, IDEMPOTENCY_KEY + " was used for a different request (batch "
                    + claim.batchId() + "): a retry must send the same charts, a new request a new key");
        }
        // a new claim, or one whose storing stopped with the process that took it: store what is missing
        if (!claim.stored() && storing.add(claim.batchId())) {
            try {
                reserve(bytes);
            } catch (RefusedRequestException full) {
                // the key stays bound: the client's retry stores the batch
                storing.remove(claim.batchId());
                throw full;
            }
            storeInBackground(claim.batchId(), charts, idempotencyKey, bytes, producer);
        }
        return new ChartRecords.Accepted(claim.batchId(), charts.size());
    }

    /**
     * Counts a request's bytes as pending, or refuses it with 503 when that would pass the bound; a
     * request alone is always taken, so a bound below the body size bound never refuses everything.
     */
    private void reserve(long bytes) {
        long pending = pendingBytes.addAndGet(bytes);
        if (pending > maxPendingBytes && pending > bytes) {
            pendingBytes.addAndGet(-bytes);
            throw new RefusedRequestException(503, "intake is busy storing earlier batches (chartcoder.api.maxPendingBytes):"
                    + " nothing was stored; retry after " + RETRY_AFTER_SECONDS + " s", RETRY_AFTER_SECONDS);
        }
    }

    /**
     * The caller has added {@code batchId} to {@link #storing} and reserved {@code bytes}; chunks
     * already stored are skipped.
     */
    private void storeInBackground(String batchId, Map<String, String> charts, String idempotencyKey, long bytes,
                                   ProducerTemplate producer) {
        background.submit(() -> {
            try {
                Set<String> stored = idempotencyKey == null ? Set.of() : store.storedChunks(batchId);
                ChartChunker chunker = chunker(chunk -> {
                    if (!stored.contains(chunk.chunkId())) {
                        submit(producer, batchId, chunk);
                    }
                });
                charts.forEach((chartId, text) -> chunker.add(ChartBundle.Chart.of(chartId, text.getBytes(StandardCharsets.UTF_8))));
                chunker.flush();
                if (idempotencyKey != null) {
                    index.intakeStored(idempotencyKey);
                }
                LOG.info("batch {}: {} charts stored and queued{}", batchId, charts.size(),
                        stored.isEmpty() ? "" : " (" + stored.size() + " chunks were stored before)");
                failures.remove(batchId);
            } catch (RuntimeException e) {
                // the class only: a message could quote a chart
                String resubmit = idempotencyKey == null ? "resubmit the batch (a new batch id)"
                        : "retry with the same Idempotency-Key: the chunks stored are kept";
                failures.put(batchId, new IntakeFailure("storing the batch failed (" + e.getClass().getSimpleName()
                        + "); " + resubmit, java.time.Instant.now().toString()));
                LOG.warn("batch {}: intake stopped ({}); {}", batchId, e.getClass().getName(), resubmit);
            } finally {
                storing.remove(batchId);
                pendingBytes.addAndGet(-bytes);
            }
        });
    }

    /** The request's identity: its chart ids and the hash of each text, in order. */
    static String requestSha256(Map<String, String> charts) {
        StringBuilder manifest = new StringBuilder();
        charts.forEach((chartId, text) -> manifest.append(chartId).append(' ')
                .append(ChartDigest.hex(text.getBytes(StandardCharsets.UTF_8))).append('\n'));
        return ChartDigest.hex(manifest.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON document parsed strictly: trailing content or a repeated field is a 400, never ignored. */
    public static JsonNode readStrictly(byte[] body) {
        try {
            return STRICT.readTree(body);
        } catch (java.io.IOException e) {
            // the parser's message quotes the body: only its kind is told
            throw new IllegalArgumentException("body is not one JSON document (invalid JSON, a repeated field or"
                    + " content after it)");
        }
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
    public static void submitInPlace(ProducerTemplate producer, ObjectMapper mapper, String batchId, ChartSource.Chunk chunk) {
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

    private static Map<String, String> parse(byte[] requestBody) {
        JsonNode array = requestBody == null ? null : readStrictly(requestBody);
        if (array == null || !array.isArray() || array.isEmpty()) {
            throw new IllegalArgumentException("body must be a non-empty JSON array of {chartId, text}");
        }
        Map<String, String> charts = new LinkedHashMap<>();
        int index = 0;
        for (JsonNode entry : array) {
            if (!entry.isObject() || entry.size() != 2 || !entry.has("chartId") || !entry.has("text")) {
                throw new IllegalArgumentException("entry " + index + ": must be an object with exactly chartId and text");
            }
            JsonNode chartId = entry.get("chartId");
            JsonNode text = entry.get("text");
            if (!chartId.isTextual() || !ChartIds.isValid(chartId.textValue())) {
                throw new IllegalArgumentException("entry " + index + ": chartId must be a string matching " + ChartIds.PATTERN);
            }
            if (!text.isTextual()) {
                throw new IllegalArgumentException("entry " + index + ": text must be a string");
            }
            if (charts.putIfAbsent(chartId.textValue(), text.textValue()) != null) {
                throw new IllegalArgumentException("entry " + index + ": chartId repeats an earlier entry");
            }
            index++;
        }
        return charts;
    }
}
