package org.chartcoder.lifecycle;

import java.io.PrintStream;

/** Progress of a local run on the console: a bar redrawn in place on a terminal, else a line per change. */
final class Progress {

    private static final int BAR_WIDTH = 30;

    private final PrintStream console;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private String last = "";

    Progress(PrintStream console, boolean terminal) {
        this.console = console;
        this.terminal = terminal;
    }

    /** @param submitted charts submitted so far while intake runs, or -1 once it is over */
    void show(int coded, int failed, int deadLettered, int total, int submitted) {
        int done = coded + failed + deadLettered;
        String counts = String.format("%d/%d done (%d coded, %d failed, %d dead-lettered)%s", done, total, coded, failed,
                deadLettered, submitted >= 0 ? String.format(", %d submitted", submitted) : "");
        if (counts.equals(last)) {
            return;
        }
        last = counts;
        double seconds = (System.nanoTime() - started) / 1e9;
        if (terminal) {
            int filled = total == 0 ? 0 : (int) ((long) BAR_WIDTH * done / total);
            console.printf("\r[%s%s] %s, %.0f s ", "#".repeat(filled), ".".repeat(BAR_WIDTH - filled), counts, seconds);
        } else {
            console.printf("Progress: %s, %.1f s%n", counts, seconds);
        }
        console.flush();
    }

    void end() {
        if (terminal && !last.isEmpty()) {
            console.println();
        }
    }
}
