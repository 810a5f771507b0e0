package org.chartcoder.engine.learn;

import java.io.IOException;
import java.nio.file.Path;

import org.chartcoder.engine.CodingEngine;
import org.chartcoder.engine.ModelSupport;
import org.chartcoder.engine.RuleCodingEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Puts a model written by {@code chart-coder train} on top of the rule engine (found through ServiceLoader). */
public final class TrainedModelSupport implements ModelSupport {

    private static final Logger LOG = LoggerFactory.getLogger(TrainedModelSupport.class);

    @Override
    public CodingEngine load(RuleCodingEngine ruleEngine, Path modelPath) throws IOException {
        long started = System.nanoTime();
        ChartModel model = ModelFile.read(modelPath);
        LOG.info("Loaded model {} (trained on {} charts, {} codes, code set {}) in {} ms", model.version(), model.trainingCharts(),
                model.evidence().codes().size(), model.codeSetVersion(), (System.nanoTime() - started) / 1_000_000);
        if (!model.codeSetVersion().equals(ruleEngine.codeSetVersion())) {
            // the track record and the learned codes describe the code set of the training run
            LOG.warn("Model {} was trained with code set {} but the engine uses {}: {}; retrain it with this code set for the "
                            + "best ranking", model.version(), model.codeSetVersion(), ruleEngine.codeSetVersion(),
                    ruleEngine.validCodes().unchecked() ? "its codes are output unchecked"
                            : "its codes are put onto this code set and those nothing stands for are dropped");
        }
        return new LearnedCodingEngine(ruleEngine, model, ruleEngine.validCodes());
    }
}
