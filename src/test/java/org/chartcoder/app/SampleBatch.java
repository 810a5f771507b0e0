package org.chartcoder.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.chartcoder.engine.CodingEngines;
import org.chartcoder.engine.codeset.CodeSet;

/**
 * A bucket and index with one chart in every state: the sample charts of samples/charts coded by
 * the real engine (lexicon only) through the worker's own record builder with an empty chart that
 * fails, a dead-lettered chunk and a queued one, all in batch {@value #BATCH}.
 */
public final class SampleBatch {

    public static final String BATCH = "samples";

    private SampleBatch() {
    }

    /** The coded chunk's record, whose results the tests compare answers with. */
    public static ChartRecords.ChunkResult storeInto(InMemoryChartStore store, ChartIndex index) {
        ChunkFixtures fixtures = new ChunkFixtures(store::put, index);
        Map<String, String> texts = new LinkedHashMap<>();
        try (Stream<Path> charts = Files.list(Path.of("samples/charts"))) {
            for (Path chart : charts.sorted().toList()) {
                texts.put(chart.getFileName().toString().replace(".txt", ""), Files.readString(chart, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        texts.put("failed1", "");
        ChartRecords.ChunkResult coded = fixtures.coded(BATCH, texts, CodingEngines.createRuleEngine(CodeSet.empty()));
        fixtures.deadLettered(BATCH, Map.of("dead1", "x"));
        fixtures.queued(BATCH, Map.of("waiting1", "x"));
        return coded;
    }
}
