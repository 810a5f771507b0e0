package org.chartcoder.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Reads and lists the bucket through the configured S3 client (which decrypts client-side
 * encrypted objects in local mode). Every write goes through the encrypted-s3-sink Kamelet.
 */
public class ChartStore {

    private final S3Client s3;
    private final String bucket;

    public ChartStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    /** The object's bytes, at most {@code limit} of them; empty if the object does not exist. */
    public Optional<byte[]> read(String key, int limit) {
        try (ResponseInputStream<GetObjectResponse> in = s3.getObject(b -> b.bucket(bucket).key(key))) {
            return Optional.of(readAtMost(in, limit));
        } catch (RuntimeException e) {
            // the encryption client also answers "no such key" when the object is there but its
            // envelope is not (it then looks for an instruction file): only an object really gone reads as absent
            if (isMissing(e) && !exists(key)) {
                return Optional.empty();
            }
            if (isMissing(e) || isUndecryptable(e)) {
                throw new UnreadableObjectException();
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("reading s3 object " + key, e);
        }
    }

    /** The encryption client could not decrypt: the object or its envelope is missing or was tampered with. */
    static boolean isUndecryptable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof software.amazon.encryption.s3.S3EncryptionClientException) {
                return true;
            }
        }
        return false;
    }

    public Optional<byte[]> read(String key) {
        return read(key, Integer.MAX_VALUE - 8);
    }

    /** A HEAD request: cheaper than a read, and it needs no decryption. */
    public boolean exists(String key) {
        try {
            s3.headObject(b -> b.bucket(bucket).key(key));
            return true;
        } catch (RuntimeException e) {
            if (isMissing(e)) {
                return false;
            }
            throw e;
        }
    }

    public List<S3Object> list(String prefix) {
        List<S3Object> objects = new ArrayList<>();
        ListObjectsV2Request request = ListObjectsV2Request.builder().bucket(bucket).prefix(prefix).build();
        for (ListObjectsV2Response page : s3.listObjectsV2Paginator(request)) {
            objects.addAll(page.contents());
        }
        return objects;
    }

    public List<String> listKeys(String prefix) {
        return list(prefix).stream().map(S3Object::key).toList();
    }

    /** The ids of the chunks whose bundle is stored for the batch: an intake resuming skips them. */
    public java.util.Set<String> storedChunks(String batchId) {
        java.util.Set<String> stored = new java.util.HashSet<>();
        for (String key : listKeys(ChartKeys.CHARTS + batchId + "/")) {
            ChartKeys.chunkOf(key).ifPresent(chunk -> stored.add(chunk[1]));
        }
        return stored;
    }

    private static byte[] readAtMost(ResponseInputStream<GetObjectResponse> in, int limit) throws IOException {
        byte[] bytes = in.readNBytes(limit);
        if (bytes.length == limit) {
            in.abort();
        }
        return bytes;
    }

    /** The encryption client wraps S3 errors, so the cause chain is searched for a missing key. */
    static boolean isMissing(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NoSuchKeyException || (t instanceof S3Exception s3e && s3e.statusCode() == 404)) {
                return true;
            }
        }
        return false;
    }
}
