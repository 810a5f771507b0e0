package org.chartcoder.lifecycle;

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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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
            assertEquals("handled 3 notification(s)",
                    new LaunchMasterHandler().handleRequest(LambdaEvents.sns("{not json", alarm, alarm), null));

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

    /**
     * The S3 claim's conditional puts on moto's S3, which honours If-None-Match and If-Match, with AWS's
     * one conditional write at a time and 409 to the others added by the client (moto has no lock).
     */
    @Test
    void launchersRacingForTheMasterClaimAgreeOnOneRun() throws Exception {
        try (S3Client s3 = aws.s3WithAtomicConditionalWrites(); KmsClient kms = aws.kms()) {
            s3.createBucket(builder -> builder.bucket("chart-coder-claim-test"));
            String keyId = kms.createKey(builder -> builder.description("test")).keyMetadata().keyId();
            S3RunRecord record = new S3RunRecord(s3, "chart-coder-claim-test", keyId);
            Instant now = Instant.now();
            Duration hold = Duration.ofMinutes(3);
            int launchers = 8;
            CyclicBarrier together = new CyclicBarrier(launchers);
            ExecutorService threads = Executors.newFixedThreadPool(launchers);
            Set<String> holders;
            try {
                List<Future<String>> claims = IntStream.range(0, launchers).mapToObj(n -> threads.submit(() -> {
                    together.await();
                    return record.claimMaster("backlog", "run-" + n, now, hold, claimant -> false);
                })).toList();
                holders = claims.stream().map(claim -> {
                    try {
                        return claim.get();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).collect(Collectors.toSet());
            } finally {
                threads.shutdownNow();
            }
            assertEquals(1, holders.size(), "every launcher sees the one winner: " + holders);
            String winner = holders.iterator().next();
            assertEquals(winner, record.claimMaster("backlog", winner, now.plusSeconds(1), hold, claimant -> false),
                    "a retry keeps it");
            assertEquals(winner, record.claimMaster("backlog", "run-later", now.plusSeconds(60), hold, claimant -> false),
                    "held while its master may not show yet");
            assertEquals("run-later", record.claimMaster("backlog", "run-later", now.plus(hold).plusSeconds(1), hold,
                    claimant -> false), "a stale claim is taken over");
            assertEquals("run-later", record.claimMaster("backlog", "run-other", now.plus(hold).plusSeconds(2), hold,
                    claimant -> false), "the takeover is a claim of its own");
            assertEquals("run-next", record.claimMaster("backlog", "run-next", now.plus(hold).plusSeconds(3), hold,
                    claimant -> claimant.equals("run-later")), "a young claim whose master has ended is taken over");
        }
    }
}
