package org.chartcoder.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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

    private final ObjectMapper mapper = new ObjectMapper();
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
            } else if (name.endsWith(".txt")) {
                String chartId = name.substring(0, name.length() - ".txt".length());
                if (ChartIds.isValid(chartId)) {
                    sink.accept(ChartBundle.Chart.of(chartId, Files.readAllBytes(entry)));
                } else {
                    badNames++;
                }
            } else if (name.endsWith(".jsonl")) {
                readLines(entry, sink);
            }
        }
    }

    private void readLines(Path file, Consumer<ChartBundle.Chart> sink) throws IOException {
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode chart;
                try {
                    chart = mapper.readTree(line);
                } catch (IOException e) {
                    badLines++;
                    continue;
                }
                String chartId = chart.path("chartId").asText(null);
                if (!chart.path("chartId").isTextual() || !ChartIds.isValid(chartId) || !chart.path("text").isTextual()) {
                    badLines++;
                    continue;
                }
                sink.accept(ChartBundle.Chart.of(chartId, chart.path("text").asText().getBytes(StandardCharsets.UTF_8)));
            }
        }
    }
}
