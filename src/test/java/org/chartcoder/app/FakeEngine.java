package org.chartcoder.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.chartcoder.engine.CodingEngine;
import org.chartcoder.engine.CodingResult;

/**
 * Test double of the engine for route tests: codes "hypertension" as I10 and fails on "FAIL",
 * the way a transient fault would. It counts its calls.
 */
final class FakeEngine implements CodingEngine {

    final AtomicInteger calls = new AtomicInteger();

    @Override
    public CodingResult code(String chartText) {
        calls.incrementAndGet();
        if (chartText.contains("FAIL")) {
            throw new IllegalStateException("simulated fault while coding " + chartText);
        }
        List<CodingResult.Entity> entities = new ArrayList<>();
        List<CodingResult.RankedCode> codes = new ArrayList<>();
        int at = chartText.indexOf("hypertension");
        if (at >= 0) {
            entities.add(new CodingResult.Entity(0, "hypertension", at, at + 12, "MEDICAL_CONDITION", "DX_NAME", 0.9,
                    List.of(), List.of(new CodingResult.Concept("I10", "Essential (primary) hypertension", 0.9))));
            codes.add(new CodingResult.RankedCode("I10", "Essential (primary) hypertension", 0.9, List.of(0)));
        }
        return new CodingResult(modelVersion(), codeSetVersion(), entities, codes);
    }

    @Override
    public String modelVersion() {
        return "fake-1";
    }

    @Override
    public String codeSetVersion() {
        return "test";
    }
}
