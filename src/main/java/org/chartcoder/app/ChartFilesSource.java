package org.chartcoder.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Streams the charts under a directory in a stable order (each directory's entries sorted by name,
 * depth first): every {@code *.txt} is one chart (id = file name without {@code .txt}), every
 * {@code *.jsonl} holds one {@code {"chartId", "text"}} per line. Only the current directory's
 * names and the current chart are in memory, so a million files stream in constant memory; the
 * stable order makes the same input cut into the same chunks again, which is what lets an
 * interrupted submit resume. Symbolic links are not followed.
 */
public final class ChartFilesSource {

    /** What was left out, by count: names that are not valid chart ids, and JSON lines that are not charts. */
    public record Skipped(int badNames, int badLines) {
    }

    private int badNames;
    private int badLines;

    public Skipped stream(Path root, Consumer<ChartBundle.Chart> sink) throws IOException {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException(root + " is not a directory");
        }
        walk(root, sink);
        return new Skipped(badNames, badLines);
    }

    private void walk(Path dir, Consumer<ChartBundle.Chart> sink) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(dir)) {
            listing.forEach(entries::add);
        }
        entries.sort(null);
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                walk(entry, sink);
            } else if (!Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            } else if (name.endsWith(ChartLines.TXT)) {
                String chartId = ChartLines.txtChartId(name);
                if (chartId != null) {
                    sink.accept(ChartBundle.Chart.of(chartId, Files.readAllBytes(entry)));
                } else {
                    badNames++;
                }
            } else if (name.endsWith(ChartLines.JSONL)) {
                readLines(entry, sink);
            }
        }
    }

    private void readLines(Path file, Consumer<ChartBundle.Chart> sink) throws IOException {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            ChartLines.forEachLine(in, (line, start, end) -> {
                if (!ChartLines.isBlank(line)) {
                    ChartLines.chartOf(line).ifPresentOrElse(sink, () -> badLines++);
                }
            });
        }
    }
}
