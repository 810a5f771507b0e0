package org.chartcoder.engine.learn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chartcoder.engine.CodingEngine;
import org.chartcoder.engine.CodingResult;
import org.chartcoder.engine.codeset.CodeSet;
import org.chartcoder.engine.codeset.ValidCodes;

/**
 * The rule engine with a trained model on top: entities stay the rule engine's, the chart-level
 * code list becomes the model's ranking of the engine's codes and the learned candidates, each put
 * onto the loaded code set (a code the model learned from another release stands for its billable
 * code there, or is left out).
 */
public final class LearnedCodingEngine implements CodingEngine {

    private final CodingEngine ruleEngine;
    private final ChartModel model;
    private final ValidCodes validCodes;

    public LearnedCodingEngine(CodingEngine ruleEngine, ChartModel model, ValidCodes validCodes) {
        this.ruleEngine = ruleEngine;
        this.model = model;
        this.validCodes = validCodes;
    }

    @Override
    public CodingResult code(String chartText) {
        CodingResult engineResult = ruleEngine.code(chartText);
        Map<String, CodingResult.RankedCode> engineCodes = new HashMap<>();
        for (CodingResult.RankedCode ranked : engineResult.codes()) {
            engineCodes.putIfAbsent(CodeEvidence.key(ranked.code()), ranked);
        }
        List<CodingResult.RankedCode> codes = new ArrayList<>();
        Set<String> given = new HashSet<>();
        for (ChartModel.Scored scored : model.rank(chartText, engineResult)) {
            String code = scored.code();
            String description = model.descriptions().getOrDefault(code, code);
            if (!validCodes.unchecked()) {
                CodeSet.Code valid = validCodes.resolve(code).orElse(null);
                if (valid == null) {
                    continue;
                }
                code = CodeEvidence.key(valid.code());
                description = valid.title();
            }
            // two learned codes may stand for one valid code: the better ranked one gives its score
            if (!given.add(code)) {
                continue;
            }
            double probability = Math.round(scored.probability() * 10000) / 10000.0;
            CodingResult.RankedCode fromEngine = engineCodes.get(code);
            codes.add(fromEngine != null
                    ? new CodingResult.RankedCode(fromEngine.code(), fromEngine.description(), probability, fromEngine.entityIds())
                    : new CodingResult.RankedCode(code, description, probability, List.of()));
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
