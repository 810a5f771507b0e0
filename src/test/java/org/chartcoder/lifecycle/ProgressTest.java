package org.chartcoder.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ProgressTest {

    private static final long MILLIS = 1_000_000L;

    private final AtomicLong now = new AtomicLong(5_000 * MILLIS);
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream console = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private List<String> lines() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /** One poll of a run: its counts shown, then the clock moved on. */
    private void poll(Progress progress, int coded, int failed, int total, int submitted, long millisToNext) {
        progress.show(coded, failed, 0, total, submitted);
        now.addAndGet(millisToNext * MILLIS);
    }

    @Test
    void aLogGetsAtMostALineASecondHoweverOftenItIsPolled() {
        Progress progress = new Progress(console, false, now::get);
        for (int done = 1; done <= 200; done++) {
            poll(progress, done, 0, 1000, -1, 10);
        }
        assertEquals(2, lines().size(), lines().toString());
        assertTrue(lines().get(0).startsWith("Progress: 1/1000 done"), lines().get(0));
        assertTrue(lines().get(1).startsWith("Progress: 101/1000 done"), lines().get(1));
    }

    @Test
    void theLastCountsAreShownAtOnceWhenTheBatchCompletesAndAtTheEnd() {
        Progress progress = new Progress(console, false, now::get);
        poll(progress, 10, 0, 20, -1, 10);
        poll(progress, 15, 0, 20, -1, 10);
        poll(progress, 19, 1, 20, -1, 10);
        assertEquals(List.of("Progress: 10/20 done (10 coded, 0 failed, 0 dead-lettered), 0.0 s",
                "Progress: 20/20 done (19 coded, 1 failed, 0 dead-lettered), 0.0 s"), lines());

        Progress stopped = new Progress(console, false, now::get);
        poll(stopped, 3, 0, 20, 7, 10);
        poll(stopped, 4, 0, 20, 7, 10);
        stopped.end();
        assertEquals("Progress: 4/20 done (4 coded, 0 failed, 0 dead-lettered), 7 submitted, 0.0 s", lines().get(lines().size() - 1));
    }

    @Test
    void unchangedCountsAreNotRepeated() {
        Progress progress = new Progress(console, false, now::get);
        for (int polls = 0; polls < 5; polls++) {
            poll(progress, 3, 0, 20, -1, 2_000);
        }
        progress.end();
        assertEquals(1, lines().size(), lines().toString());
    }

    @Test
    void aTerminalBarIsRedrawnInPlaceAndEndsItsLine() {
        Progress progress = new Progress(console, true, now::get);
        poll(progress, 5, 0, 10, -1, 200);
        poll(progress, 10, 0, 10, -1, 0);
        progress.end();
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.startsWith("\r[###############...............] 5/10 done"), out);
        assertTrue(out.contains("\r[##############################] 10/10 done"), out);
        assertTrue(out.endsWith(System.lineSeparator()), out);
    }
}
