package org.chartcoder.app;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.chartcoder.engine.CodingEngine;
import org.chartcoder.engine.CodingResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The steps of the worker route for one chunk job: parse it, skip a chunk already stored (healing
 * the index), read the bundle once, check and code its charts on the coding threads, and after the
 * chunk's result object is stored, index it and log each chart. The SQS consumer threads only do
 * I/O and wait; the coding pool is sized to the cores, independently of the number of consumers.
 */
public class ChartWorker {

    public static final String BATCH_ID = "chartcoderBatchId";
    public static final String CHUNK_ID = "chartcoderChunkId";
    public static final String SHA256 = "chartcoderSha256";
    public static final String STARTED = "chartcoderStartedNanos";
    /** Simple-language fragment naming the chunk in log lines: ids only. */
    public static final String CHUNK_OF_BATCH = "chunk ${header." + CHUNK_ID + "} of batch ${header." + BATCH_ID + "}";

    private static final Logger LOG = LoggerFactory.getLogger(ChartWorker.class);

    /** Bean-method expression of the chunk's record key under a prefix such as {@link ChartKeys#RESULTS}. */
    public static String recordKey(String prefix) {
        return "record('" + prefix + "', ${header." + BATCH_ID + "}, ${header." + CHUNK_ID + "})";
    }

    private final CodingEngine engine;
    private final ChartStore store;
    private final ChartSourceReader inputs;
    private final ChunkIndexer indexer;
    private final ObjectMapper mapper;
    private final int maxChartBytes;
    private final int maxBundleBytes;
    private final ExecutorService codingThreads;
    private final ChartMetrics metrics;

    /**
     * @param maxBundleBytes the largest bundle read: the chunk byte bound plus one chart over it
     * @param codingThreads  where charts are coded; shared by every consumer of this process
     */
    public ChartWorker(CodingEngine engine, ChartStore store, ChartSourceReader inputs, ChunkIndexer indexer,
                       ObjectMapper mapper, int maxChartBytes, int maxBundleBytes, ExecutorService codingThreads,
                       ChartMetrics metrics) {
        this.engine = engine;
        this.store = store;
        this.inputs = inputs;
        this.indexer = indexer;
        this.mapper = mapper;
        this.maxChartBytes = maxChartBytes;
        this.maxBundleBytes = maxBundleBytes;
        this.codingThreads = codingThreads;
        this.metrics = metrics;
    }

    /** Parses the job and copies its ids to headers; a job that cannot be trusted is MALFORMED_JOB. */
    public ChartJob parseJob(@Body String body, Exchange exchange) {
        exchange.getMessage().setHeader(STARTED, System.nanoTime());
        ChartJob job;
        try {
            job = mapper.readValue(body, ChartJob.class);
        } catch (Exception e) {
            throw new InvalidChartException(ErrorReason.MALFORMED_JOB, "job is not valid JSON");
        }
        if (job == null || !ChartIds.isValid(job.batchId()) || !ChartIds.isValid(job.chunkId())) {
            throw new InvalidChartException(ErrorReason.MALFORMED_JOB, "job lacks valid batchId and chunkId");
        }
        if (!ChartDigest.isHex(job.sha256())) {
            throw new InvalidChartException(ErrorReason.MALFORMED_JOB, "job lacks a sha256");
        }
        if (job.isInPlace()) {
            if (job.s3Key() != null || job.sources().isEmpty() || !job.sources().stream().allMatch(ChartSource::isValid)) {
                throw new InvalidChartException(ErrorReason.MALFORMED_JOB, "job's sources are not valid");
            }
        } else if (!ChartKeys.chunk(job.batchId(), job.chunkId()).equals(job.s3Key())) {
            throw new InvalidChartException(ErrorReason.MALFORMED_JOB, "s3Key does not match batchId and chunkId");
        }
        if (job.charts() == null || job.charts().isEmpty() || !job.charts().stream().allMatch(ChartIds::isValid)) {
            throw new InvalidChartException(ErrorReason.MALFORMED_JOB, "job lacks valid chart ids");
        }
        exchange.getMessage().setHeader(BATCH_ID, job.batchId());
        exchange.getMessage().setHeader(CHUNK_ID, job.chunkId());
        exchange.getMessage().setHeader(SHA256, job.sha256());
        return job;
    }

