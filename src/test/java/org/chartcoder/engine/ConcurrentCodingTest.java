package org.chartcoder.engine;

import org.chartcoder.engine.codeset.CodeSet;
import org.chartcoder.engine.eval.ChartBatch;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One engine shared by several threads gives each chart the result it gets alone. */
class ConcurrentCodingTest {

    private static final String[] SENTENCES = {
        "Known HTN and T2DM with nephropathy.", "Denies chest pain.", "Systolic CHF, acute on chronic.",
        "Mother had breast cancer.", "Right knee pain and fever.", "CKD stage 4, anemia.", "COPD exacerbation.",
    };

    @Test
    void sharedEngineGivesTheSameResultsOnManyThreads() throws Exception {
        CodingEngine engine = CodingEngines.createRuleEngine(CodeSet.empty());
        Map<String, String> charts = new LinkedHashMap<>();
        for (int i = 0; i < 200; i++) {
            StringBuilder chart = new StringBuilder();
            for (int s = 0; s < 5; s++) {
                chart.append(SENTENCES[(i * 3 + s * 5) % SENTENCES.length]).append(' ');
            }
            charts.put("chart-" + i, chart.toString());
        }
        Map<String, CodingResult> alone = ChartBatch.code(engine, charts, 1);
        Map<String, CodingResult> together = ChartBatch.code(engine, charts, 8);
        assertEquals(alone, together);
    }
}
