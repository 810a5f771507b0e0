package org.chartcoder.lifecycle;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import org.chartcoder.runtime.AwsClients;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * moto for a Lambda handler test: clients on it through the project's {@link AwsClients}, and the
 * function's environment as system properties (a handler's no-argument constructor reads its
 * settings from them), all cleared when closed.
 */
final class MotoFunctionEnvironment implements AutoCloseable {

    private final MotoServer moto;
    private final Map<String, String> settings = new LinkedHashMap<>();

    private MotoFunctionEnvironment(MotoServer moto) {
        this.moto = moto;
        set("chartcoder.aws.region", "us-east-1");
        set("chartcoder.aws.accessKeyId", "testing");
        set("chartcoder.aws.secretAccessKey", "testing");
        set("chartcoder.aws.endpoint", moto.endpoint);
        set("chartcoder.s3.pathStyle", "true");
    }

    /** Empty where moto_server is not installed: the test then skips, saying so. */
    static Optional<MotoFunctionEnvironment> start(Path logFile) throws Exception {
        return MotoServer.start(logFile).map(MotoFunctionEnvironment::new);
    }

    /** Clients on moto with the function's settings so far. */
    AwsClients clients() {
        return new AwsClients(Map.copyOf(settings)::get);
    }

    /**
     * S3 on moto with AWS's conditional writes: moto judges If-None-Match and If-Match and then writes,
     * without a lock, so racing writers can both pass; AWS S3 lets one conditional write to a key run
     * at a time and answers the others 409 ConditionalRequestConflict, which this client does too.
     */
    S3Client s3WithAtomicConditionalWrites() {
        return S3Client.builder().region(Region.US_EAST_1).endpointOverride(URI.create(moto.endpoint)).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
                .overrideConfiguration(config -> config.addExecutionInterceptor(new OneConditionalWriteAtATime()))
                .build();
    }

    private static final class OneConditionalWriteAtATime implements ExecutionInterceptor {

        private static final ExecutionAttribute<Boolean> WRITING = new ExecutionAttribute<>("conditionalWrite");

        private final ReentrantLock inFlight = new ReentrantLock();

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            if (context.request() instanceof PutObjectRequest put && (put.ifNoneMatch() != null || put.ifMatch() != null)) {
                if (!inFlight.tryLock()) {
                    throw (S3Exception) S3Exception.builder().statusCode(409)
                            .message("A conflicting conditional operation is currently in progress").build();
                }
                attributes.putAttribute(WRITING, true);
            }
        }

        @Override
        public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
            release(attributes);
        }

        @Override
        public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
            release(attributes);
        }

        private void release(ExecutionAttributes attributes) {
            if (Boolean.TRUE.equals(attributes.getAttribute(WRITING))) {
                attributes.putAttribute(WRITING, false);
                inFlight.unlock();
            }
        }
    }

    /** KMS, which the functions reach only through S3, SSM and DynamoDB. */
    KmsClient kms() {
        return KmsClient.builder().region(Region.US_EAST_1).endpointOverride(URI.create(moto.endpoint))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"))).build();
    }

    /** One variable of the function's environment. */
    void set(String key, String value) {
        settings.put(key, value);
        System.setProperty(key, value);
    }

    @Override
    public void close() throws Exception {
        settings.keySet().forEach(System::clearProperty);
        moto.close();
    }
}
