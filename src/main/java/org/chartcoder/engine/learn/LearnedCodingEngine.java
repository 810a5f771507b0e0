package org.chartcoder.engine.learn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chartcoder.engine.CodingEngine;
import org.chartcoder.engine.CodingResult;

/**
 * The rule engine with a trained model on top: entities stay the rule engine's, the chart-level
 * code list becomes the model's ranking of the engine's codes and the learned candidates.
 */
public final class LearnedCodingEngine implements CodingEngine {

    private final CodingEngine ruleEngine;
    private final ChartModel model;

    public LearnedCodingEngine(CodingEngine ruleEngine, ChartModel model) {
        this.ruleEngine = ruleEngine;
        this.model = model;
    }

    @Override
    public CodingResult code(String chartText) {
        CodingResult engineResult = ruleEngine.code(chartText);
        Map<String, CodingResult.RankedCode> engineCodes = new HashMap<>();
        for (CodingResult.RankedCode ranked : engineResult.codes()) {
            engineCodes.putIfAbsent(CodeEvidence.key(ranked.code()), ranked);
        }
        List<CodingResult.RankedCode> codes = new ArrayList<>();
        for (ChartModel.Scored scored : model.rank(chartText, engineResult)) {
            CodingResult.RankedCode fromEngine = engineCodes.get(scored.code());
            codes.add(fromEngine != null
                    ? new CodingResult.RankedCode(fromEngine.code(), fromEngine.description(), scored.probability(), fromEngine.entityIds())
                    : new CodingResult.RankedCode(scored.code(),
                    model.descriptions().getOrDefault(scored.code(), ""), scored.probability(), List.of()));
        }
        return new CodingResult(modelVersion(), codeSetVersion(), engineResult.entities(), codes);
    }

    @Override
    public String modelVersion() {
        return ruleEngine.modelVersion() + "+" + model.version();
    }

    @Override
    public String codeSetVersion() {
        return ruleEngine.codeSetVersion();
    }
}
