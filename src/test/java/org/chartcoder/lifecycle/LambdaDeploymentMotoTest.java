package org.chartcoder.lifecycle;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.sns.SnsClient;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** `lambda deploy` against moto_server: create, subscribe, then update and publish a second version. */
class LambdaDeploymentMotoTest {

    @TempDir
    static Path work;

    private static MotoServer moto;

    @BeforeAll
    static void startMoto() throws Exception {
        moto = MotoServer.start(work.resolve("moto.log")).orElse(null);
        assumeTrue(moto != null, "moto_server is not installed: lambda deploy test skipped");
        moto.post("/moto-api/config", "application/json", "{\"lambda\":{\"use_docker\":false}}");
    }

    @AfterAll
    static void stopMoto() throws Exception {
        if (moto != null) {
            moto.close();
        }
    }

    @Test
    void deploysSubscribesAndRedeploysAsANewVersion() throws Exception {
        String roleArn = moto.createRole("chart-coder-launcher");
        Path zip = work.resolve("function.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("org/chartcoder/lifecycle/placeholder.txt"));
            out.write("code".getBytes());
        }
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"));
        try (LambdaClient lambda = LambdaClient.builder().region(Region.US_EAST_1).credentialsProvider(credentials)
                .endpointOverride(URI.create(moto.endpoint)).build();
             SnsClient sns = SnsClient.builder().region(Region.US_EAST_1).credentialsProvider(credentials)
                     .endpointOverride(URI.create(moto.endpoint)).build()) {
            String topicArn = sns.createTopic(builder -> builder.name("chart-coder-alarms")).topicArn();
            LambdaDeployment command = new LambdaDeployment(lambda, sns);

            LambdaDeployment.Deployment first = command.deploy(zip, "chart-coder-launch-master", roleArn, topicArn,
                    Map.of("CHARTCODER_LIFECYCLE_ALARM_NAME", "backlog"), 512, 30);
            LambdaDeployment.Deployment second = command.deploy(zip, "chart-coder-launch-master", roleArn, topicArn,
                    Map.of("CHARTCODER_LIFECYCLE_ALARM_NAME", "backlog-2"), 512, 30);

            assertTrue(first.created());
            assertFalse(second.created());
            assertEquals("1", first.version());
            assertEquals("2", second.version());
            FunctionConfiguration function = lambda.getFunction(builder -> builder.functionName("chart-coder-launch-master"))
                    .configuration();
            assertEquals(LambdaDeployment.HANDLER, function.handler());
            assertEquals("java17", function.runtimeAsString());
            assertEquals("backlog-2", function.environment().variables().get("CHARTCODER_LIFECYCLE_ALARM_NAME"));
            assertEquals(1, lambda.getFunctionConcurrency(builder -> builder.functionName("chart-coder-launch-master"))
                    .reservedConcurrentExecutions(), "the launcher runs one invocation at a time");
            long subscriptions = sns.listSubscriptionsByTopic(builder -> builder.topicArn(topicArn)).subscriptions().stream()
                    .filter(s -> s.protocol().equals("lambda") && s.endpoint().equals(first.functionArn())).count();
            assertEquals(1, subscriptions, "redeploying does not subscribe twice");
        }
    }
}
