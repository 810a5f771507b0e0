package org.chartcoder.lifecycle;

import software.amazon.awssdk.services.ec2.model.DescribeInstancesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.HttpTokensState;
import software.amazon.awssdk.services.ec2.model.IamInstanceProfileSpecification;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceMetadataEndpointState;
import software.amazon.awssdk.services.ec2.model.InstanceMetadataOptionsRequest;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;
import software.amazon.awssdk.services.ec2.model.ShutdownBehavior;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * The EC2 requests of the lifecycle: find a run's instances by tag, launch its master. The master
 * is launched with IMDSv2 required and shutdown behaviour terminate, so its final {@code shutdown}
 * removes it; the client token makes a repeated launch of the same run return the same instance.
 */
public final class MasterLaunchPlan {

    public static final String ROLE_TAG = "chart-coder:role";
    public static final String RUN_TAG = "chart-coder:run";
    public static final String ALARM_TAG = "chart-coder:alarm";
    public static final String MASTER = "master";
    public static final List<String> LIVE_STATES = List.of("pending", "running");
    public static final List<String> NOT_TERMINATED = List.of("pending", "running", "stopping", "stopped");

    private final LifecycleSettings settings;

    public MasterLaunchPlan(LifecycleSettings settings) {
        this.settings = settings;
    }

    /** Pending or running masters started for this alarm, whatever their run. */
    public DescribeInstancesRequest liveMasters(String alarmName) {
        return DescribeInstancesRequest.builder().filters(
                tagFilter(ROLE_TAG, MASTER),
                tagFilter(ALARM_TAG, alarmName),
                Filter.builder().name("instance-state-name").values(LIVE_STATES).build()).build();
    }

    /** Every instance of a run that is not terminated yet (the safety-net sweep). */
    public static DescribeInstancesRequest instancesOfRun(String runId, String role) {
        DescribeInstancesRequest.Builder request = DescribeInstancesRequest.builder();
        Filter state = Filter.builder().name("instance-state-name").values(NOT_TERMINATED).build();
        return role == null ? request.filters(tagFilter(RUN_TAG, runId), state).build()
                : request.filters(tagFilter(RUN_TAG, runId), tagFilter(ROLE_TAG, role), state).build();
    }

    /** The master of a run in any state, terminated included (EC2 lists those for about an hour). */
    public static DescribeInstancesRequest masterOfRun(String runId) {
        return DescribeInstancesRequest.builder().filters(tagFilter(RUN_TAG, runId), tagFilter(ROLE_TAG, MASTER)).build();
    }

    /** Live workers of any run: the reconcile check looks for runs whose master is gone. */
    public static DescribeInstancesRequest workersOfAnyRun() {
        return DescribeInstancesRequest.builder().filters(
                tagFilter(ROLE_TAG, "worker"),
                Filter.builder().name("tag-key").values(RUN_TAG).build(),
                Filter.builder().name("instance-state-name").values(NOT_TERMINATED).build()).build();
    }

    /**
     * When a master launched at {@code launchTime} must be gone: its OS dead-man
     * ({@code shutdown -h +N} armed first by its user data) fires at max-run + 15 minutes.
     */
    public Instant deadline(Instant launchTime) {
        return launchTime.plus(Duration.ofMinutes(deadmanMinutes()));
    }

    private long deadmanMinutes() {
        // the OS dead-man fires after Java's own timer (max run) and its teardown had their chance
        return settings.maxRun().toMinutes() + 15;
    }

    public static List<Instance> instances(DescribeInstancesResponse response) {
        return response.reservations().stream().flatMap(reservation -> reservation.instances().stream()).toList();
    }

    public static String tag(Instance instance, String key) {
        return instance.tags().stream().filter(tag -> key.equals(tag.key())).map(Tag::value).findFirst().orElse(null);
    }

