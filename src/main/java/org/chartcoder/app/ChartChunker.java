package org.chartcoder.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Cuts a stream of charts into chunks bounded by count and bytes, numbered in arrival order; a chart
 * larger than the byte bound travels alone. Intake reads charts in a stable order, so the same input
 * gives the same chunks again and a resumed intake skips the chunks already stored.
 */
public final class ChartChunker {

    /** One chunk: its id within the batch and its charts. */
    public record Chunk(String chunkId, List<ChartBundle.Chart> charts) {

        public List<String> chartIds() {
            return charts.stream().map(ChartBundle.Chart::chartId).toList();
        }
    }

    /** Header bytes per chart in a bundle, counted towards the byte bound. */
    private static final int HEADER_BYTES = 200;

    private final int maxCharts;
    private final long maxBytes;
    private final Consumer<Chunk> sink;
    private List<ChartBundle.Chart> current = new ArrayList<>();
    private long bytes;
    private int sequence;

    public ChartChunker(int maxCharts, long maxBytes, Consumer<Chunk> sink) {
        if (maxCharts < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("chunks need at least one chart and one byte");
        }
        this.maxCharts = maxCharts;
        this.maxBytes = maxBytes;
        this.sink = sink;
    }

    public void add(ChartBundle.Chart chart) {
        long size = chart.bytes().length + HEADER_BYTES;
        if (!current.isEmpty() && (current.size() >= maxCharts || bytes + size > maxBytes)) {
            flush();
        }
        current.add(chart);
        bytes += size;
    }

    /** Hands on the charts added since the last chunk, if any; call once the input ends. */
    public void flush() {
        if (current.isEmpty()) {
            return;
        }
        Chunk chunk = new Chunk(ChartKeys.chunkId(sequence++), List.copyOf(current));
        current = new ArrayList<>();
        bytes = 0;
        sink.accept(chunk);
    }
}
