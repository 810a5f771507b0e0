package org.chartcoder.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Streams the charts under a directory in a stable order (each directory's entries sorted by name,
 * depth first): every {@code *.txt} is one chart (id = file name without {@code .txt}), every
 * {@code *.jsonl} holds one {@code {"chartId", "text"}} per line. Only the current directory's
 * names and the current chart are in memory, so a million files stream in constant memory; the
 * stable order makes the same input cut into the same chunks again, which is what lets an
 * interrupted submit resume.
 * <p>Every file it will not read is a {@link Refusal} with its reason, decided from the directory
 * entry alone, before anything is read: a {@code .txt} over the size limit ({@code TOO_LARGE}), a
 * name that is no chart id ({@code BAD_NAME}), a {@code .txt}/{@code .jsonl} that is not a regular
 * file ({@code NOT_REGULAR_FILE}: a FIFO would block the reader forever), and any symbolic link
 * leaving the directory or leading nowhere ({@code LINK_OUTSIDE}: never followed, so a link cannot
 * make intake read what lies outside the directory). A link to a file inside the directory is read
 * under the link's name; a link to a directory inside it is not walked (its files are, where they are).
 * Other files (no chart extension) are not charts and are passed over.
 */
public final class ChartFilesSource {

    /**
     * A file left out, with why. {@code chartId} is the chart's id where the name gives one, else an
     * id made from the file's path ({@link #fileId}); {@code file} is the path relative to the directory.
     */
    public record Refusal(String chartId, ErrorReason reason, String file) {
    }

    private final long maxChartBytes;
    private final Consumer<Refusal> refusals;
    private Path realRoot;
    private Path root;
    private int refused;
    private int badLines;

    /** @param maxChartBytes the largest {@code .txt} read (chartcoder.worker.maxChartBytes) */
    public ChartFilesSource(long maxChartBytes, Consumer<Refusal> refusals) {
        this.maxChartBytes = maxChartBytes;
        this.refusals = refusals;
    }

    /** What was left out, by count: refused files (each also handed to the refusals) and JSON lines that are not charts. */
    public record Skipped(int refusedFiles, int badLines) {
    }

    public Skipped stream(Path root, Consumer<ChartBundle.Chart> sink) throws IOException {
        return streamLocated(root, (chart, where) -> sink.accept(chart));
    }

    /** As {@link #stream}, with where each chart lies: its file (the real path), byte range and the range's hash. */
    public Skipped streamLocated(Path root, BiConsumer<ChartBundle.Chart, ChartSource> sink) throws IOException {
        // the directory named is followed if it is a link: "inside" means inside where it leads
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException(root + " is not a directory");
        }
        this.root = root;
        this.realRoot = root.toRealPath();
        walk(root, sink);
        return new Skipped(refused, badLines);
    }

    /** The id of a refused file whose name gives no chart id: stable for the same path, so a resumed intake records it once. */
    public static String fileId(String relativePath) {
        return "file-" + ChartDigest.hex(relativePath.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    private void walk(Path dir, BiConsumer<ChartBundle.Chart, ChartSource> sink) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(dir)) {
            listing.forEach(entries::add);
        }
        entries.sort(null);
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            boolean chartFile = name.endsWith(ChartLines.TXT) || name.endsWith(ChartLines.JSONL);
            String chartId = name.endsWith(ChartLines.TXT) ? ChartLines.txtChartId(name) : null;
            Path file = entry;
            if (Files.isSymbolicLink(entry)) {
                Path target = insideTarget(entry);
                if (target == null) {
                    refuse(entry, chartId, ErrorReason.LINK_OUTSIDE);
                    continue;
                }
                if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) || !chartFile) {
                    continue;
                }
                file = target;
            } else if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                walk(entry, sink);
                continue;
            }
            if (!chartFile) {
                continue;
            }
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                refuse(entry, chartId, ErrorReason.NOT_REGULAR_FILE);
            } else if (name.endsWith(ChartLines.JSONL)) {
                readLines(file, sink);
            } else if (chartId == null) {
                refuse(entry, null, ErrorReason.BAD_NAME);
            } else if (Files.size(file) > maxChartBytes) {
                refuse(entry, chartId, ErrorReason.TOO_LARGE);
            } else {
                ChartBundle.Chart chart = ChartBundle.Chart.of(chartId, Files.readAllBytes(file));
                sink.accept(chart, ChartSource.file(file.toRealPath(), chart.sha256(), 0, chart.bytes().length));
            }
        }
    }

    /** The real path a link leads to when that is inside the directory; null when it leaves it or leads nowhere. */
    private Path insideTarget(Path link) {
        try {
            Path target = link.toRealPath();
            return target.startsWith(realRoot) ? target : null;
        } catch (IOException dangling) {
            return null;
        }
    }

    private void refuse(Path entry, String chartId, ErrorReason reason) {
        String relative = root.relativize(entry).toString();
        refused++;
        refusals.accept(new Refusal(chartId != null ? chartId : fileId(relative), reason, relative));
    }

    private void readLines(Path file, BiConsumer<ChartBundle.Chart, ChartSource> sink) throws IOException {
        Path realFile = file.toRealPath();
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            ChartLines.forEachLine(in, (line, start, end) -> {
                if (!ChartLines.isBlank(line)) {
                    ChartLines.chartOf(line).ifPresentOrElse(chart -> sink.accept(chart,
                            ChartSource.file(realFile, rangeSha256(line, end - start), start, end)), () -> badLines++);
                }
            });
        }
    }

    /** The hash of a line's range in its file: the line, and the newline that ends it unless it is the last. */
    private static String rangeSha256(byte[] line, long rangeBytes) {
        if (rangeBytes == line.length) {
            return ChartDigest.hex(line);
        }
        byte[] range = java.util.Arrays.copyOf(line, line.length + 1);
        range[line.length] = '\n';
        return ChartDigest.hex(range);
    }
}