    public RunInstancesRequest launch(String runId, AlarmNotification alarm) {
        if (settings.masterAmi().isEmpty()) {
            throw new IllegalStateException("chartcoder.lifecycle.master.ami is not set");
        }
        List<Tag> tags = List.of(
                Tag.builder().key("Name").value("chart-coder-master-" + runId).build(),
                Tag.builder().key(ROLE_TAG).value(MASTER).build(),
                Tag.builder().key(RUN_TAG).value(runId).build(),
                Tag.builder().key(ALARM_TAG).value(alarm.alarmName()).build());
        RunInstancesRequest.Builder request = RunInstancesRequest.builder()
                .imageId(settings.masterAmi())
                .instanceType(settings.masterInstanceType())
                .minCount(1)
                .maxCount(1)
                .clientToken(clientToken(runId))
                .instanceInitiatedShutdownBehavior(ShutdownBehavior.TERMINATE)
                .metadataOptions(InstanceMetadataOptionsRequest.builder()
                        .httpTokens(HttpTokensState.REQUIRED)
                        .httpEndpoint(InstanceMetadataEndpointState.ENABLED)
                        .build())
                .tagSpecifications(
                        TagSpecification.builder().resourceType(ResourceType.INSTANCE).tags(tags).build(),
                        TagSpecification.builder().resourceType(ResourceType.VOLUME).tags(tags).build())
                .userData(Base64.getEncoder().encodeToString(
                        userData(runId, alarm.alarmName()).getBytes(StandardCharsets.UTF_8)));
        if (!settings.masterSubnetId().isEmpty()) {
            request.subnetId(settings.masterSubnetId());
        }
        if (!settings.masterSecurityGroupIds().isEmpty()) {
            request.securityGroupIds(settings.masterSecurityGroupIds());
        }
        String profile = settings.masterInstanceProfile();
        if (!profile.isEmpty()) {
            request.iamInstanceProfile(profile.startsWith("arn:")
                    ? IamInstanceProfileSpecification.builder().arn(profile).build()
                    : IamInstanceProfileSpecification.builder().name(profile).build());
        }
        return request.build();
    }

    String userData(String runId, String alarmName) {
        return template()
                .replace("@RUN_ID@", runId)
                .replace("@ALARM_NAME@", alarmName)
                .replace("@ARTIFACTS_URI@", settings.artifactsUri())
                .replace("@DEADMAN_MINUTES@", Long.toString(deadmanMinutes()))
                .replace("@MASTER_ENVIRONMENT@", masterEnvironment());
    }

    /** Settings the master inherits from the launcher, as shell exports (CHARTCODER_BUCKET=...). */
    private String masterEnvironment() {
        StringBuilder exports = new StringBuilder();
        for (String key : INHERITED) {
            String value = settings.raw(key);
            if (value != null && !value.isBlank()) {
                exports.append("export ").append(key.toUpperCase(java.util.Locale.ROOT).replaceAll("[.-]", "_"))
                        .append("='").append(value.replace("'", "'\\''")).append("'\n");
            }
        }
        return exports.toString();
    }

    /**
     * The launcher's settings the master needs. chartcoder.aws.endpoint is empty on AWS; an emulator
     * deployment (the rehearsal on moto) sets it so the master's clients reach the same endpoint.
     */
    private static final List<String> INHERITED = List.of("chartcoder.aws.region", "chartcoder.aws.endpoint",
            "chartcoder.bucket", "chartcoder.s3.kmsKeyId", "chartcoder.queue.work", "chartcoder.queue.deadLetter",
            "chartcoder.chunk.maxCharts", "chartcoder.lifecycle.charts-per-worker", "chartcoder.lifecycle.max-workers",
            "chartcoder.lifecycle.max-run-minutes", "chartcoder.lifecycle.quiet-seconds",
            "chartcoder.lifecycle.poll-seconds", "chartcoder.lifecycle.heartbeat-seconds",
            "chartcoder.lifecycle.worker-stop-grace-seconds", "chartcoder.lifecycle.ansible.extra-vars");

    private String template() {
        try {
            String file = settings.masterUserDataFile();
            if (!file.isEmpty()) {
                return Files.readString(Path.of(file));
            }
            try (InputStream in = MasterLaunchPlan.class.getResourceAsStream("/lifecycle/master-user-data.sh")) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the master user-data template", e);
        }
    }

    /** EC2 client tokens are at most 64 ASCII characters. */
    static String clientToken(String runId) {
        String token = "chart-coder-master-" + runId;
        return token.length() <= 64 ? token : token.substring(token.length() - 64);
    }

    private static Filter tagFilter(String key, String value) {
        return Filter.builder().name("tag:" + key).values(value).build();
    }
}
