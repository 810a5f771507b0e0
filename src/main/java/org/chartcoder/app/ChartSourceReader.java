package org.chartcoder.app;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * objects are the user's, encrypted (or not) as their bucket says.
 */
public final class ChartSourceReader {

    private final S3Client s3;

    public ChartSourceReader(S3Client s3) {
        this.s3 = s3;
    }

    /** The source's charts; MISSING_OBJECT when the object is gone, HASH_MISMATCH when it changed since submission. */
    public List<ChartBundle.Chart> read(ChartSource source) {
        GetObjectRequest.Builder request = GetObjectRequest.builder().bucket(source.bucket()).key(source.key())
                .ifMatch(source.eTag());
        if (source.isJsonLines()) {
            request.range("bytes=" + source.start() + "-" + (source.end() - 1));
        }
        List<ChartBundle.Chart> charts = new ArrayList<>();
        try (ResponseInputStream<GetObjectResponse> in = s3.getObject(request.build())) {
            if (source.isJsonLines()) {
                ChartLines.forEachLine(in, (line, start, end) -> {
                    if (!ChartLines.isBlank(line)) {
                        ChartLines.chartOf(line).ifPresent(charts::add);
                    }
                });
            } else {
                charts.add(ChartBundle.Chart.of(source.txtChartId(), in.readAllBytes()));
            }
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
        return charts;
    }
}