    /**
     * True when this chunk, with this exact bundle, already has its result object: redelivery codes
     * nothing again. The index is brought up to date from that object, in case the process that
     * stored it stopped before indexing.
     */
    public boolean alreadyCoded(@Body ChartJob job) {
        String key = ChartKeys.result(job.batchId(), job.chunkId());
        // a HEAD first: a chunk seen for the first time costs one plain request, not a failed decrypting GET
        Optional<byte[]> bytes;
        try {
            bytes = store.exists(key) ? store.read(key) : Optional.empty();
        } catch (UnreadableObjectException e) {
            // a result that cannot be decrypted is no proof of coding: the chunk is coded again and its result rewritten
            bytes = Optional.empty();
        }
        Optional<ChartRecords.ChunkResult> stored = bytes.map(this::chunkResult)
                .filter(result -> job.sha256().equals(result.chunkSha256()));
        stored.ifPresent(indexer::index);
        return stored.isPresent();
    }

    /**
     * Reads the bundle once (or each in-place source once) and codes its charts in parallel; each bad
     * chart gets its own error record.
     */
    public ChartRecords.ChunkResult codeChunk(@Body ChartJob job) {
        Map<String, ChartBundle.Chart> bundled = new HashMap<>();
        Map<String, ErrorReason> failures = new HashMap<>();
        ErrorReason chunkFailure = job.isInPlace() ? readSources(job, bundled, failures) : readBundle(job, bundled);
        List<CompletableFuture<Object>> records = new ArrayList<>();
        for (String chartId : job.charts()) {
            ChartBundle.Chart chart = bundled.get(chartId);
            ErrorReason failure = failures.containsKey(chartId) ? failures.get(chartId)
                    : chunkFailure != null ? chunkFailure : chart == null ? ErrorReason.MISSING_OBJECT : null;
            if (failure != null) {
                records.add(CompletableFuture.completedFuture(error(job, chartId, null,
                        new InvalidChartException(failure, describe(failure)))));
            } else {
                records.add(CompletableFuture.supplyAsync(() -> codeOne(job, chart), codingThreads));
            }
        }
        // one wake-up of this thread per chunk, not one per chart: it shares the CPUs with the coding
        CompletableFuture.allOf(records.toArray(CompletableFuture[]::new)).exceptionally(failure -> null).join();
        List<ChartRecords.Result> results = new ArrayList<>();
        List<ChartRecords.Error> errors = new ArrayList<>();
        for (CompletableFuture<Object> record : records) {
            Object done = join(record);
            if (done instanceof ChartRecords.Result result) {
                results.add(result);
            } else {
                errors.add((ChartRecords.Error) done);
            }
        }
        return new ChartRecords.ChunkResult(job.batchId(), job.chunkId(), job.sha256(), results, errors, job.sources());
    }

    /** The bundle's charts into {@code bundled}; the reason every chart fails when the bundle cannot be used. */
    private ErrorReason readBundle(ChartJob job, Map<String, ChartBundle.Chart> bundled) {
        ErrorReason chunkFailure = null;
        Optional<byte[]> bundle = store.read(job.s3Key(), maxBundleBytes + 1);
        if (bundle.isEmpty()) {
            chunkFailure = ErrorReason.MISSING_OBJECT;
        } else if (bundle.get().length > maxBundleBytes) {
            chunkFailure = ErrorReason.TOO_LARGE;
        } else if (!ChartDigest.hex(bundle.get()).equals(job.sha256())) {
            chunkFailure = ErrorReason.HASH_MISMATCH;
        } else {
            try {
                ChartBundle.read(bundle.get()).forEach(chart -> bundled.put(chart.chartId(), chart));
            } catch (InvalidChartException e) {
                // recorded for each chart of the job, so that the batch still finishes
                chunkFailure = e.reason();
            }
        }
        return chunkFailure;
    }

    /**
     * Each source's charts into {@code bundled}. A .txt object too large is refused before it is read;
     * a source that is gone or changed fails its chart (.txt), or every chart not found elsewhere (.jsonl range).
     */
    private ErrorReason readSources(ChartJob job, Map<String, ChartBundle.Chart> bundled, Map<String, ErrorReason> failures) {
        ErrorReason rangeFailure = null;
        for (ChartSource source : job.sources()) {
            if (!source.isJsonLines() && source.bytes() > maxChartBytes) {
                failures.put(source.txtChartId(), ErrorReason.TOO_LARGE);
                continue;
            }
            try {
                inputs.read(source).forEach(chart -> bundled.put(chart.chartId(), chart));
            } catch (InvalidChartException e) {
                if (source.isJsonLines()) {
                    rangeFailure = e.reason();
                } else {
                    failures.put(source.txtChartId(), e.reason());
                }
            }
        }
        return rangeFailure;
    }

