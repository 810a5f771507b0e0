package org.chartcoder.app;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The charts of a local run: the charts under a directory as {@link ChartFilesSource} reads them
 * (the same rules as {@code submit DIR}: {@code *.txt} and {@code *.jsonl}, refused files recorded),
 * or the sample charts shipped in the jar. The batch id is derived from the chart ids and contents,
 * so starting again on the same directory continues the same batch.
 */
public final class LocalCharts {

    private static final String SAMPLES = "samples/charts";

    private final Map<String, byte[]> charts;
    private final Map<String, String> digests;
    private final Map<String, ChartSource> sources;
    private final List<ChartFilesSource.Refusal> refusals;

    private LocalCharts(Map<String, byte[]> charts, Map<String, String> digests, Map<String, ChartSource> sources,
                        List<ChartFilesSource.Refusal> refusals) {
        this.charts = charts;
        this.digests = digests;
        this.sources = sources;
        this.refusals = refusals;
    }

    /** @param maxChartBytes a larger chart file is refused as TOO_LARGE without being read */
    public static LocalCharts read(Path dir, long maxChartBytes) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--charts " + dir + " is not a directory");
        }
        Map<String, byte[]> charts = new TreeMap<>();
        Map<String, String> digests = new HashMap<>();
        Map<String, ChartSource> sources = new HashMap<>();
        // files inside the jar (the samples) have no path a worker could open
        boolean onDisk = dir.getFileSystem().equals(FileSystems.getDefault());
        List<ChartFilesSource.Refusal> refusals = new ArrayList<>();
        new ChartFilesSource(maxChartBytes, refusals::add).streamLocated(dir, (chart, where) -> {
            if (charts.putIfAbsent(chart.chartId(), chart.bytes()) == null) {
                digests.put(chart.chartId(), chart.sha256());
                if (onDisk) {
                    sources.put(chart.chartId(), where);
                }
            } else {
                // a second file (or line) with the id: the id names the first one, the refusal gets its own
                refusals.add(new ChartFilesSource.Refusal(ChartFilesSource.fileId("repeated " + chart.chartId() + " "
                        + refusals.size()), ErrorReason.BAD_NAME, "a file or line repeating chart id " + chart.chartId()));
            }
        });
        return new LocalCharts(charts, digests, sources, refusals);
    }

    /** ./samples/charts when run from a checkout, else the copy inside the jar. */
    public static LocalCharts samples(long maxChartBytes) throws IOException {
        Path checkout = Path.of(SAMPLES);
        if (Files.isDirectory(checkout)) {
            return read(checkout, maxChartBytes);
        }
        URI uri;
        try {
            uri = LocalCharts.class.getClassLoader().getResource(SAMPLES).toURI();
        } catch (URISyntaxException | NullPointerException e) {
            throw new IOException("no sample charts in this build", e);
        }
        if (!"jar".equals(uri.getScheme())) {
            return read(Path.of(uri), maxChartBytes);
        }
        FileSystem jar;
        try {
            jar = FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
            jar = FileSystems.newFileSystem(uri, Map.of());
        }
        return read(jar.getPath(SAMPLES), maxChartBytes);
    }

    public Map<String, byte[]> charts() {
        return charts;
    }

    /** The chart with its SHA-256, taken once when it was read. */
    public ChartBundle.Chart chart(String chartId) {
        return new ChartBundle.Chart(chartId, digests.get(chartId), charts.get(chartId));
    }

    /** Where each chart lies on disk, so that it can be coded in place; empty for the samples inside the jar. */
    public Optional<ChartSource> source(String chartId) {
        return Optional.ofNullable(sources.get(chartId));
    }

    /** Files refused (too large, bad or repeated name, a link leaving the directory, not a regular file), in the order met. */
    public List<ChartFilesSource.Refusal> refusals() {
        return refusals;
    }

    public String batchId() {
        StringBuilder manifest = new StringBuilder();
        charts.keySet().forEach(chartId -> manifest.append(chartId).append(' ').append(digests.get(chartId)).append('\n'));
        return "local-" + ChartDigest.hex(manifest.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 16);
    }
}
