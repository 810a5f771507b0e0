package org.chartcoder.app;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The two input formats users export charts in: a {@code .txt} file is one chart named by its file
 * name; a {@code .jsonl} file holds one {@code {"chartId", "text"}} per line. Shared by directory
 * intake, S3 intake and the workers that read S3 input in place.
 */
public final class ChartLines {

    public static final String TXT = ".txt";
    public static final String JSONL = ".jsonl";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One line of a {@code .jsonl} input: its bytes without the newline, and its byte range in the file. */
    public interface LineSink {
        void accept(byte[] line, long start, long end) throws IOException;
    }

    private ChartLines() {
    }

    /** The chart id a {@code .txt} file name gives, or null when the name is no valid chart id. */
    public static String txtChartId(String fileName) {
        String chartId = fileName.substring(0, fileName.length() - TXT.length());
        return ChartIds.isValid(chartId) ? chartId : null;
    }

    /** The chart of one line, or empty for a blank line, a line that is not JSON, or one without a valid id and a text. */
    public static Optional<ChartBundle.Chart> chartOf(byte[] line) {
        JsonNode chart;
        try {
            chart = MAPPER.readTree(line);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (chart == null || !chart.path("chartId").isTextual() || !ChartIds.isValid(chart.path("chartId").asText())
                || !chart.path("text").isTextual()) {
            return Optional.empty();
        }
        return Optional.of(ChartBundle.Chart.of(chart.path("chartId").asText(),
                chart.path("text").asText().getBytes(StandardCharsets.UTF_8)));
    }

    public static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Every line of the stream with its byte range (the newline belongs to the line it ends), in order. */
    public static void forEachLine(InputStream input, LineSink sink) throws IOException {
        InputStream in = new BufferedInputStream(input, 1 << 16);
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long start = 0;
        long at = 0;
        for (int b = in.read(); b != -1; b = in.read()) {
            at++;
            if (b == '\n') {
                sink.accept(line.toByteArray(), start, at);
                line.reset();
                start = at;
            } else {
                line.write(b);
            }
        }
        if (at > start) {
            sink.accept(line.toByteArray(), start, at);
        }
    }
}