    /** Indexes a stored chunk result, then logs and counts each chart: ids, reasons and timings only. */
    public void indexAndLog(@Body ChartRecords.ChunkResult stored, @Header(STARTED) Long startedNanos) {
        indexer.index(stored);
        long millis = startedNanos == null ? -1 : (System.nanoTime() - startedNanos) / 1_000_000;
        for (ChartRecords.Result result : stored.results()) {
            metrics.coded(startedNanos == null ? System.nanoTime() : startedNanos);
            LOG.info("chart {} of batch {} coded in {} ms", result.chartId(), result.batchId(), millis);
        }
        for (ChartRecords.Error error : stored.errors()) {
            metrics.failed(error.reason());
            LOG.info("chart {} of batch {} failed: {}", error.chartId(), error.batchId(), error.reason());
        }
    }

    /** The chart's result, or its error record when it is empty, too large, changed or not UTF-8. */
    private Object codeOne(ChartJob job, ChartBundle.Chart chart) {
        try {
            String text = check(chart);
            CodingResult coded = engine.code(text);
            return new ChartRecords.Result(chart.chartId(), job.batchId(), Instant.now().toString(), coded.modelVersion(),
                    coded.codeSetVersion(), chart.sha256(), coded.entities(), coded.codes());
        } catch (InvalidChartException e) {
            return error(job, chart.chartId(), chart.sha256(), e);
        }
    }

    private String check(ChartBundle.Chart chart) {
        byte[] bytes = chart.bytes();
        if (bytes.length > maxChartBytes) {
            throw new InvalidChartException(ErrorReason.TOO_LARGE, "chart exceeds " + maxChartBytes + " bytes");
        }
        if (!ChartDigest.hex(bytes).equals(chart.sha256())) {
            throw new InvalidChartException(ErrorReason.HASH_MISMATCH, describe(ErrorReason.HASH_MISMATCH));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidChartException(ErrorReason.NOT_UTF8, "chart is not valid UTF-8");
        }
        if (text.isBlank()) {
            throw new InvalidChartException(ErrorReason.EMPTY_TEXT, "chart has no text");
        }
        return text;
    }

    private static String describe(ErrorReason reason) {
        return switch (reason) {
            case MISSING_OBJECT -> "no chart object";
            case TOO_LARGE -> "chart or chunk exceeds the size limit";
            case HASH_MISMATCH -> "stored chart differs from the queued one (changed since it was submitted)";
            case MALFORMED_JOB -> "bundle does not parse";
            default -> reason.name();
        };
    }

    private static ChartRecords.Error error(ChartJob job, String chartId, String sha256, InvalidChartException e) {
        return new ChartRecords.Error(chartId, job.batchId(), "failed", e.reason(), e.getMessage(), sha256,
                Instant.now().toString());
    }

    /** A coding failure other than a bad chart fails the whole chunk, leaving its job to redelivery. */
    private static Object join(CompletableFuture<Object> record) {
        try {
            return record.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    /** The error record of a job too broken to trust, under {@code errors/_malformed/{messageId}.json}. */
    public ChartRecords.Error malformedRecord(Exchange exchange) {
        InvalidChartException failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, InvalidChartException.class);
        String messageId = exchange.getMessage().getHeader("CamelAwsSqsMessageId", "unknown", String.class);
        exchange.getMessage().setHeader(BATCH_ID, "_malformed");
        exchange.getMessage().setHeader(CHUNK_ID, messageId);
        return new ChartRecords.Error(messageId, "_malformed", "failed", failure.reason(), failure.getMessage(),
                null, Instant.now().toString());
    }

    /** A dead-letter record for a chunk whose job exhausted its receives; ids were validated by {@link #parseJob}. */
    public ChartRecords.DeadLetterChunk deadLetterRecord(@Body ChartJob job) {
        return new ChartRecords.DeadLetterChunk(job.batchId(), job.chunkId(), job.sha256(), "MAX_RECEIVES_EXCEEDED",
                Instant.now().toString(), job.charts());
    }

    /** Indexes a stored dead-letter record, chart by chart. */
    public int indexDeadLetter(@Body ChartRecords.DeadLetterChunk dead) {
        indexer.index(dead);
        return dead.chartIds().size();
    }

    private ChartRecords.ChunkResult chunkResult(byte[] json) {
        try {
            return mapper.readValue(json, ChartRecords.ChunkResult.class);
        } catch (Exception e) {
            // an unreadable result object is no proof of coding: the chunk is coded again
            return new ChartRecords.ChunkResult(null, null, null, List.of(), List.of(), null);
        }
    }
}
