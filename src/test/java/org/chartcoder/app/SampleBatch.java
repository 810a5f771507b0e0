package org.chartcoder.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.chartcoder.engine.CodingEngines;
import org.chartcoder.engine.codeset.CodeSet;

/**
 * A bucket with one chart in every state: the sample charts of samples/charts coded by the real
 * engine (lexicon only) through the worker's own record builder, an error, a dead letter and a
 * queued chart, all in batch {@value #BATCH}.
 */
public final class SampleBatch {

    public static final String BATCH = "samples";

    private SampleBatch() {
    }

    public static void storeInto(InMemoryChartStore store) {
        ObjectMapper mapper = new ObjectMapper();
        ChartWorker worker = new ChartWorker(CodingEngines.createRuleEngine(CodeSet.empty()), store, mapper, 1 << 20);
        try (Stream<Path> charts = Files.list(Path.of("samples/charts"))) {
            for (Path chart : charts.sorted().toList()) {
                String chartId = chart.getFileName().toString().replace(".txt", "");
                byte[] text = Files.readAllBytes(chart);
                store.put(ChartKeys.chart(BATCH, chartId), text);
                store.put(ChartKeys.chartIndex(chartId, BATCH), new byte[0]);
                store.put(ChartKeys.result(BATCH, chartId), mapper.writeValueAsBytes(worker.code(
                        new String(text, StandardCharsets.UTF_8), BATCH, chartId, ChartDigest.hex(text))));
            }
            store.put(ChartKeys.chart(BATCH, "failed1"), new byte[0]);
            store.put(ChartKeys.chartIndex("failed1", BATCH), new byte[0]);
            store.put(ChartKeys.error(BATCH, "failed1"), mapper.writeValueAsBytes(new ChartRecords.Error("failed1", BATCH,
                    "failed", ErrorReason.EMPTY_TEXT, "chart has no text", ChartDigest.hex(new byte[0]), "2026-12-01T10:00:00Z")));
            store.put(ChartKeys.chart(BATCH, "dead1"), new byte[] {'x'});
            store.put(ChartKeys.chartIndex("dead1", BATCH), new byte[0]);
            store.put(ChartKeys.deadLetter(BATCH, "dead1"), mapper.writeValueAsBytes(new ChartRecords.DeadLetter("dead1", BATCH,
                    "dead-lettered", "MAX_RECEIVES_EXCEEDED", ChartDigest.hex(new byte[] {'x'}), "2026-12-01T10:00:00Z")));
            store.put(ChartKeys.chart(BATCH, "waiting1"), new byte[] {'x'});
            store.put(ChartKeys.chartIndex("waiting1", BATCH), new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
