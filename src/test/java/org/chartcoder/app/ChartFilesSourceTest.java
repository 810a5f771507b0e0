package org.chartcoder.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.chartcoder.cli.BenchLocalCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Directory intake refuses, from the directory entry alone and before reading, every file it will
 * not code, and names each with its reason: a chart over the size limit (a 3 GiB sparse file: reading
 * it would fail), a name that is no chart id, a FIFO (reading it would block forever), links leaving
 * the directory or leading nowhere (what they point at is never read).
 */
class ChartFilesSourceTest {

    private static final long MAX_CHART_BYTES = 1024;

    private Path workDir;
    private Path dir;

    @BeforeEach
    void makeDirectories() throws Exception {
        workDir = Files.createDirectories(Path.of("target", "chart-files-test-" + System.nanoTime()));
        dir = Files.createDirectories(workDir.resolve("charts"));
    }

    @AfterEach
    void deleteDirectories() throws Exception {
        BenchLocalCommand.deleteRecursively(workDir);
    }

    @Test
    void everyFileNotReadIsRefusedWithItsReasonAndNothingOutsideIsRead() throws Exception {
        Files.writeString(dir.resolve("ok.txt"), "Known hypertension.");
        Files.writeString(Files.createDirectories(dir.resolve("sub")).resolve("inner.txt"), "Asthma.");
        Files.writeString(dir.resolve("bad name.txt"), "Asthma.");
        Files.writeString(dir.resolve("notes.md"), "not a chart: passed over");
        try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength(3L << 30);
        }
        Path outside = Files.createDirectories(workDir.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "Outside the directory.");
        Files.createSymbolicLink(dir.resolve("leak.txt"), outside.resolve("secret.txt").toAbsolutePath());
        Files.createSymbolicLink(dir.resolve("elsewhere"), outside.toAbsolutePath());
        Files.createSymbolicLink(dir.resolve("dangling.txt"), workDir.resolve("missing.txt").toAbsolutePath());
        Files.createSymbolicLink(dir.resolve("alias.txt"), Path.of("ok.txt"));
        Files.createSymbolicLink(dir.resolve("insidedir"), Path.of("sub"));
        boolean fifo = new ProcessBuilder("mkfifo", dir.resolve("pipe.txt").toString()).start().waitFor() == 0;
        assumeTrue(fifo, "mkfifo is not available");

        List<ChartBundle.Chart> charts = new ArrayList<>();
        List<ChartFilesSource.Refusal> refusals = new ArrayList<>();
        ChartFilesSource.Skipped skipped = new ChartFilesSource(MAX_CHART_BYTES, refusals::add).stream(dir, charts::add);

        assertEquals(List.of("alias", "ok", "inner"), charts.stream().map(ChartBundle.Chart::chartId).toList(),
                "a link inside the directory is read under its name; a linked directory inside is not walked twice");
        assertEquals("Known hypertension.", new String(charts.get(0).bytes(), StandardCharsets.UTF_8));
        assertEquals(List.of(
                new ChartFilesSource.Refusal(ChartFilesSource.fileId("bad name.txt"), ErrorReason.BAD_NAME, "bad name.txt"),
                new ChartFilesSource.Refusal("dangling", ErrorReason.LINK_OUTSIDE, "dangling.txt"),
                new ChartFilesSource.Refusal(ChartFilesSource.fileId("elsewhere"), ErrorReason.LINK_OUTSIDE, "elsewhere"),
                new ChartFilesSource.Refusal("huge", ErrorReason.TOO_LARGE, "huge.txt"),
                new ChartFilesSource.Refusal("leak", ErrorReason.LINK_OUTSIDE, "leak.txt"),
                new ChartFilesSource.Refusal("pipe", ErrorReason.NOT_REGULAR_FILE, "pipe.txt")), refusals);
        assertEquals(new ChartFilesSource.Skipped(6, 0), skipped);
    }

    @Test
    void theSameDirectoryGivesTheSameRefusalsAgain() throws Exception {
        Files.writeString(dir.resolve("b@d.txt"), "x");
        Files.writeString(dir.resolve("big.txt"), "x".repeat((int) MAX_CHART_BYTES + 1));
        List<ChartFilesSource.Refusal> first = new ArrayList<>();
        List<ChartFilesSource.Refusal> second = new ArrayList<>();
        new ChartFilesSource(MAX_CHART_BYTES, first::add).stream(dir, chart -> { });
        new ChartFilesSource(MAX_CHART_BYTES, second::add).stream(dir, chart -> { });
        assertEquals(2, first.size());
        assertEquals(first, second, "a resumed intake records the same refusals under the same ids");
    }
}
