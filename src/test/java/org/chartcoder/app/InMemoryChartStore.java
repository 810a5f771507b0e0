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

    private final java.util.Set<String> undecryptable = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public void put(String key, byte[] bytes) {
        objects.put(key, bytes);
        undecryptable.remove(key);
    }

    /** The object stays listed and present, but reading it fails as a lost encryption envelope does. */
    public void loseEnvelope(String key) {
        undecryptable.add(key);
    }

    @Override
    public Optional<byte[]> read(String key, int limit) {
        if (undecryptable.contains(key)) {
            throw new UnreadableObjectException();
        }
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
