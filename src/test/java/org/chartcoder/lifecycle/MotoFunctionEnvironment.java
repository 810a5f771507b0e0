package org.chartcoder.lifecycle;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.chartcoder.runtime.AwsClients;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;

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
