package org.chartcoder.lifecycle;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.chartcoder.runtime.AwsClients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The master of one run, as the master instance's user data starts it: supervises Ansible
 * ({@link AnsibleFleet}) until the work queue drains or the dead-man timer fires, sweeps the run's
 * instances, writes the run summary, then shuts the instance down.
 */
public final class MasterProcess {

    private static final Logger LOG = LoggerFactory.getLogger(MasterProcess.class);

    /** The lifecycle roles serve no API, load no engine and run no user routes. */
    public static final Map<String, String> ROLE_SETTINGS = Map.of(
            "camel.server.enabled", "false",
            "camel.ssl.enabled", "false",
            "camel.main.routesCollectorEnabled", "false",
            "chartcoder.worker.enabled", "false",
            "chartcoder.index.store", "none");

    private MasterProcess() {
    }

    /** Builds the master of a run from the context's configuration and runs it to the end. */
    public static RunSummary run(CamelContext context, String runId, String instanceId, Path dataDir) throws Exception {
        long started = System.nanoTime();
        Function<String, String> lookup = LauncherContext.lookup(context);
        LifecycleSettings settings = new LifecycleSettings(lookup);
        AwsClients clients = new AwsClients(lookup);
        if (context.getRegistry().lookupByName("ec2Client") == null) {
            context.getRegistry().bind("ec2Client", clients.ec2());
        }
        ProducerTemplate producer = context.createProducerTemplate();
        Ec2Instances ec2 = new Ec2Instances(producer);
        S3Client s3 = clients.s3();
        SqsClient sqs = clients.sqs();
        String bucket = lookup.apply("chartcoder.bucket");
        RunRecord record = "file".equals(settings.text("run-record", "s3")) ? new FileRunRecord(dataDir)
                : new S3RunRecord(s3, bucket, lookup.apply("chartcoder.s3.kmsKeyId"));
        QueueDepth work = QueueDepth.of(sqs, sqs.getQueueUrl(b -> b.queueName(lookup.apply("chartcoder.queue.work"))).queueUrl());
        LOG.info("master of run {}: AWS clients and queues ready in {} ms", runId, (System.nanoTime() - started) / 1_000_000);
        armOperatingSystemDeadMan(settings);
        AnsibleFleet fleet = new AnsibleFleet(runId, settings, dataDir.resolve("runs").resolve(runId), record, ec2);
        String self = instanceId;
        MasterRun master = new MasterRun(runId, settings, work, ChartCounts.since(Instant.now(), s3, bucket),
                fleet, id -> ec2.sweep(id, self), record, id -> shutDown(settings, ec2, self), instanceId);
        return master.run();
    }

    /**
     * A second dead-man outside this JVM: the operating system's own delayed shutdown, so the
     * instance goes away even if this process dies before its timer fires.
     */
    private static void armOperatingSystemDeadMan(LifecycleSettings settings) throws Exception {
        String command = settings.text("os-deadman-command", "");
        if (!command.isEmpty()) {
            long minutes = settings.maxRun().toMinutes() + 10;
            exec(command.replace("@MINUTES@", Long.toString(minutes)));
            LOG.info("operating-system dead-man armed: shutdown in {} min", minutes);
        }
    }

    private static void shutDown(LifecycleSettings settings, Ec2Instances ec2, String instanceId) throws Exception {
        if (instanceId != null && Boolean.parseBoolean(settings.text("self-terminate", "false"))) {
            ec2.terminate(List.of(instanceId));
            LOG.info("master instance {} terminated", instanceId);
        }
        if (!settings.shutdownCommand().isEmpty()) {
            exec(settings.shutdownCommand());
        }
    }

    private static void exec(String command) throws Exception {
        Process process = new ProcessBuilder("sh", "-c", command).inheritIO().start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
