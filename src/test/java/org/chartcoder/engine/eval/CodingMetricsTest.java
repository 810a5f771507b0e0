package org.chartcoder.engine.eval;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CodingMetricsTest {

    @Test
    void averagePrecisionCountsPrecisionAtEachGoldRank() {
        // gold found at ranks 1 and 3 of 3 gold codes: (1/1 + 2/3) / 3
        assertEquals((1.0 + 2.0 / 3) / 3, CodingMetrics.averagePrecision(List.of("A", "X", "B"), Set.of("A", "B", "C")), 1e-12);
        assertEquals(0.0, CodingMetrics.averagePrecision(List.of(), Set.of("A")), 1e-12);
    }

    @Test
    void mapAveragesOverGoldChartsAndUnpredictedChartsScoreZero() {
        Map<String, Set<String>> gold = Map.of("c1", Set.of("N28.1"), "c2", Set.of("I10"));
        Map<String, List<String>> predicted = Map.of("c1", List.of("n28.1", "R52"));
        CodingMetrics.Report report = CodingMetrics.evaluate(predicted, gold);
        assertEquals(0.5, report.codes().map(), 1e-12);
        assertEquals(0.5, report.codes().precision(), 1e-12);
        assertEquals(0.5, report.codes().recall(), 1e-12);
        assertEquals(0.5, report.codes().f1(), 1e-12);
    }

    @Test
    void categoryLevelCollapsesCodesToTheirFirstRank() {
        Map<String, Set<String>> gold = Map.of("c1", Set.of("E11.9", "I50.23"));
        Map<String, List<String>> predicted = Map.of("c1", List.of("E11.21", "E11.9", "I50.9"));
        CodingMetrics.Report report = CodingMetrics.evaluate(predicted, gold);
        assertEquals(0.5 / 2, report.codes().map(), 1e-12); // only E11.9, at rank 2
        assertEquals(1.0, report.categories().map(), 1e-12);
        assertEquals(2, report.categories().predicted());
    }

    @Test
    void goldCodesCompareWithoutCaseOrDot() {
        assertEquals("N28.1", GoldStandard.normalizeCode("n28.1"));
        assertEquals("N28.1", GoldStandard.normalizeCode("N281"));
        assertEquals("R69", GoldStandard.normalizeCode("r69"));
    }
}
