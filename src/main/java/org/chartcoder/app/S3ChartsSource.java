package org.chartcoder.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Streams the charts under an S3 prefix into chunks that are coded in place: nothing is copied. A
 * {@code .txt} object is one chart and is not read here (its listing gives its name, size and ETag);
 * a {@code .jsonl} object is read once to find its charts' ids and line ranges. S3 lists keys in
 * order, so the same prefix gives the same chunks again. One listing page and one line are in
 * memory at a time, so a million objects stream in constant memory.
 */
public final class S3ChartsSource {

    /** What was left out, by count: names that are not valid chart ids, and JSON lines that are not charts. */
    public record Skipped(int badNames, int badLines) {
    }

    private final S3Client s3;
    private final int maxCharts;
    private final long maxBytes;
    private final Consumer<ChartSource.Chunk> sink;
    private List<ChartSource> sources = new ArrayList<>();
    private List<String> chartIds = new ArrayList<>();
    private long bytes;
    private int sequence;
    private int badNames;
    private int badLines;
    /** The lines of the .jsonl object being read that belong to the current chunk. */
    private ChartSource openRange;

    public S3ChartsSource(S3Client s3, int maxCharts, long maxBytes, Consumer<ChartSource.Chunk> sink) {
        if (maxCharts < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("chunks need at least one chart and one byte");
        }
        this.s3 = s3;
        this.maxCharts = maxCharts;
        this.maxBytes = maxBytes;
        this.sink = sink;
    }

    public Skipped stream(String bucket, String prefix) {
        for (S3Object object : s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents()) {
            String name = object.key().substring(object.key().lastIndexOf('/') + 1);
            if (name.endsWith(ChartLines.TXT)) {
                String chartId = ChartLines.txtChartId(name);
                if (chartId == null) {
                    badNames++;
                    continue;
                }
                makeRoom(object.size());
                sources.add(new ChartSource(bucket, object.key(), object.eTag(), 0, object.size()));
                chartIds.add(chartId);
                bytes += object.size();
            } else if (name.endsWith(ChartLines.JSONL)) {
                readLines(bucket, object);
            }
        }
        flush();
        return new Skipped(badNames, badLines);
    }

    private void readLines(String bucket, S3Object object) {
        try (ResponseInputStream<GetObjectResponse> in = s3.getObject(b -> b.bucket(bucket).key(object.key())
                .ifMatch(object.eTag()))) {
            ChartLines.forEachLine(in, (line, start, end) -> {
                if (ChartLines.isBlank(line)) {
                    return;
                }
                Optional<ChartBundle.Chart> chart = ChartLines.chartOf(line);
                if (chart.isEmpty()) {
                    badLines++;
                    return;
                }
                makeRoom(end - start);
                openRange = openRange == null ? new ChartSource(bucket, object.key(), object.eTag(), start, end)
                        : new ChartSource(bucket, object.key(), object.eTag(), openRange.start(), end);
                chartIds.add(chart.get().chartId());
                bytes += end - start;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("reading an input object", e);
        }
        closeRange();
    }

    /** Ends the current chunk first when one more chart of {@code size} bytes would not fit in it. */
    private void makeRoom(long size) {
        if (!chartIds.isEmpty() && (chartIds.size() >= maxCharts || bytes + size > maxBytes)) {
            flush();
        }
    }

    private void closeRange() {
        if (openRange != null) {
            sources.add(openRange);
            openRange = null;
        }
    }

    /** Hands on the current chunk; the object being read continues with a new range in the next one. */
    private void flush() {
        closeRange();
        if (!chartIds.isEmpty()) {
            sink.accept(new ChartSource.Chunk(ChartKeys.chunkId(sequence++), List.copyOf(sources), List.copyOf(chartIds)));
        }
        sources = new ArrayList<>();
        chartIds = new ArrayList<>();
        bytes = 0;
    }
}
