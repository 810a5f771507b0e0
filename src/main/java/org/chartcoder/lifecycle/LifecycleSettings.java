package org.chartcoder.lifecycle;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;

/**
 * The lifecycle's settings, read from properties named {@code chartcoder.lifecycle.*} (camel-main's
 * application.properties, its profiles and environment overrides); defaults suit local mode.
 */
public final class LifecycleSettings {

    public static final String PREFIX = "chartcoder.lifecycle.";

    private final Function<String, String> lookup;

    public LifecycleSettings(Function<String, String> lookup) {
        this.lookup = lookup;
    }

    public static LifecycleSettings of(Properties properties) {
        return new LifecycleSettings(properties::getProperty);
    }

    /** Name of the CloudWatch alarm whose transition to ALARM starts a run. */
    public String alarmName() {
        return text("alarm-name", "chart-coder-backlog");
    }

    /** A fixed run id (tests, manual runs); otherwise derived from the alarm and its state change time. */
    public String fixedRunId() {
        return text("run-id", "");
    }

    /** Older ALARM notifications (late redeliveries) are recorded and ignored. */
    public Duration alarmMaxAge() {
        return minutes("alarm-max-age-minutes", 120);
    }

    public String masterAmi() {
        return text("master.ami", "");
    }

    public String masterInstanceType() {
        return text("master.instance-type", "t3.small");
    }

    public String masterSubnetId() {
        return text("master.subnet-id", "");
    }

    public List<String> masterSecurityGroupIds() {
        return list("master.security-group-ids");
    }

    /** Instance profile name or ARN of the master (it needs EC2, SQS, S3 and KMS permissions). */
    public String masterInstanceProfile() {
        return text("master.instance-profile", "");
    }

    /** A user-data template file; {@code @RUN_ID@}, {@code @ALARM_NAME@}, {@code @ARTIFACTS_URI@} are replaced. */
    public String masterUserDataFile() {
        return text("master.user-data-file", "");
    }

    /** Where the master's user data downloads the jar and the ansible/ directory from (s3://bucket/dist). */
    public String artifactsUri() {
        return text("artifacts-uri", "");
    }

    /** Dead-man timer: the master shuts down after this long whatever Ansible is doing. */
    public Duration maxRun() {
        return minutes("max-run-minutes", 120);
    }

    /** Charts a job carries at most (intake's chunk bound): queue depth counts jobs, sizing counts charts. */
    public int chartsPerJob() {
        String value = raw("chartcoder.chunk.maxCharts");
        return value == null || value.isBlank() ? 1 : Math.max(1, Integer.parseInt(value.trim()));
    }

    public int chartsPerWorker() {
        return Math.max(1, integer("charts-per-worker", 1000));
    }

    public int maxWorkers() {
        return Math.max(1, integer("max-workers", 4));
    }

    /** The queue must stay empty (visible and in flight) this long before the run is declared drained. */
    public Duration quietPeriod() {
        return seconds("quiet-seconds", 60);
    }

    /** Work waiting this long with no master working gets a run of its own (the level-triggered check). */
    public Duration reconcilePeriod() {
        return seconds("reconcile-seconds", 30);
    }

    public Duration pollInterval() {
        return seconds("poll-seconds", 5);
    }

    public Duration heartbeatInterval() {
        return seconds("heartbeat-seconds", 30);
    }

    /** A live master whose last heartbeat is older than this is silent: the scheduled check ends its run. */
    public Duration masterSilence() {
        return minutes("master-silent-minutes", 10);
    }

    /** How long a launcher's claim of the master keeps other launchers off while its master shows up in EC2. */
    public Duration masterClaimHold() {
        return seconds("master-claim-seconds", 180);
    }

    /** Grace a worker gets to finish its current chart after the stop signal. */
    public Duration workerStopGrace() {
        return seconds("worker-stop-grace-seconds", 120);
    }

    public double masterHourlyPrice() {
        return decimal("price.master-per-hour", 0.0208);
    }

    public double workerHourlyPrice() {
        return decimal("price.worker-per-hour", 0.0832);
    }

    /** Run when the master is done; on EC2 "sudo shutdown -h now" terminates the instance. Empty: none. */
    public String shutdownCommand() {
        return text("shutdown-command", "");
    }

    public String ansiblePlaybookCommand() {
        return text("ansible.playbook-command", "ansible-playbook");
    }

    public Path ansibleDir() {
        return Path.of(text("ansible.dir", "ansible"));
    }

    public String ansibleInventory() {
        return text("ansible.inventory", "");
    }

    /** Extra variables passed to every playbook as -e key=value (endpoint URLs, region...), comma-separated. */
    public List<String> ansibleExtraVars() {
        return list("ansible.extra-vars");
    }

    /** Any setting by its full name (chartcoder.bucket...), null when unset. */
    public String raw(String fullKey) {
        return lookup.apply(fullKey);
    }

    public String text(String key, String fallback) {
        String value = lookup.apply(PREFIX + key);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    public List<String> list(String key) {
        String value = text(key, "");
        return value.isEmpty() ? List.of()
                : Arrays.stream(value.split("[,\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * A setting of command-line words separated by white space. Only white space: JVM options carry
     * commas of their own ({@code -XX:StartFlightRecording=filename=f.jfr,settings=profile}).
     */
    public List<String> words(String key) {
        String value = text(key, "");
        return value.isEmpty() ? List.of() : Arrays.asList(value.split("\\s+"));
    }

    private int integer(String key, int fallback) {
        return Integer.parseInt(text(key, Integer.toString(fallback)));
    }

    private double decimal(String key, double fallback) {
        return Double.parseDouble(text(key, Double.toString(fallback)));
    }

    private Duration minutes(String key, double fallback) {
        return Duration.ofMillis(Math.round(decimal(key, fallback) * 60_000));
    }

    private Duration seconds(String key, double fallback) {
        return Duration.ofMillis(Math.round(decimal(key, fallback) * 1000));
    }
}
