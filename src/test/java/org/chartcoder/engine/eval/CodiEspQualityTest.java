package org.chartcoder.engine.eval;

import org.chartcoder.engine.CodingEngine;
import org.chartcoder.engine.CodingResult;
import org.chartcoder.engine.OutputCodes;
import org.chartcoder.engine.codeset.CodeSetLoader;
import org.chartcoder.engine.CodingEngines;
import org.chartcoder.engine.EngineSettings;
import org.chartcoder.engine.SharedData;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Quality floor on a fixed slice of CodiEsp dev (the first 60 charts by file name), coded by the rule
 * engine with the shared FY2025 codes and FY2021 tabular files and no model. The floors sit a little
 * below the figures measured when they were set, so a regression fails the build.
 */
class CodiEspQualityTest {

    private static final int SLICE = 60;
    private static final double MAP_FLOOR = 0.35;
    private static final double CATEGORY_MAP_FLOOR = 0.45;

    @Test
    void devSliceStaysAboveItsFloor() throws Exception {
        Path codeSet = SharedData.require("icd10cm");
        Path charts = SharedData.require("codiesp/dev/text_files_en");
        Path goldFile = SharedData.require("codiesp/dev/devD.tsv");

        Map<String, String> slice = new LinkedHashMap<>();
        ChartFiles.read(List.of(charts)).entrySet().stream().limit(SLICE).forEach(e -> slice.put(e.getKey(), e.getValue()));
        Map<String, Set<String>> gold = new LinkedHashMap<>(GoldStandard.read(goldFile));
        gold.keySet().retainAll(slice.keySet());

        CodingEngine engine = CodingEngines.create(new EngineSettings(codeSet, null));
        Map<String, CodingResult> results = ChartBatch.code(engine, slice, 2);
        CodingMetrics.Report report = CodingMetrics.evaluate(ChartBatch.rankedCodes(results), gold);

        System.out.printf("CodiEsp dev first %d charts: MAP %.4f, category MAP %.4f, F1 %.4f%n", SLICE,
                report.codes().map(), report.categories().map(), report.codes().f1());
        assertTrue(report.codes().map() >= MAP_FLOOR, "MAP " + report.codes().map() + " fell below " + MAP_FLOOR);
        assertTrue(report.categories().map() >= CATEGORY_MAP_FLOOR,
                "category MAP " + report.categories().map() + " fell below " + CATEGORY_MAP_FLOOR);
    }

    @Test
    void everyCodeOnTheWholeDevSetIsBillableInTheCodeSetWithItsTitle() throws Exception {
        Path codeSet = SharedData.require("icd10cm");
        Path charts = SharedData.require("codiesp/dev/text_files_en");
        CodingEngine engine = CodingEngines.create(new EngineSettings(codeSet, null));
        OutputCodes.assertAllValid(CodeSetLoader.load(codeSet), ChartBatch.code(engine, ChartFiles.read(List.of(charts)), 2).values());
    }
}
