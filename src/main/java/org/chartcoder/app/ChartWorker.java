package org.chartcoder.app;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.chartcoder.engine.CodingEngine;
import org.chartcoder.engine.CodingResult;

/** The steps of the worker route: parse the job, skip a job already coded, read and check the chart, code it. */
public class ChartWorker {

    public static final String BATCH_ID = "chartcoderBatchId";
    public static final String CHART_ID = "chartcoderChartId";
    public static final String SHA256 = "chartcoderSha256";
    public static final String STARTED = "chartcoderStartedNanos";
    /** Simple-language fragment naming the chart in log lines: ids only. */
    public static final String CHART_OF_BATCH = "chart ${header." + CHART_ID + "} of batch ${header." + BATCH_ID + "}";

    /** Bean-method expression of the chart's record key under a prefix such as {@link ChartKeys#RESULTS}. */
    public static String recordKey(String prefix) {
        return "record('" + prefix + "', ${header." + BATCH_ID + "}, ${header." + CHART_ID + "})";
    }

    private final CodingEngine engine;
    private final ChartStore store;
    private final ObjectMapper mapper;
    private final int maxChartBytes;

    public ChartWorker(CodingEngine engine, ChartStore store, ObjectMapper mapper, int maxChartBytes) {
        this.engine = engine;
        this.store = store;
        this.mapper = mapper;
        this.maxChartBytes = maxChartBytes;
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
        if (job == null || !ChartIds.isValid(job.batchId()) || !ChartIds.isValid(job.chartId())) {
            throw new InvalidChartException(ErrorReason.MALFORMED_JOB, "job lacks valid batchId and chartId");
        }
        exchange.getMessage().setHeader(BATCH_ID, job.batchId());
        exchange.getMessage().setHeader(CHART_ID, job.chartId());
        if (job.sha256() == null || !job.sha256().matches("[0-9a-f]{64}")) {
            throw new InvalidChartException(ErrorReason.MALFORMED_JOB, "job lacks a sha256");
        }
        exchange.getMessage().setHeader(SHA256, job.sha256());
        if (!ChartKeys.chart(job.batchId(), job.chartId()).equals(job.s3Key())) {
            throw new InvalidChartException(ErrorReason.MALFORMED_JOB, "s3Key does not match batchId and chartId");
        }
        return job;
    }

    /** True when this chart, with this exact content, already has a result: redelivery writes nothing new. */
    public boolean alreadyCoded(@Body ChartJob job) {
        String resultKey = ChartKeys.result(job.batchId(), job.chartId());
        return store.exists(resultKey) && store.read(resultKey)
                .map(bytes -> job.sha256().equals(shaOf(bytes)))
                .orElse(false);
    }

    /** The chart's text, checked: present, within the size limit, UTF-8, not blank, unchanged since queued. */
    public String readChart(@Body ChartJob job) {
        Optional<byte[]> stored = store.read(job.s3Key(), maxChartBytes + 1);
        byte[] bytes = stored.orElseThrow(() -> new InvalidChartException(ErrorReason.MISSING_OBJECT, "no chart object"));
        if (bytes.length > maxChartBytes) {
            throw new InvalidChartException(ErrorReason.TOO_LARGE, "chart exceeds " + maxChartBytes + " bytes");
        }
        if (!ChartDigest.hex(bytes).equals(job.sha256())) {
            throw new InvalidChartException(ErrorReason.HASH_MISMATCH, "stored chart differs from the queued one");
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

    public ChartRecords.Result code(@Body String text, @Header(BATCH_ID) String batchId,
                                    @Header(CHART_ID) String chartId, @Header(SHA256) String sha256) {
        CodingResult coded = engine.code(text);
        return new ChartRecords.Result(chartId, batchId, Instant.now().toString(), coded.modelVersion(),
                coded.codeSetVersion(), sha256, coded.entities(), coded.codes());
    }

    /** The error record of the exception being handled; ids come from headers set before the failure. */
    public ChartRecords.Error errorRecord(Exchange exchange) {
        InvalidChartException failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, InvalidChartException.class);
        String batchId = exchange.getMessage().getHeader(BATCH_ID, String.class);
        String chartId = exchange.getMessage().getHeader(CHART_ID, String.class);
        if (batchId == null || chartId == null) {
            // a job too malformed to name its chart is recorded under its message id
            batchId = "_malformed";
            chartId = exchange.getMessage().getHeader("CamelAwsSqsMessageId", "unknown", String.class);
            exchange.getMessage().setHeader(BATCH_ID, batchId);
            exchange.getMessage().setHeader(CHART_ID, chartId);
        }
        return new ChartRecords.Error(chartId, batchId, "failed", failure.reason(), failure.getMessage(),
                exchange.getMessage().getHeader(SHA256, String.class), Instant.now().toString());
    }

    /** A dead-letter record for a job that exhausted its receives; ids were validated by {@link #parseJob}. */
    public ChartRecords.DeadLetter deadLetterRecord(@Body ChartJob job) {
        return new ChartRecords.DeadLetter(job.chartId(), job.batchId(), "dead-lettered", "MAX_RECEIVES_EXCEEDED",
                job.sha256(), Instant.now().toString());
    }

    public long elapsedMillis(@Header(STARTED) Long startedNanos) {
        return startedNanos == null ? -1 : (System.nanoTime() - startedNanos) / 1_000_000;
    }

    private String shaOf(byte[] resultJson) {
        try {
            return mapper.readTree(resultJson).path("chartSha256").asText(null);
        } catch (Exception e) {
            return null;
        }
    }
}
