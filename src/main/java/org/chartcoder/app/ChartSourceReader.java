package org.chartcoder.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Reads the charts of a chunk submitted in place from the user's S3 objects: one GET per source
 * (a whole {@code .txt} object, or a byte range of whole lines of a {@code .jsonl} object), sent with
 * the ETag seen at submission so a changed object is refused. The client is a plain one: input
 * objects are the user's, encrypted (or not) as their bucket says. Local files are read only where
 * {@code localFiles} allows it (local mode, whose workers share the machine with the directory), as
 * regular files and never through a symbolic link.
 */
public final class ChartSourceReader {

    private final S3Client s3;
    private final boolean localFiles;

    public ChartSourceReader(S3Client s3, boolean localFiles) {
        this.s3 = s3;
        this.localFiles = localFiles;
    }

    /** The source's charts; MISSING_OBJECT when the object is gone, HASH_MISMATCH when it changed since submission. */
    public List<ChartBundle.Chart> read(ChartSource source) {
        if (source.isLocalFile()) {
            byte[] bytes = readLocal(source);
            // the range's hash was just checked against the eTag: a .txt chart's hash is that eTag
            return source.isJsonLines() ? charts(source, bytes)
                    : List.of(new ChartBundle.Chart(source.txtChartId(), source.eTag(), bytes));
        }
        GetObjectRequest.Builder request = GetObjectRequest.builder().bucket(source.bucket()).key(source.key())
                .ifMatch(source.eTag());
        if (source.isJsonLines()) {
            request.range("bytes=" + source.start() + "-" + (source.end() - 1));
        }
        try (ResponseInputStream<GetObjectResponse> in = s3.getObject(request.build())) {
            return charts(source, in.readAllBytes());
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                throw new InvalidChartException(ErrorReason.MISSING_OBJECT, "input object is gone");
            }
            if (e.statusCode() == 412) {
                throw new InvalidChartException(ErrorReason.HASH_MISMATCH, "input object changed since it was submitted");
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("reading an input object", e);
        }
    }

    private static List<ChartBundle.Chart> charts(ChartSource source, byte[] bytes) {
        List<ChartBundle.Chart> charts = new ArrayList<>();
        if (!source.isJsonLines()) {
            charts.add(ChartBundle.Chart.of(source.txtChartId(), bytes));
            return charts;
        }
        try {
            ChartLines.forEachLine(new java.io.ByteArrayInputStream(bytes), (line, start, end) -> {
                if (!ChartLines.isBlank(line)) {
                    ChartLines.chartOf(line).ifPresent(charts::add);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("reading lines in memory", e);
        }
        return charts;
    }

    /** The range's bytes, checked against the hash taken at submission. */
    private byte[] readLocal(ChartSource source) {
        if (!localFiles) {
            throw new InvalidChartException(ErrorReason.MALFORMED_JOB, "local files are read in local mode only");
        }
        Path file = Path.of(source.key());
        if (Files.isSymbolicLink(file)) {
            throw new InvalidChartException(ErrorReason.HASH_MISMATCH, "input file was replaced by a link since it was submitted");
        }
        byte[] bytes;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || channel.size() < source.end()
                    || source.bytes() > Integer.MAX_VALUE - 16) {
                throw changedFile();
            }
            ByteBuffer buffer = ByteBuffer.allocate((int) source.bytes());
            for (long at = source.start(); buffer.hasRemaining(); ) {
                int read = channel.read(buffer, at);
                if (read < 0) {
                    throw changedFile();
                }
                at += read;
            }
            bytes = buffer.array();
        } catch (NoSuchFileException e) {
            throw new InvalidChartException(ErrorReason.MISSING_OBJECT, "input file is gone");
        } catch (AccessDeniedException e) {
            throw changedFile();
        } catch (IOException e) {
            throw new UncheckedIOException("reading an input file", e);
        }
        if (!ChartDigest.hex(bytes).equals(source.eTag())) {
            throw changedFile();
        }
        return bytes;
    }

    private static InvalidChartException changedFile() {
        return new InvalidChartException(ErrorReason.HASH_MISMATCH, "input file changed since it was submitted");
    }
}
