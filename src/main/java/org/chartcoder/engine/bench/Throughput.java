package org.chartcoder.engine.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Runs a per-text task over a list of texts, cycling through them, on a number of threads for a
 * fixed time, and counts the texts and characters processed. Each thread starts at a different
 * text so that threads do not work on the same text at once.
 */
public final class Throughput {

    /** Texts and characters processed per second. */
    public record Rate(int threads, double seconds, long texts, long chars) {
        public double textsPerSecond() {
            return texts / seconds;
        }

        public double charsPerSecond() {
            return chars / seconds;
        }
    }

    private Throughput() {
    }

    public static Rate measure(List<String> texts, int threads, double seconds, Consumer<String> task) throws Exception {
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no texts to measure on");
        }
        AtomicLong doneTexts = new AtomicLong();
        AtomicLong doneChars = new AtomicLong();
        long started = System.nanoTime();
        long deadline = started + (long) (seconds * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t * texts.size() / threads;
                workers.add(pool.submit(() -> {
                    int next = first;
                    // Always finish at least one text, so a slow baseline still yields a rate.
                    do {
                        String text = texts.get(next);
                        task.accept(text);
                        doneTexts.incrementAndGet();
                        doneChars.addAndGet(text.length());
                        next = (next + 1) % texts.size();
                    } while (System.nanoTime() < deadline);
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Rate(threads, (System.nanoTime() - started) / 1e9, doneTexts.get(), doneChars.get());
    }
}
