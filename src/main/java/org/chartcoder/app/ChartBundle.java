package org.chartcoder.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A chunk of charts in one S3 object, so that intake and workers pay one request per chunk rather
 * than per chart. Each chart is a JSON header line {@code {"chartId","sha256","bytes"}} followed by
 * its bytes exactly as submitted and a newline: the bytes are kept raw (not re-encoded as JSON) so
 * the worker still checks each chart's size, hash and UTF-8 one by one and records a bad chart alone.
 */
public final class ChartBundle {

    /** One chart of a bundle, with the hash of its bytes. */
    public record Chart(String chartId, String sha256, byte[] bytes) {

        public static Chart of(String chartId, byte[] bytes) {
            return new Chart(chartId, ChartDigest.hex(bytes), bytes);
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ChartBundle() {
    }

    public static byte[] write(List<Chart> charts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            for (Chart chart : charts) {
                out.write(MAPPER.writeValueAsBytes(new Header(chart.chartId(), chart.sha256(), chart.bytes().length)));
                out.write('\n');
                out.write(chart.bytes());
                out.write('\n');
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing a bundle in memory", e);
        }
        return out.toByteArray();
    }

    /** The charts of a bundle; a bundle that does not parse is a {@link ErrorReason#MALFORMED_JOB}. */
    public static List<Chart> read(byte[] bundle) {
        List<Chart> charts = new ArrayList<>();
        int at = 0;
        while (at < bundle.length) {
            int end = indexOf(bundle, at);
            JsonNode header;
            try {
                header = MAPPER.readTree(bundle, at, end - at);
            } catch (IOException e) {
                throw new InvalidChartException(ErrorReason.MALFORMED_JOB, "bundle header is not JSON");
            }
            int length = header.path("bytes").asInt(-1);
            String chartId = header.path("chartId").asText(null);
            if (length < 0 || end + 1 + length + 1 > bundle.length || !ChartIds.isValid(chartId)) {
                throw new InvalidChartException(ErrorReason.MALFORMED_JOB, "bundle is truncated or names no valid chart");
            }
            byte[] bytes = java.util.Arrays.copyOfRange(bundle, end + 1, end + 1 + length);
            charts.add(new Chart(chartId, header.path("sha256").asText(""), bytes));
            at = end + 1 + length + 1;
        }
        return charts;
    }

    private static int indexOf(byte[] bundle, int from) {
        for (int i = from; i < bundle.length; i++) {
            if (bundle[i] == '\n') {
                return i;
            }
        }
        throw new InvalidChartException(ErrorReason.MALFORMED_JOB, "bundle header has no end");
    }

    record Header(String chartId, String sha256, int bytes) {
    }
}
