package org.chartcoder.engine;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Seam for a trained model: {@link CodingEngines#create} builds the rule engine and, when
 * {@link EngineSettings#modelPath()} is set, hands it to the implementation found through
 * {@link java.util.ServiceLoader} (META-INF/services/org.chartcoder.engine.ModelSupport), which
 * returns an engine that reranks or extends the rule engine's candidates.
 */
public interface ModelSupport {

    CodingEngine load(RuleCodingEngine ruleEngine, Path modelPath) throws IOException;
}
