package org.chartcoder.lifecycle;

import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.net.URI;
import java.util.function.Function;

/**
 * AWS SDK clients of the lifecycle. Region and endpoint URL (moto, an emulator) come from
 * {@code chartcoder.aws.region} / {@code chartcoder.aws.endpoint-url}; credentials always from the
 * default chain (environment, profile, instance role).
 */
public final class AwsClients {

    private final String region;
    private final String endpointUrl;

    public AwsClients(Function<String, String> lookup) {
        this.region = orDefault(lookup.apply("chartcoder.aws.region"), orDefault(System.getenv("AWS_REGION"), "us-east-1"));
        this.endpointUrl = orDefault(lookup.apply("chartcoder.aws.endpoint-url"), "");
    }

    /** A setting from a system property, else its environment variable (chartcoder.aws.region: CHARTCODER_AWS_REGION). */
    public static String systemOrEnvironment(String key) {
        String value = System.getProperty(key);
        return value != null ? value : System.getenv(key.toUpperCase(java.util.Locale.ROOT).replaceAll("[.-]", "_"));
    }

    public Ec2Client ec2() {
        return configure(Ec2Client.builder()).build();
    }

    public SqsClient sqs() {
        return configure(SqsClient.builder()).build();
    }

    public LambdaClient lambda() {
        return configure(LambdaClient.builder()).build();
    }

    public SnsClient sns() {
        return configure(SnsClient.builder()).build();
    }

    public S3Client s3() {
        return configure(S3Client.builder().forcePathStyle(!endpointUrl.isEmpty())).build();
    }

    private <B extends AwsClientBuilder<B, ?>> B configure(B builder) {
        builder.region(Region.of(region)).credentialsProvider(DefaultCredentialsProvider.builder().build());
        if (!endpointUrl.isEmpty()) {
            builder.endpointOverride(URI.create(endpointUrl));
        }
        return builder;
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
