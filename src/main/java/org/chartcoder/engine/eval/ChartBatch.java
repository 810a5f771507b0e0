package org.chartcoder.engine.eval;

import org.chartcoder.engine.CodingEngine;
import org.chartcoder.engine.CodingResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Codes many charts with one shared engine on a few threads, keeping the input order. */
public final class ChartBatch {

    private ChartBatch() {
    }

    public static Map<String, CodingResult> code(CodingEngine engine, Map<String, String> charts, int threads)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            Map<String, Future<CodingResult>> futures = new LinkedHashMap<>();
            charts.forEach((id, text) -> futures.put(id, pool.submit(() -> engine.code(text))));
            Map<String, CodingResult> results = new LinkedHashMap<>();
            for (Map.Entry<String, Future<CodingResult>> e : futures.entrySet()) {
                try {
                    results.put(e.getKey(), e.getValue().get());
                } catch (ExecutionException failure) {
                    throw new IllegalStateException("coding failed for chart " + e.getKey(), failure.getCause());
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The chart-level codes of each result, in rank order. */
    public static Map<String, List<String>> rankedCodes(Map<String, CodingResult> results) {
        Map<String, List<String>> ranked = new LinkedHashMap<>();
        results.forEach((id, result) -> {
            List<String> codes = new ArrayList<>(result.codes().size());
            result.codes().forEach(c -> codes.add(c.code()));
            ranked.put(id, codes);
        });
        return ranked;
    }
}
