package org.chartcoder.app;

import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Where a chunk's charts are read in place rather than copied into a bundle: a whole {@code .txt}
 * object (one chart, named by its key) or a byte range of a {@code .jsonl} object holding whole
 * lines of {@code {"chartId", "text"}}. In S3 ({@code bucket} set) the ETag taken at submission is
 * sent with the read, so an object changed since then is refused, not coded. A local file (no
 * {@code bucket}; {@code key} is its absolute path, as local mode reads a directory where it is)
 * has the SHA-256 of the range's bytes for its ETag, checked the same way after the read.
 */
public record ChartSource(String bucket, String key, String eTag, long start, long end) {

    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

    /** The bytes {@code [start, end)} of a local file whose SHA-256 is {@code sha256}. */
    public static ChartSource file(java.nio.file.Path file, String sha256, long start, long end) {
        return new ChartSource(null, file.toAbsolutePath().normalize().toString(), sha256, start, end);
    }

    /** A chunk coded in place: the parts of objects or files to read, and the ids of its charts in order. */
    public record Chunk(String chunkId, List<ChartSource> sources, List<String> chartIds) {
    }

    @JsonIgnore
    public boolean isLocalFile() {
        return bucket == null;
    }

    @JsonIgnore
    public boolean isJsonLines() {
        return key.endsWith(ChartLines.JSONL);
    }

    public long bytes() {
        return end - start;
    }

    /**
     * True when the job names a readable part of an object (an S3 bucket name, a key, an ETag and a
     * range) or of a local file (an absolute, normalised path, its SHA-256 and a range).
     */
    @JsonIgnore
    public boolean isValid() {
        boolean where = isLocalFile() ? isLocalPath(key) && ChartDigest.isHex(eTag)
                : isValidBucket(bucket) && key != null && !key.isEmpty() && key.length() <= 1024;
        return where && (key.endsWith(ChartLines.TXT) || key.endsWith(ChartLines.JSONL))
                && eTag != null && !eTag.isEmpty() && start >= 0 && end >= start;
    }

    private static boolean isLocalPath(String key) {
        if (key == null || key.isEmpty() || key.length() > 4096 || key.indexOf('\0') >= 0) {
            return false;
        }
        try {
            java.nio.file.Path path = java.nio.file.Path.of(key);
            return path.isAbsolute() && path.normalize().toString().equals(key);
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** An S3 bucket name as S3 allows them (lower case, digits, dots and dashes, 3 to 63 long). */
    public static boolean isValidBucket(String bucket) {
        return bucket != null && BUCKET.matcher(bucket).matches();
    }

    /** The chart id of a {@code .txt} object: its file name without the extension. */
    public String txtChartId() {
        return ChartLines.txtChartId(key.substring(key.lastIndexOf(isLocalFile() ? java.io.File.separatorChar : '/') + 1));
    }
}
