package org.chartcoder.lifecycle;

import org.chartcoder.app.ChartBundle;
import org.chartcoder.app.ChartJob;
import org.chartcoder.app.ChartKeys;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The whole AWS lifecycle against moto_server: a CloudWatch-shaped alarm published to SNS reaches
 * the alarm queue, the controller launches the master instance, the test starts the master process
 * as that instance, the master runs ansible/master.yml, worker instances appear and the test starts
 * a worker process for each (moto runs no user data), the queue drains, the workers and then the
 * master are terminated. Prints the timings.
 */
class LifecycleMotoEndToEndTest {

    private static final String CHARTS_BATCH = "moto-e2e";
    private static final String ALARM = "chart-coder-backlog";
    private static final String BUCKET = "chart-coder-data-e2e";
    private static final int CHARTS = 6;

    /** Kept after the run (target/ is build output) so a failure can be read in the process logs. */
    private final Path work = Path.of("target", "e2e-moto").toAbsolutePath();

    private MotoServer moto;
    private final List<Process> processes = new ArrayList<>();
    private CamelContext controller;

    @BeforeEach
    void requireTools() throws Exception {
        Files.createDirectories(work);
        assumeTrue(Executables.onPath("moto_server").isPresent(), "moto_server is not installed: end-to-end test skipped");
        assumeTrue(Executables.onPath("ansible-playbook").isPresent(),
                "ansible-playbook is not installed (apt-get install ansible python3-boto3): end-to-end test skipped");
        moto = MotoServer.start(work.resolve("moto.log")).orElse(null);
        assumeTrue(moto != null, "moto_server did not start: end-to-end test skipped");
    }

    @AfterEach
    void stopEverything() throws Exception {
        for (Process process : processes) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        if (controller != null) {
            controller.stop();
        }
        if (moto != null) {
            moto.close();
        }
    }

    private <B extends AwsClientBuilder<B, C>, C> C client(B builder) {
        return builder.region(Region.US_EAST_1).endpointOverride(URI.create(moto.endpoint))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
                .build();
    }

