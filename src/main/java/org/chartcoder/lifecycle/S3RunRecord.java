package org.chartcoder.lifecycle;

import org.chartcoder.app.ChartKeys;
import org.chartcoder.app.RunStamp;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.UnaryOperator;
import java.util.ArrayList;
import java.util.Comparator;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The run record on AWS: S3 objects cannot be appended to, so each transition is its own object
 * {@code runs/{runId}/lifecycle/{time}-{n}.json} (lexical order = time order), the summary is
 * {@code runs/{runId}.json}; every put is SSE-KMS with the configured key. The master claim of an
 * alarm is {@link ChartKeys#masterClaim}, written only by conditional puts (If-None-Match to
 * create, If-Match on the read ETag to take a stale one over), so of launchers racing, one wins.
 */
public final class S3RunRecord implements RunRecord {

    private static final String PREFIX = "runs/";
    private static final int CONFLICT_ATTEMPTS = 10;
    private static final Duration CONFLICT_PAUSE = Duration.ofMillis(100);

    private final S3Client s3;
    private final String bucket;
    private final String kmsKeyId;

    public S3RunRecord(S3Client s3, String bucket, String kmsKeyId) {
        if (kmsKeyId == null || kmsKeyId.isBlank()) {
            throw new IllegalStateException("the S3 run record needs a KMS key id: refusing to write unencrypted");
        }
        this.s3 = s3;
        this.bucket = bucket;
        this.kmsKeyId = kmsKeyId;
    }

    @Override
    public void append(RunEvent event) {
        String key = PREFIX + event.runId() + "/lifecycle/" + event.time().toEpochMilli() + "-"
                + UUID.randomUUID().toString().substring(0, 8) + ".json";
        put(key, RunEventJson.write(event));
    }

    @Override
    public List<RunEvent> events(String runId) {
        return keys(PREFIX + runId + "/lifecycle/").stream().map(this::get).map(RunEventJson::read)
                .sorted(Comparator.comparing(RunEvent::time)).toList();
    }

    @Override
    public List<RunOverview> runs() {
        List<RunEvent> all = new ArrayList<>();
        for (String key : keys(PREFIX)) {
            if (key.contains("/lifecycle/")) {
                all.add(RunEventJson.read(get(key)));
            }
        }
        return RunEventJson.overview(all);
    }

    @Override
    public Optional<String> summaryJson(String runId) {
        try {
            return Optional.of(get(PREFIX + runId + ".json"));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    @Override
    public void writeSummary(String runId, String json) {
        put(PREFIX + runId + ".json", json);
    }

    @Override
    public void heartbeat(String runId, Instant at) {
        put(ChartKeys.masterHeartbeat(runId), new RunStamp(runId, at).json());
    }

    @Override
    public Optional<Instant> lastHeartbeat(String runId) {
        try {
            return Optional.of(RunStamp.parse(get(ChartKeys.masterHeartbeat(runId))).at());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    @Override
    public String claimMaster(String alarmName, String runId, Instant now, Duration hold,
                              java.util.function.Predicate<String> holderEnded) {
        String key = ChartKeys.masterClaim(alarmName);
        String claim = new RunStamp(runId, now).json();
        if (conditionalPut(key, claim, request -> request.ifNoneMatch("*"))) {
            return runId;
        }
        ResponseBytes<GetObjectResponse> current = s3.getObjectAsBytes(builder -> builder.bucket(bucket).key(key));
        RunStamp held = RunStamp.parse(current.asUtf8String());
        if (held.runId().equals(runId) || now.isBefore(held.at().plus(hold)) && !holderEnded.test(held.runId())) {
            return held.runId();
        }
        if (conditionalPut(key, claim, request -> request.ifMatch(current.response().eTag()))) {
            return runId;
        }
        return RunStamp.parse(get(key)).runId();
    }

    /**
     * False when the condition failed (412). S3 answers 409 while a concurrent conditional write to the
     * key is still in flight, when the winner's object may not be readable yet, so that is retried
     * until the condition can be judged, after a random pause so that racing launchers do not collide
     * again.
     */
    private boolean conditionalPut(String key, String json, UnaryOperator<PutObjectRequest.Builder> condition) {
        for (int attempt = 1; ; attempt++) {
            try {
                s3.putObject(condition.apply(encrypted(key)).build(), RequestBody.fromString(json, StandardCharsets.UTF_8));
                return true;
            } catch (S3Exception e) {
                if (e.statusCode() == 412) {
                    return false;
                }
                if (e.statusCode() != 409 || attempt == CONFLICT_ATTEMPTS) {
                    throw e;
                }
                pauseAfterConflict(attempt);
            }
        }
    }

    private static void pauseAfterConflict(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(CONFLICT_PAUSE.toMillis() * attempt) + 1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while claiming the master", e);
        }
    }

    private void put(String key, String json) {
        s3.putObject(encrypted(key).build(), RequestBody.fromString(json, StandardCharsets.UTF_8));
    }

    private PutObjectRequest.Builder encrypted(String key) {
        return PutObjectRequest.builder().bucket(bucket).key(key).contentType("application/json")
                .serverSideEncryption(ServerSideEncryption.AWS_KMS).ssekmsKeyId(kmsKeyId);
    }

    private String get(String key) {
        return s3.getObjectAsBytes(builder -> builder.bucket(bucket).key(key)).asUtf8String();
    }

    private List<String> keys(String prefix) {
        return s3.listObjectsV2Paginator(ListObjectsV2Request.builder().bucket(bucket).prefix(prefix).build())
                .contents().stream().map(S3Object::key).toList();
    }
}
