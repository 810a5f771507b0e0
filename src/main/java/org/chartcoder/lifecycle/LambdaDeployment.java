package org.chartcoder.lifecycle;

import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.CreateFunctionRequest;
import software.amazon.awssdk.services.lambda.model.CreateFunctionResponse;
import software.amazon.awssdk.services.lambda.model.Environment;
import software.amazon.awssdk.services.lambda.model.FunctionCode;
import software.amazon.awssdk.services.lambda.model.PublishVersionRequest;
import software.amazon.awssdk.services.lambda.model.PublishVersionResponse;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.Runtime;
import software.amazon.awssdk.services.lambda.model.UpdateFunctionCodeRequest;
import software.amazon.awssdk.services.lambda.model.UpdateFunctionCodeResponse;
import software.amazon.awssdk.services.sns.SnsClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Deploys the launcher function: creates or updates the LaunchMasterHandler function with
 * camel-aws2-lambda (createFunction / updateFunction / publishVersion), lets the alarm topic invoke
 * it and subscribes it to the topic, with reserved concurrency 1. Re-running it deploys new code and a
 * new version.
 */
public final class LambdaDeployment {

    static final long MAX_ZIPPED_BYTES = 50L * 1024 * 1024;
    static final long MAX_UNZIPPED_BYTES = 250L * 1024 * 1024;
    static final int RESERVED_CONCURRENCY = 1;
    public static final String HANDLER = LaunchMasterHandler.class.getName() + "::handleRequest";

    private final LambdaClient lambda;
    private final SnsClient sns;

    public LambdaDeployment(LambdaClient lambda, SnsClient sns) {
        this.lambda = lambda;
        this.sns = sns;
    }

    public record Deployment(String functionArn, String version, String subscriptionArn, boolean created) {
    }

    public Deployment deploy(Path zip, String function, String roleArn, String topicArn, Map<String, String> environment,
                             int memoryMb, int timeoutSeconds) throws Exception {
        checkPackageLimits(zip);
        SdkBytes code = SdkBytes.fromByteArray(Files.readAllBytes(zip));
        CamelContext context = new DefaultCamelContext();
        context.getRegistry().bind("lambdaClient", lambda);
        context.start();
        try (ProducerTemplate producer = context.createProducerTemplate()) {
            String endpoint = "aws2-lambda:" + function + "?awsLambdaClient=#lambdaClient&operation=";
            boolean exists = exists(producer, endpoint);
            String functionArn;
            if (exists) {
                UpdateFunctionCodeResponse updated = producer.requestBody(endpoint + "updateFunction&pojoRequest=true",
                        UpdateFunctionCodeRequest.builder().functionName(function).zipFile(code).build(),
                        UpdateFunctionCodeResponse.class);
                functionArn = updated.functionArn();
                lambda.waiter().waitUntilFunctionUpdatedV2(builder -> builder.functionName(function));
                lambda.updateFunctionConfiguration(builder -> builder.functionName(function).role(roleArn)
                        .memorySize(memoryMb).timeout(timeoutSeconds)
                        .environment(Environment.builder().variables(environment).build()));
                lambda.waiter().waitUntilFunctionUpdatedV2(builder -> builder.functionName(function));
                System.out.println("lambda: updated the code of " + function);
            } else {
                CreateFunctionResponse created = producer.requestBody(endpoint + "createFunction&pojoRequest=true",
                        CreateFunctionRequest.builder().functionName(function).runtime(Runtime.JAVA17)
                                .handler(HANDLER).role(roleArn).memorySize(memoryMb).timeout(timeoutSeconds)
                                .code(FunctionCode.builder().zipFile(code).build())
                                .environment(Environment.builder().variables(environment).build())
                                .description("chart-coder: launch one master per backlog alarm").build(),
                        CreateFunctionResponse.class);
                functionArn = created.functionArn();
                lambda.waiter().waitUntilFunctionActiveV2(builder -> builder.functionName(function));
                System.out.println("lambda: created " + function);
            }
            // one invocation at a time, as roles/lambda provisions it: Lambda throttles and retries a racing alarm
            lambda.putFunctionConcurrency(builder -> builder.functionName(function)
                    .reservedConcurrentExecutions(RESERVED_CONCURRENCY));
            PublishVersionResponse version = producer.requestBody(endpoint + "publishVersion&pojoRequest=true",
                    PublishVersionRequest.builder().functionName(function).build(), PublishVersionResponse.class);
            System.out.println("lambda: published version " + version.version());
            allowTopic(function, topicArn);
            String subscription = sns.subscribe(builder -> builder.topicArn(topicArn).protocol("lambda")
                    .endpoint(functionArn).returnSubscriptionArn(true)).subscriptionArn();
            System.out.println("lambda: subscribed to " + topicArn);
            return new Deployment(functionArn, version.version(), subscription, !exists);
        } finally {
            context.stop();
        }
    }

    /**
     * Lambda refuses a package over 50 MB uploaded directly and any function over 250 MB unzipped;
     * moto enforces neither, so a wrong package (the shaded jar, say) is refused here with its sizes.
     */
    static void checkPackageLimits(Path zip) throws java.io.IOException {
        long zipped = Files.size(zip);
        long unzipped = 0;
        try (java.util.zip.ZipFile entries = new java.util.zip.ZipFile(zip.toFile())) {
            for (var entry : java.util.Collections.list(entries.entries())) {
                unzipped += Math.max(0, entry.getSize());
            }
        }
        if (zipped > MAX_ZIPPED_BYTES || unzipped > MAX_UNZIPPED_BYTES) {
            throw new IllegalArgumentException(zip + " is " + zipped + " bytes zipped and " + unzipped
                    + " unzipped; Lambda takes at most " + MAX_ZIPPED_BYTES + " and " + MAX_UNZIPPED_BYTES
                    + ": deploy target/chart-coder-lambda.zip, not the shaded jar");
        }
    }

    private static boolean exists(ProducerTemplate producer, String endpoint) {
        try {
            producer.requestBody(endpoint + "getFunction", "");
            return true;
        } catch (CamelExecutionException e) {
            if (e.getCause() instanceof ResourceNotFoundException) {
                return false;
            }
            throw e;
        }
    }

    private void allowTopic(String function, String topicArn) {
        try {
            lambda.addPermission(builder -> builder.functionName(function).statementId("chart-coder-alarm-topic")
                    .action("lambda:InvokeFunction").principal("sns.amazonaws.com").sourceArn(topicArn));
        } catch (ResourceConflictException alreadyAllowed) {
            // the statement exists from an earlier deploy
        }
    }
}
