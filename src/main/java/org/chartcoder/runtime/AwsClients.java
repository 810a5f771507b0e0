package org.chartcoder.runtime;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.ssm.SsmClient;

import java.net.URI;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every AWS SDK client of chart-coder, configured one way: region from {@code chartcoder.aws.region},
 * an endpoint URL (moto, an emulator) from {@code chartcoder.<service>.endpoint} or else
 * {@code chartcoder.aws.endpoint}, static keys from {@code chartcoder.aws.accessKeyId} and
 * {@code secretAccessKey} where both are set (the emulators), else the default credentials chain.
 */
public final class AwsClients {

    private final Function<String, String> lookup;
    private final String region;

    public AwsClients(Function<String, String> lookup) {
        this.lookup = lookup;
        this.region = orDefault(lookup.apply("chartcoder.aws.region"), orDefault(System.getenv("AWS_REGION"), "us-east-1"));
    }

    public Ec2Client ec2() {
        return configure(Ec2Client.builder(), "ec2").build();
    }

    public SqsClient sqs() {
        return configure(SqsClient.builder(), "sqs").build();
    }

    public LambdaClient lambda() {
        return configure(LambdaClient.builder(), "lambda").build();
    }

    public SnsClient sns() {
        return configure(SnsClient.builder(), "sns").build();
    }

    public DynamoDbClient dynamoDb() {
        return configure(DynamoDbClient.builder(), "dynamodb").build();
    }

    public SsmClient ssm() {
        return configure(SsmClient.builder(), "ssm").build();
    }

    public S3Client s3() {
        return configure(S3Client.builder().forcePathStyle(s3PathStyle()), "s3").build();
    }

    public Region region() {
        return Region.of(region);
    }

    public AwsCredentialsProvider credentials() {
        String accessKey = orDefault(lookup.apply("chartcoder.aws.accessKeyId"), "");
        String secretKey = orDefault(lookup.apply("chartcoder.aws.secretAccessKey"), "");
        return accessKey.isEmpty() || secretKey.isEmpty()
                ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey));
    }

    /** The endpoint override of a service, or empty for the AWS endpoint of the region. */
    public Optional<URI> endpoint(String service) {
        String endpoint = orDefault(lookup.apply("chartcoder." + service + ".endpoint"),
                orDefault(lookup.apply("chartcoder.aws.endpoint"), ""));
        return endpoint.isEmpty() ? Optional.empty() : Optional.of(URI.create(endpoint));
    }

    /** Emulators and moto have no per-bucket host names: an endpoint override implies path-style access. */
    public boolean s3PathStyle() {
        return Boolean.parseBoolean(orDefault(lookup.apply("chartcoder.s3.pathStyle"), "false")) || endpoint("s3").isPresent();
    }

    private <B extends AwsClientBuilder<B, ?>> B configure(B builder, String service) {
        builder.region(region()).credentialsProvider(credentials());
        endpoint(service).ifPresent(builder::endpointOverride);
        return builder;
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
