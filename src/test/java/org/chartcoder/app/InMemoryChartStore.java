package org.chartcoder.app;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

import software.amazon.awssdk.services.s3.model.S3Object;

/** A bucket in memory, for route tests: the S3 client and the emulator are tested elsewhere. */
public final class InMemoryChartStore extends ChartStore {

    private final Map<String, byte[]> objects = new ConcurrentSkipListMap<>();

    public InMemoryChartStore() {
        super(null, "test-bucket");
    }

    public void put(String key, byte[] bytes) {
        objects.put(key, bytes);
    }

    @Override
    public Optional<byte[]> read(String key, int limit) {
        byte[] bytes = objects.get(key);
        if (bytes == null) {
            return Optional.empty();
        }
        return Optional.of(bytes.length > limit ? java.util.Arrays.copyOf(bytes, limit) : bytes);
    }

    @Override
    public boolean exists(String key) {
        return objects.containsKey(key);
    }

    @Override
    public List<S3Object> list(String prefix) {
        return objects.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .map(e -> S3Object.builder().key(e.getKey()).eTag(Integer.toHexString(java.util.Arrays.hashCode(e.getValue())))
                        .lastModified(Instant.EPOCH).size((long) e.getValue().length).build())
                .toList();
    }
}
