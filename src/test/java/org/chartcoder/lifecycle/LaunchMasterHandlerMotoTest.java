package org.chartcoder.lifecycle;

import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.chartcoder.runtime.AwsClients;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Lambda handler as AWS constructs it (no-argument constructor, settings from the jar's
 * configuration and the function's environment, here system properties) against moto.
 */
class LaunchMasterHandlerMotoTest {

    @TempDir
    static Path work;

    private static MotoFunctionEnvironment aws;

    @BeforeAll
    static void startMoto() throws Exception {
        aws = MotoFunctionEnvironment.start(work.resolve("moto.log")).orElse(null);
        assumeTrue(aws != null, "moto_server is not installed: Lambda handler test skipped");
    }

    @AfterAll
    static void stopMoto() throws Exception {
        if (aws != null) {
            aws.close();
        }
    }

    @Test
    void launchesTheMasterAndDeadLettersMalformedRecordsWithTheJarsConfiguration() throws Exception {
        AwsClients clients = aws.clients();
        try (SqsClient sqs = clients.sqs(); S3Client s3 = clients.s3(); KmsClient kms = aws.kms(); Ec2Client ec2 = clients.ec2()) {
            String dlqUrl = sqs.createQueue(builder -> builder.queueName("chart-coder-alarm-dlq")).queueUrl();
            s3.createBucket(builder -> builder.bucket("chart-coder-lambda-test"));
            String keyId = kms.createKey(builder -> builder.description("test")).keyMetadata().keyId();
            aws.set("chartcoder.bucket", "chart-coder-lambda-test");
            aws.set("chartcoder.s3.kmsKeyId", keyId);
            aws.set("chartcoder.lifecycle.master.ami", "ami-1e749f67");

            String alarm = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                    new CloudWatchAlarmMessage("arn:aws:sns:us-east-1:123456789012:chart-coder-alarm", "US East (N. Virginia)")
                            .snsEnvelope("chart-coder-backlog", "OK", "ALARM", Instant.now(), "chart-coder-work", 1, 9))
                    .get("Message").asText();
            SNSEvent event = new SNSEvent().withRecords(List.of(
                    new SNSEvent.SNSRecord().withSns(new SNSEvent.SNS().withMessage("{not json")),
                    new SNSEvent.SNSRecord().withSns(new SNSEvent.SNS().withMessage(alarm)),
                    new SNSEvent.SNSRecord().withSns(new SNSEvent.SNS().withMessage(alarm))));

            assertEquals("handled 3 notification(s)", new LaunchMasterHandler().handleRequest(event, null));

            List<Instance> masters = ec2.describeInstances(MasterLaunchPlan.instancesOfRun(
                    new AlarmPolicy(LifecycleSettings.of(new java.util.Properties()), java.time.Clock.systemUTC())
                            .runId(new AlarmNotificationParser().parse(alarm)), "master"))
                    .reservations().stream().flatMap(r -> r.instances().stream()).toList();
            assertEquals(1, masters.size(), "one master for the duplicated record");
            assertEquals("required", masters.get(0).metadataOptions().httpTokensAsString());
            assertEquals("1", sqs.getQueueAttributes(builder -> builder.queueUrl(dlqUrl)
                    .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)).attributes()
                    .get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES), "the malformed record is in the alarm DLQ");
            S3RunRecord record = new S3RunRecord(s3, "chart-coder-lambda-test", keyId);
            assertEquals(List.of("alarm.malformed"), record.events(RunRecord.NO_RUN).stream().map(RunEvent::event).toList());
        }
    }
}
