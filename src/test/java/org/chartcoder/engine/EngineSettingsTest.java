package org.chartcoder.engine;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The code-list limits: from configuration keys, checked, and applied to the ranked list only. */
class EngineSettingsTest {

    @Test
    void readsTheLimitsFromConfigurationKeys() {
        Map<String, String> config = Map.of("chartcoder.engine.codeset", "/data/icd10cm", "chartcoder.engine.minScore", "0.3",
                "chartcoder.engine.maxCodes", " 8 ", "chartcoder.engine.model", "");
        EngineSettings settings = EngineSettings.fromProperties(config::get);
        assertEquals(new EngineSettings(Path.of("/data/icd10cm"), null, 0.3, 8), settings);
        assertTrue(EngineSettings.fromProperties(key -> null).keepsAllCodes());
    }

    @Test
    void refusesLimitsThatMeanNothing() {
        assertThrows(IllegalArgumentException.class, () -> new EngineSettings(null, null, 1.5, 0));
        assertThrows(IllegalArgumentException.class, () -> new EngineSettings(null, null, 0, -1));
        assertThrows(IllegalArgumentException.class,
                () -> EngineSettings.fromProperties(Map.of("chartcoder.engine.maxCodes", "many")::get));
    }

    @Test
    void limitsCutTheRankedListButKeepTheEntities() {
        CodingEngine engine = CodingEngines.create(new EngineSettings(null, null, 0, 0));
        String chart = "Assessment: type 2 diabetes, hypertension, hyperlipidemia, chronic kidney disease and gout.";
        CodingResult full = engine.code(chart);
        assertTrue(full.codes().size() >= 4, () -> "ranking: " + full.codes());

        CodingResult two = CodingEngines.create(new EngineSettings(null, null, 0, 2)).code(chart);
        assertEquals(full.codes().subList(0, 2), two.codes());
        assertEquals(full.entities(), two.entities());

        double cut = full.codes().get(1).score();
        List<CodingResult.RankedCode> above = CodingEngines.create(new EngineSettings(null, null, cut, 0)).code(chart).codes();
        assertEquals(full.codes().stream().filter(c -> c.score() >= cut).toList(), above);
    }
}
