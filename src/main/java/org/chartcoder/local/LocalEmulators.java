package org.chartcoder.local;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Embedded ElasticMQ (SQS) and s3proxy (S3) on 127.0.0.1 with dynamic ports, for local mode.
 * S3 objects live on disk under {@code <data-dir>/s3}, encrypted client-side, and are the durable
 * state: the in-memory queue is rebuilt from them on start (see {@code ChartRecovery}).
 * The endpoints are written to {@code <data-dir>/endpoints.properties} so that worker processes
 * started separately reach the same emulators.
 */
public final class LocalEmulators implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalEmulators.class);

    /** The emulators accept any credentials; the SDK still wants some to sign requests. */
    static final String EMULATOR_ACCESS_KEY = "local";
    static final String EMULATOR_SECRET_KEY = "local";
    static final String REGION = "us-east-1";

    private final SQSRestServer sqsServer;
    private final S3Proxy s3Proxy;
    private final LocalEndpoints endpoints;

    private LocalEmulators(SQSRestServer sqsServer, S3Proxy s3Proxy, LocalEndpoints endpoints) {
        this.sqsServer = sqsServer;
        this.s3Proxy = s3Proxy;
        this.endpoints = endpoints;
    }

    /**
     * Starts both emulators and creates the work queue, its dead-letter queue and the bucket.
     *
     * @param maxReceiveCount receives after which a job moves to the dead-letter queue
     * @param visibilityTimeoutSeconds default visibility timeout of the work queue
     */
    public static LocalEmulators start(Path dataDir, String workQueue, String deadLetterQueue, String bucket,
                                       int maxReceiveCount, int visibilityTimeoutSeconds) throws Exception {
        long started = System.nanoTime();
        OwnerOnlyFiles.createDirectory(dataDir);
        SQSRestServer sqs = SQSRestServerBuilder.withInterface("127.0.0.1").withDynamicPort()
                .withAWSRegion(REGION).start();
        int sqsPort = sqs.waitUntilStarted().localAddress().getPort();
        S3Proxy s3 = null;
        try {
            Path storage = dataDir.resolve("s3");
            OwnerOnlyFiles.createDirectory(storage);
            s3 = S3Proxy.builder()
                    .blobStore(new FilesystemNio2BlobStore(storage.toString()))
                    .endpoint(URI.create("http://127.0.0.1:0"))
                    .awsAuthentication(AuthenticationType.NONE, null, null)
                    .build();
            s3.start();
            awaitStarted(s3);
            LocalEndpoints endpoints = new LocalEndpoints(URI.create("http://127.0.0.1:" + sqsPort),
                    URI.create("http://127.0.0.1:" + s3.getPort()), REGION, EMULATOR_ACCESS_KEY, EMULATOR_SECRET_KEY,
                    workQueue, deadLetterQueue, bucket);
            createQueues(endpoints, maxReceiveCount, visibilityTimeoutSeconds);
            createBucket(endpoints);
            endpoints.write(dataDir.resolve(LocalEndpoints.FILE));
            LOG.info("Local SQS on port {} and S3 on port {} ready in {} ms", sqsPort, s3.getPort(),
                    (System.nanoTime() - started) / 1_000_000);
            return new LocalEmulators(sqs, s3, endpoints);
        } catch (Exception e) {
            sqs.stopAndWait();
            if (s3 != null) {
                s3.stop();
            }
            throw e;
        }
    }

    public LocalEndpoints endpoints() {
        return endpoints;
    }

    private static void awaitStarted(S3Proxy s3) throws InterruptedException, IOException {
        for (int i = 0; i < 200 && !"STARTED".equals(s3.getState()); i++) {
            Thread.sleep(25);
        }
        if (!"STARTED".equals(s3.getState())) {
            throw new IOException("s3proxy did not start: " + s3.getState());
        }
    }

    private static void createQueues(LocalEndpoints endpoints, int maxReceiveCount, int visibilityTimeoutSeconds) {
        try (SqsClient sqs = SqsClient.builder().endpointOverride(endpoints.sqsEndpoint())
                .region(Region.of(endpoints.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(endpoints.accessKeyId(), endpoints.secretAccessKey())))
                .build()) {
            String dlqUrl = sqs.createQueue(b -> b.queueName(endpoints.deadLetterQueue())).queueUrl();
            String dlqArn = sqs.getQueueAttributes(b -> b.queueUrl(dlqUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                    .attributes().get(QueueAttributeName.QUEUE_ARN);
            String redrivePolicy = "{\"maxReceiveCount\":\"" + maxReceiveCount + "\",\"deadLetterTargetArn\":\"" + dlqArn + "\"}";
            sqs.createQueue(b -> b.queueName(endpoints.workQueue()).attributes(Map.of(
                    QueueAttributeName.REDRIVE_POLICY, redrivePolicy,
                    QueueAttributeName.VISIBILITY_TIMEOUT, Integer.toString(visibilityTimeoutSeconds))));
        }
    }

    private static void createBucket(LocalEndpoints endpoints) {
        try (S3Client s3 = S3Client.builder().endpointOverride(endpoints.s3Endpoint())
                .region(Region.of(endpoints.region())).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(endpoints.accessKeyId(), endpoints.secretAccessKey())))
                .build()) {
            try {
                s3.headBucket(b -> b.bucket(endpoints.bucket()));
            } catch (NoSuchBucketException missing) {
                try {
                    s3.createBucket(b -> b.bucket(endpoints.bucket()));
                } catch (BucketAlreadyOwnedByYouException alreadyThere) {
                    // another start raced us to it: fine
                }
            }
        }
    }

    @Override
    public void close() throws Exception {
        try {
            s3Proxy.stop();
        } finally {
            sqsServer.stopAndWait();
        }
    }
}
