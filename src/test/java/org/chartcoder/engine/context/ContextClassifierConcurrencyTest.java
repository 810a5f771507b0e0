package org.chartcoder.engine.context;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/** One shared classifier gives every thread the same answers it gives one thread. */
class ContextClassifierConcurrencyTest {

    @Test
    void sharedClassifierAgreesWithItselfAcrossThreads() throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("assertions-set1.tsv"), StandardCharsets.UTF_8))) {
            reader.lines().forEach(line -> rows.add(line.split("\t", -1)));
        }
        ContextClassifier classifier = ContextClassifier.standard();
        List<Set<Assertion>> sequential = classifyAll(classifier, rows);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Set<Assertion>>>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> classifyAll(classifier, rows)));
            }
            for (Future<List<Set<Assertion>>> run : runs) {
                assertEquals(sequential, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Set<Assertion>> classifyAll(ContextClassifier classifier, List<String[]> rows) {
        List<Set<Assertion>> results = new ArrayList<>();
        for (String[] row : rows) {
            TargetLocator.Span span = TargetLocator.locate(row[1], row[2]);
            results.add(classifier.classify(row[1], span.begin(), span.end()));
        }
        return results;
    }
}
