package org.chartcoder.engine.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.chartcoder.engine.CodingResult;
import org.chartcoder.engine.codeset.CodeSet;
import org.chartcoder.engine.codeset.ValidCodes;
import org.chartcoder.engine.CodingResult.RankedCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ModelTrainerTest {

    private static ChartModel model;
    private static LearnedCodingEngine engine;

    @BeforeAll
    static void train() throws Exception {
        ModelTrainer trainer = new ModelTrainer(new ModelTrainer.Settings(3, 5, 2, 2, 7), message -> { });
        model = trainer.train(SyntheticCharts.corpus(150, 1), SyntheticCharts.SILENT_ENGINE,
                code -> code.equals(SyntheticCharts.ASTHMA) ? "Unspecified asthma, uncomplicated" : null);
        engine = new LearnedCodingEngine(SyntheticCharts.SILENT_ENGINE, model, SyntheticCharts.NO_CODE_SET);
    }

    @Test
    void learnsACodeFromItsWordsAndRanksItFirst() {
        String chart = SyntheticCharts.filler(new Random(99), 3)
                + "Examination found wheezing with bronchospasm, treated with a nebulizer.";
        List<RankedCode> codes = engine.code(chart).codes();
        assertEquals(SyntheticCharts.ASTHMA, codes.get(0).code(), () -> "ranking: " + codes);
        assertEquals("Unspecified asthma, uncomplicated", codes.get(0).description());
        assertTrue(codes.get(0).score() > 0.5, () -> "asthma probability " + codes.get(0).score());
    }

    @Test
    void doesNotProposeTheCodeWithoutItsWords() {
        String chart = SyntheticCharts.filler(new Random(5), 5) + "She complains of burning on urination.";
        List<RankedCode> codes = engine.code(chart).codes();
        double asthma = scoreOf(codes, SyntheticCharts.ASTHMA);
        assertTrue(asthma < scoreOf(codes, SyntheticCharts.UTI), () -> "ranking: " + codes);
        assertTrue(asthma < 0.5, () -> "asthma probability " + asthma);
    }

    @Test
    void negatedWordsAreNotEvidence() {
        String affirmed = "Examination found wheezing with bronchospasm.";
        String negated = "Examination found no wheezing or bronchospasm.";
        assertTrue(scoreOf(engine.code(negated).codes(), SyntheticCharts.ASTHMA)
                < scoreOf(engine.code(affirmed).codes(), SyntheticCharts.ASTHMA));
    }

    @Test
    void resultsCarryTheModelVersion() {
        CodingResult result = engine.code("wheezing with bronchospasm");
        assertTrue(result.modelVersion().startsWith("silent+chart-model-v" + ModelFile.FORMAT_VERSION + "-"), result.modelVersion());
        assertEquals(model.version(), result.modelVersion().substring("silent+".length()));
        assertFalse(model.modelId().isBlank());
    }

    private static double scoreOf(List<RankedCode> codes, String code) {
        return codes.stream().filter(c -> c.code().equals(code)).mapToDouble(RankedCode::score).findFirst().orElse(0);
    }

    @Test
    void outputsOnlyTheLoadedCodeSetsCodesWithItsTitlesAndRoundedScores() {
        CodeSet codeSet = new CodeSet("2030", Map.of(SyntheticCharts.ASTHMA,
                new CodeSet.Code(SyntheticCharts.ASTHMA, "Asthma as the code set titles it", true, List.of(), List.of())));
        LearnedCodingEngine checked = new LearnedCodingEngine(SyntheticCharts.SILENT_ENGINE, model, new ValidCodes(codeSet));
        String chart = "Examination found wheezing with bronchospasm. She complains of burning on urination.";
        assertTrue(engine.code(chart).codes().size() > 1, "the unchecked engine also ranks the codes the code set lacks");
        List<RankedCode> codes = checked.code(chart).codes();
        assertEquals(List.of(SyntheticCharts.ASTHMA), codes.stream().map(RankedCode::code).toList());
        assertEquals("Asthma as the code set titles it", codes.get(0).description());
        double score = codes.get(0).score();
        assertEquals(Math.round(score * 10000) / 10000.0, score);
    }
}
