package org.chartcoder.app;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Where a chunk's charts are read in place, when they were submitted from S3 rather than copied into
 * a bundle: a whole {@code .txt} object (one chart, named by its key) or a byte range of a
 * {@code .jsonl} object holding whole lines of {@code {"chartId", "text"}}. The ETag taken at
 * submission is sent with the read, so an object changed since then is refused, not coded.
 */
public record ChartSource(String bucket, String key, String eTag, long start, long end) {

    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

    @JsonIgnore
    public boolean isJsonLines() {
        return key.endsWith(ChartLines.JSONL);
    }

    public long bytes() {
        return end - start;
    }

    /** True when the job names a readable part of an object: an S3 bucket name, a key, an ETag and a range. */
    @JsonIgnore
    public boolean isValid() {
        return isValidBucket(bucket) && key != null && !key.isEmpty() && key.length() <= 1024
                && (key.endsWith(ChartLines.TXT) || key.endsWith(ChartLines.JSONL))
                && eTag != null && !eTag.isEmpty() && start >= 0 && end >= start;
    }

    /** An S3 bucket name as S3 allows them (lower case, digits, dots and dashes, 3 to 63 long). */
    public static boolean isValidBucket(String bucket) {
        return bucket != null && BUCKET.matcher(bucket).matches();
    }

    /** The chart id of a {@code .txt} object: its file name without the extension. */
    public String txtChartId() {
        return ChartLines.txtChartId(key.substring(key.lastIndexOf('/') + 1));
    }
}
