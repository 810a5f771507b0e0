package org.chartcoder.app;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The charts of a local run: every {@code *.txt} under a directory (chart id = file name without
 * {@code .txt}), or the sample charts shipped in the jar. The batch id is derived from the chart ids
 * and contents, so starting again on the same directory continues the same batch.
 */
public final class LocalCharts {

    private static final String SAMPLES = "samples/charts";

    private final Map<String, byte[]> charts;
    private final int skipped;

    private LocalCharts(Map<String, byte[]> charts, int skipped) {
        this.charts = charts;
        this.skipped = skipped;
    }

    public static LocalCharts read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--charts " + dir + " is not a directory");
        }
        Map<String, byte[]> charts = new TreeMap<>();
        int skipped = 0;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".txt"))
                    .filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                String chartId = name.substring(0, name.length() - ".txt".length());
                if (!ChartIds.isValid(chartId) || charts.containsKey(chartId)) {
                    skipped++;
                } else {
                    charts.put(chartId, Files.readAllBytes(file));
                }
            }
        }
        return new LocalCharts(charts, skipped);
    }

    /** ./samples/charts when run from a checkout, else the copy inside the jar. */
    public static LocalCharts samples() throws IOException {
        Path checkout = Path.of(SAMPLES);
        if (Files.isDirectory(checkout)) {
            return read(checkout);
        }
        URI uri;
        try {
            uri = LocalCharts.class.getClassLoader().getResource(SAMPLES).toURI();
        } catch (URISyntaxException | NullPointerException e) {
            throw new IOException("no sample charts in this build", e);
        }
        if (!"jar".equals(uri.getScheme())) {
            return read(Path.of(uri));
        }
        FileSystem jar;
        try {
            jar = FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
            jar = FileSystems.newFileSystem(uri, Map.of());
        }
        return read(jar.getPath(SAMPLES));
    }

    public Map<String, byte[]> charts() {
        return charts;
    }

    /** Files whose names are not valid chart ids, or repeat one. */
    public int skipped() {
        return skipped;
    }

    public String batchId() {
        StringBuilder manifest = new StringBuilder();
        charts.forEach((chartId, bytes) -> manifest.append(chartId).append(' ').append(ChartDigest.hex(bytes)).append('\n'));
        return "local-" + ChartDigest.hex(manifest.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 16);
    }
}