    @Test
    void alarmToMasterToWorkersToDrainToNothingLeft() throws Exception {
        Ec2Client ec2 = client(Ec2Client.builder());
        SqsClient sqs = client(SqsClient.builder());
        SnsClient sns = client(SnsClient.builder());
        S3Client s3 = client(S3Client.builder().forcePathStyle(true));
        KmsClient kms = client(KmsClient.builder());

        String keyId = kms.createKey(builder -> builder.description("chart-coder e2e")).keyMetadata().keyId();
        s3.createBucket(builder -> builder.bucket(BUCKET));
        String dlqUrl = sqs.createQueue(builder -> builder.queueName("chart-coder-work-dlq")).queueUrl();
        String dlqArn = sqs.getQueueAttributes(builder -> builder.queueUrl(dlqUrl)
                .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
        String workUrl = sqs.createQueue(builder -> builder.queueName("chart-coder-work").attributes(Map.of(
                QueueAttributeName.REDRIVE_POLICY, "{\"maxReceiveCount\":\"3\",\"deadLetterTargetArn\":\"" + dlqArn + "\"}",
                QueueAttributeName.VISIBILITY_TIMEOUT, "30"))).queueUrl();
        String alarmQueueUrl = sqs.createQueue(builder -> builder.queueName("chart-coder-alarm")).queueUrl();
        sqs.createQueue(builder -> builder.queueName("chart-coder-alarm-dlq"));
        String alarmQueueArn = sqs.getQueueAttributes(builder -> builder.queueUrl(alarmQueueUrl)
                .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
        String topicArn = sns.createTopic(builder -> builder.name("chart-coder-alarm")).topicArn();
        sns.subscribe(builder -> builder.topicArn(topicArn).protocol("sqs").endpoint(alarmQueueArn));
        submitCharts(s3, sqs, workUrl, keyId);

        Properties properties = properties(keyId);
        startController(properties, ec2, s3, keyId);

        // CloudWatch publishes the alarm to SNS; SNS delivers the envelope to the alarm queue.
        Map<String, Instant> timings = new LinkedHashMap<>();
        Instant alarmTime = Instant.now();
        timings.put("alarm published", alarmTime);
        String envelope = new CloudWatchAlarmMessage(topicArn, "US East (N. Virginia)")
                .snsEnvelope(ALARM, "OK", "ALARM", alarmTime, "chart-coder-work", 1, CHARTS);
        String alarmJson = new ObjectMapper().readTree(envelope).get("Message").asText();
        sns.publish(builder -> builder.topicArn(topicArn).message(alarmJson)
                .subject("ALARM: \"" + ALARM + "\" in US East (N. Virginia)"));

        Instance master = waitFor(Duration.ofSeconds(60), () -> instances(ec2, "master").stream().findFirst().orElse(null));
        timings.put("master instance running", Instant.now());
        String runId = MasterLaunchPlan.tag(master, MasterLaunchPlan.RUN_TAG);
        assertEquals(1, instances(ec2, "master").size());

        // moto runs no user data: the test plays the master instance's boot, then each worker's.
        Process masterProcess = startJava(properties, "master", List.of("org.chartcoder.cli.ChartCoderCli", "master",
                "--run-id", runId, "--instance-id", master.instanceId(), "--profile", "aws",
                "--data-dir", work.resolve("master").toString()));
        timings.put("master process started", Instant.now());
        Map<String, Process> workers = new ConcurrentHashMap<>();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (masterProcess.isAlive() && Instant.now().isBefore(deadline)) {
            emulateWorkerInstances(ec2, runId, properties, workers, timings);
            if (!timings.containsKey("first result") && results(s3) > 0) {
                timings.put("first result", Instant.now());
            }
            Thread.sleep(500);
        }
        assertTrue(masterProcess.waitFor(10, TimeUnit.SECONDS), "the master process ended within the deadline");
        timings.put("master process exited (torn down)", Instant.now());
        emulateWorkerInstances(ec2, runId, properties, workers, timings);

        S3RunRecord record = new S3RunRecord(s3, BUCKET, keyId);
        for (RunEvent event : record.events(runId)) {
            if (List.of("master.started", "playbook.started", "drained", "run.summary").contains(event.event())) {
                timings.putIfAbsent("record: " + event.event(), event.time());
            }
        }
        printTimings(timings, alarmTime, runId);
        String masterLog = Files.readString(work.resolve("master.log"));
        assertEquals(0, masterProcess.exitValue(), "master exit code; log tail:\n" + tail(masterLog));
        assertEquals(CHARTS, results(s3), "every chart coded once");
        assertTrue(workers.size() >= 1, "worker instances appeared");
        List<Instance> left = ec2.describeInstances().reservations().stream().flatMap(r -> r.instances().stream())
                .filter(instance -> !"terminated".equals(instance.state().nameAsString())).toList();
        assertEquals(List.of(), left.stream().map(Instance::instanceId).toList(), "no instance left running");
        List<String> events = record.events(runId).stream().map(RunEvent::event).toList();
        assertTrue(events.containsAll(List.of("alarm.received", "master.launched", "master.started", "playbook.started",
                "playbook.finished", "drained", "workers.terminated", "swept", "run.summary", "master.shutdown")),
                events.toString());
        assertTrue(record.summaryJson(runId).orElseThrow().contains("\"status\" : \"drained\""));
    }

    private Properties properties(String keyId) {
        Properties properties = new Properties();
        properties.put("chartcoder.aws.region", "us-east-1");
        properties.put("chartcoder.aws.accessKeyId", "testing");
        properties.put("chartcoder.aws.secretAccessKey", "testing");
        properties.put("chartcoder.aws.endpoint", moto.endpoint);
        properties.put("chartcoder.sqs.endpoint", moto.endpoint);
        properties.put("chartcoder.s3.endpoint", moto.endpoint);
        properties.put("chartcoder.s3.pathStyle", "true");
        properties.put("chartcoder.bucket", BUCKET);
        properties.put("chartcoder.s3.encryption", "kms");
        properties.put("chartcoder.s3.useKmsKey", "true");
        properties.put("chartcoder.s3.kmsKeyId", keyId);
        properties.put("chartcoder.queue.work", "chart-coder-work");
        properties.put("chartcoder.queue.deadLetter", "chart-coder-work-dlq");
        properties.put("chartcoder.worker.visibilityTimeout", "30");
        properties.put("chartcoder.lifecycle.alarm-name", ALARM);
        properties.put("chartcoder.lifecycle.alarm-queue-uri", "aws2-sqs:chart-coder-alarm?amazonSQSClient=#alarmSqs&waitTimeSeconds=1");
        properties.put("chartcoder.lifecycle.alarm-dlq-uri", "aws2-sqs:chart-coder-alarm-dlq?amazonSQSClient=#alarmSqs");
        properties.put("chartcoder.lifecycle.master.ami", "ami-1e749f67");
        properties.put("chartcoder.lifecycle.master.instance-type", "t3.micro");
        properties.put("chartcoder.lifecycle.ansible.dir", Path.of("ansible").toAbsolutePath().toString());
        properties.put("chartcoder.lifecycle.ansible.inventory", Path.of("ansible/inventories/moto").toAbsolutePath().toString());
        properties.put("chartcoder.lifecycle.ansible.extra-vars", "data_bucket_name=" + BUCKET + ",kms_key_id=" + keyId
                + ",charts_per_worker=3,worker_instance_profile=");
        properties.put("chartcoder.lifecycle.charts-per-worker", "3");
        properties.put("chartcoder.lifecycle.max-workers", "2");
        properties.put("chartcoder.lifecycle.poll-seconds", "1");
        properties.put("chartcoder.lifecycle.quiet-seconds", "4");
        properties.put("chartcoder.lifecycle.heartbeat-seconds", "5");
        properties.put("chartcoder.lifecycle.max-run-minutes", "4");
        properties.put("chartcoder.lifecycle.worker-stop-grace-seconds", "30");
        properties.put("chartcoder.lifecycle.self-terminate", "true");
        // this machine is not the master instance: no shutdown, no delayed operating-system shutdown
        properties.put("chartcoder.lifecycle.shutdown-command", "");
        properties.put("chartcoder.lifecycle.os-deadman-command", "");
        return properties;
    }

    private void startController(Properties properties, Ec2Client ec2, S3Client s3, String keyId) throws Exception {
        controller = new DefaultCamelContext();
        controller.getPropertiesComponent().setOverrideProperties(properties);
        controller.getRegistry().bind("alarmSqs", client(SqsClient.builder()));
        LauncherContext.bind(controller.getRegistry(), new LifecycleSettings(LauncherContext.lookup(controller)), ec2,
                new S3RunRecord(s3, BUCKET, keyId));
        controller.addRoutes(new ControllerRoutes(true));
        controller.addRoutes(new Ec2MasterLaunchRoutes());
        controller.start();
    }

    /** One chart per chunk, so that the fleet is sized by jobs as it would be by charts. */
    private void submitCharts(S3Client s3, SqsClient sqs, String workUrl, String keyId) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        for (int i = 1; i <= CHARTS; i++) {
            String chartId = "chart-" + i;
            byte[] text = ("Assessment: type 2 diabetes mellitus and essential hypertension. Chart " + i + ".")
                    .getBytes(StandardCharsets.UTF_8);
            String chunkId = ChartKeys.chunkId(i);
            byte[] bundle = ChartBundle.write(List.of(ChartBundle.Chart.of(chartId, text)));
            String key = ChartKeys.chunk(CHARTS_BATCH, chunkId);
            s3.putObject(builder -> builder.bucket(BUCKET).key(key).serverSideEncryption(ServerSideEncryption.AWS_KMS)
                    .ssekmsKeyId(keyId), RequestBody.fromBytes(bundle));
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bundle));
            String job = mapper.writeValueAsString(ChartJob.of(CHARTS_BATCH, chunkId, sha256, List.of(chartId)));
            sqs.sendMessage(builder -> builder.queueUrl(workUrl).messageBody(job));
        }
    }

    /** Starts a worker process for each new worker instance of the run and stops those whose instance ended. */
    private void emulateWorkerInstances(Ec2Client ec2, String runId, Properties properties, Map<String, Process> workers,
                                        Map<String, Instant> timings) throws Exception {
        List<Instance> all = ec2.describeInstances(MasterLaunchPlan.instancesOfRun(runId, "worker")).reservations()
                .stream().flatMap(r -> r.instances().stream()).toList();
        for (Instance instance : all) {
            if (MasterLaunchPlan.LIVE_STATES.contains(instance.state().nameAsString())
                    && !workers.containsKey(instance.instanceId())) {
                timings.putIfAbsent("first worker instance", Instant.now());
                workers.put(instance.instanceId(), startJava(properties, "worker-" + instance.instanceId(),
                        List.of("org.chartcoder.cli.ChartCoderCli", "worker", "--profile", "aws")));
            }
        }
        for (Map.Entry<String, Process> worker : workers.entrySet()) {
            boolean live = all.stream().anyMatch(instance -> instance.instanceId().equals(worker.getKey())
                    && MasterLaunchPlan.NOT_TERMINATED.contains(instance.state().nameAsString()));
            if (!live && worker.getValue().isAlive()) {
                worker.getValue().destroy();
                timings.putIfAbsent("first worker instance terminated", Instant.now());
            }
        }
    }

    private Process startJava(Properties properties, String name, List<String> mainAndArgs) throws Exception {
        List<String> command = new ArrayList<>(List.of(Executables.currentJava(), "-Xmx512m",
                "-cp", testClassPath()));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(mainAndArgs);
        Files.writeString(work.resolve(name + ".command"), String.join(" ", command));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".log").toFile());
        builder.environment().put("MOTO_ENDPOINT_URL", moto.endpoint);
        builder.environment().put("CHARTCODER_PROFILE", "aws");
        Process process = builder.start();
        processes.add(process);
        return process;
    }

    /**
     * The test class path without empty entries: an empty entry means the working directory, the
     * project root, whose routes/ would then be loaded a second time next to the copy in target/classes.
     */
    static String testClassPath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.isBlank()).collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    private static List<Instance> instances(Ec2Client ec2, String role) {
        return ec2.describeInstances(builder -> builder.filters(
                        f -> f.name("tag:" + MasterLaunchPlan.ROLE_TAG).values(role),
                        f -> f.name("instance-state-name").values(MasterLaunchPlan.LIVE_STATES)))
                .reservations().stream().flatMap(r -> r.instances().stream()).toList();
    }

    /** Result objects: one per chunk, and each chunk holds one chart here. */
    private static long results(S3Client s3) {
        return s3.listObjectsV2(builder -> builder.bucket(BUCKET).prefix("results/")).keyCount();
    }

    private interface Probe<T> {
        T get() throws Exception;
    }

    private static <T> T waitFor(Duration timeout, Probe<T> probe) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("nothing within " + timeout);
    }

    private static void printTimings(Map<String, Instant> timings, Instant alarm, String runId) {
        System.out.println("lifecycle timings against moto (run " + runId + "), seconds after the alarm:");
        timings.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(entry -> System.out.printf("  %-36s %6.1f%n", entry.getKey(),
                Duration.between(alarm, entry.getValue()).toMillis() / 1000.0));
    }

    private static String tail(String log) {
        String[] lines = log.split("\n");
        return String.join("\n", java.util.Arrays.copyOfRange(lines, Math.max(0, lines.length - 40), lines.length));
    }
}
