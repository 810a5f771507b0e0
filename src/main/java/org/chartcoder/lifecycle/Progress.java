package org.chartcoder.lifecycle;

import java.io.PrintStream;
import java.util.function.LongSupplier;

/**
 * Progress of a local run on the console: a bar redrawn in place on a terminal, else a line when it
 * changes, at most one a second. Callers may poll often (a benchmark polls for the batch's end
 * every few milliseconds) without flooding a log; the last state is always shown.
 */
final class Progress {

    private static final int BAR_WIDTH = 30;
    private static final long LINE_INTERVAL_NANOS = 1_000_000_000L;
    private static final long REDRAW_INTERVAL_NANOS = 100_000_000L;

    private final PrintStream console;
    private final boolean terminal;
    private final LongSupplier nanoClock;
    private final long started;
    private String counts = "";
    private int done;
    private int total;
    private String shown = "";
    private long shownAt;

    Progress(PrintStream console, boolean terminal) {
        this(console, terminal, System::nanoTime);
    }

    Progress(PrintStream console, boolean terminal, LongSupplier nanoClock) {
        this.console = console;
        this.terminal = terminal;
        this.nanoClock = nanoClock;
        this.started = nanoClock.getAsLong();
        this.shownAt = started - LINE_INTERVAL_NANOS;
    }

    /** @param submitted charts submitted so far while intake runs, or -1 once it is over */
    void show(int coded, int failed, int deadLettered, int total, int submitted) {
        this.done = coded + failed + deadLettered;
        this.total = total;
        counts = String.format("%d/%d done (%d coded, %d failed, %d dead-lettered)%s", done, total, coded, failed,
                deadLettered, submitted >= 0 ? String.format(", %d submitted", submitted) : "");
        long now = nanoClock.getAsLong();
        boolean complete = submitted < 0 && done == total;
        long interval = terminal ? REDRAW_INTERVAL_NANOS : LINE_INTERVAL_NANOS;
        if (!counts.equals(shown) && (complete || now - shownAt >= interval)) {
            print(now);
        }
    }

    /** Shows the last counts if the interval held them back, and ends the bar's line. */
    void end() {
        if (!counts.equals(shown)) {
            print(nanoClock.getAsLong());
        }
        if (terminal && !shown.isEmpty()) {
            console.println();
        }
    }

    private void print(long now) {
        shown = counts;
        shownAt = now;
        double seconds = (now - started) / 1e9;
        if (terminal) {
            int filled = total == 0 ? 0 : (int) ((long) BAR_WIDTH * done / total);
            console.printf("\r[%s%s] %s, %.0f s ", "#".repeat(filled), ".".repeat(BAR_WIDTH - filled), counts, seconds);
        } else {
            console.printf("Progress: %s, %.1f s%n", counts, seconds);
        }
        console.flush();
    }
}
