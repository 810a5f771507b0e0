package org.chartcoder.lifecycle;

import org.chartcoder.app.ChartIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.ec2.model.Instance;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Workers as EC2 instances run by Ansible. {@code master.yml} owns the run's fleet: it launches
 * the workers (tag chart-coder:run), resizes them by queue depth, waits for the drain and
 * terminates them, exiting 0 when the run drained. This class starts it under setsid nohup and
 * supervises it: progress lines ({@code chart-coder[run=...] ...}) for the heartbeat, exit code
 * and log tail into the run record. When it did not end drained (it failed, or was killed by the
 * dead-man timer), {@code teardown.yml} sweeps the workers (only: the master goes last, by its own
 * shutdown).
 */
public final class AnsibleFleet implements Fleet {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(AnsibleFleet.class);
    private static final int TAIL_LINES = 20;

    private final String runId;
    private final LifecycleSettings settings;
    private final Path logDir;
    private final RunRecord record;
    private final Ec2Instances ec2;
    private final Map<String, WorkerUsage> seen = new LinkedHashMap<>();
    private DetachedProcess playbook;
    private String playbookName;
    private boolean masterStarted;
    private int requested;
    private int playbooks;
    private String failure;
    private boolean drained;

    public AnsibleFleet(String runId, LifecycleSettings settings, Path logDir, RunRecord record, Ec2Instances ec2) {
        this.runId = runId;
        this.settings = settings;
        this.logDir = logDir;
        this.record = record;
        this.ec2 = ec2;
    }

    /** The first call starts master.yml, which resizes the fleet by queue depth on its own from then on. */
    @Override
    public synchronized void size(int count) throws IOException {
        requested = Math.max(requested, count);
        if (!masterStarted) {
            masterStarted = true;
            Map<String, String> vars = new LinkedHashMap<>();
            vars.put("charts_per_worker", Integer.toString(settings.chartsPerWorker()));
            vars.put("charts_per_job", Integer.toString(settings.chartsPerJob()));
            vars.put("min_workers", "1");
            vars.put("max_workers", Integer.toString(settings.maxWorkers()));
            vars.put("poll_interval_seconds", Long.toString(Math.max(1, settings.pollInterval().toSeconds())));
            vars.put("quiet_period_seconds", Long.toString(settings.quietPeriod().toSeconds()));
            vars.put("max_run_minutes", Long.toString(Math.max(1, settings.maxRun().toMinutes())));
            vars.put("run_id_pattern", ChartIds.RUN_ID_PATTERN);
            start("master.yml", vars);
        }
    }

    @Override
    public synchronized int size() {
        return requested;
    }

    @Override
    public void terminate(Duration grace) throws Exception {
        DetachedProcess running;
        synchronized (this) {
            running = playbook;
        }
        // master.yml terminates its workers itself when it sees the drain: give it the grace period
        if (running != null && !running.waitFor(grace)) {
            running.killGroup(Duration.ofSeconds(5));
        }
        synchronized (this) {
            checkPlaybook();
            if (drained) {
                // master.yml's last play already terminated the workers
                noteWorkers();
                return;
            }
            // workers only, and no waiting: the master is still alive, and the EC2 sweep follows
            start("teardown.yml", Map.of("sweep_roles", "[\"worker\"]", "sweep_wait", "false"));
            running = playbook;
        }
        if (!running.waitFor(grace.plusMinutes(5))) {
            running.killGroup(Duration.ofSeconds(5));
        }
        synchronized (this) {
            checkPlaybook();
            noteWorkers();
        }
    }

    @Override
    public synchronized void abort() throws InterruptedException {
        if (playbook != null) {
            LOG.warn("run {}: killing {} (process group {})", runId, playbookName, playbook.pid());
            playbook.killGroup(Duration.ofSeconds(5));
            checkPlaybook();
        }
    }

    @Override
    public synchronized boolean drained() {
        checkPlaybook();
        return drained;
    }

    @Override
    public synchronized Optional<String> failure() {
        checkPlaybook();
        // called every poll: keeps the workers' launch and end times for the summary
        noteWorkers();
        return Optional.ofNullable(failure);
    }

    @Override
    public synchronized String progress() {
        checkPlaybook();
        noteWorkers();
        String step = playbook == null ? "no playbook running"
                : playbookName + " pid " + playbook.pid() + " " + playbook.age().toSeconds() + "s: " + lastProgress();
        return seen.values().stream().filter(usage -> usage.end() == null).count() + " worker instances live; " + step;
    }

    /** master.yml's latest "chart-coder[run=...]" line, else Ansible's latest task. */
    private String lastProgress() {
        List<String> tail = playbook.logTail(200);
        for (int i = tail.size() - 1; i >= 0; i--) {
            int at = tail.get(i).indexOf("chart-coder[run=");
            if (at >= 0) {
                return tail.get(i).substring(at).replaceAll("\"\\s*$", "");
            }
        }
        return playbook.lastStep();
    }

    @Override
    public synchronized List<WorkerUsage> usage() {
        noteWorkers();
        return List.copyOf(seen.values());
    }

    private void noteWorkers() {
        List<Instance> live;
        try {
            live = ec2.ofRun(runId, "worker").stream()
                    .filter(instance -> MasterLaunchPlan.LIVE_STATES.contains(instance.state().nameAsString())).toList();
        } catch (RuntimeException e) {
            LOG.warn("run {}: cannot list worker instances: {}", runId, e.getClass().getSimpleName());
            return;
        }
        Set<String> liveIds = new HashSet<>();
        for (Instance instance : live) {
            liveIds.add(instance.instanceId());
            seen.putIfAbsent(instance.instanceId(), new WorkerUsage(instance.instanceId(),
                    instance.launchTime() == null ? Instant.now() : instance.launchTime(), null));
        }
        seen.replaceAll((id, usage) -> usage.end() == null && !liveIds.contains(id)
                ? new WorkerUsage(id, usage.start(), Instant.now()) : usage);
    }

    private void start(String name, Map<String, String> vars) throws IOException {
        List<String> command = new ArrayList<>(List.of(settings.ansiblePlaybookCommand()));
        if (!settings.ansibleInventory().isEmpty()) {
            command.addAll(List.of("-i", settings.ansibleInventory()));
        }
        command.add(settings.ansibleDir().resolve(name).toString());
        Map<String, String> all = new LinkedHashMap<>();
        all.put("run_id", runId);
        all.putAll(vars);
        // JSON form, so list values (sweep_roles) stay lists
        all.forEach((key, value) -> command.addAll(List.of("-e", "{\"" + key + "\": " + jsonValue(value) + "}")));
        for (String extra : settings.ansibleExtraVars()) {
            command.addAll(List.of("-e", extra));
        }
        playbooks++;
        playbookName = name;
        playbook = DetachedProcess.start(command, Path.of("."),
                logDir.resolve("ansible-" + playbooks + "-" + name.replace(".yml", "") + ".log"),
                logDir.resolve("ansible.pid"), Map.of("ANSIBLE_NOCOLOR", "1", "PYTHONUNBUFFERED", "1"));
        record.append(RunEvent.of(runId, "playbook.started", "playbook", name, "pid", playbook.pid(),
                "vars", vars, "log", playbook.logFile().toString()));
        LOG.info("run {}: {} started under nohup (pid {}, log {})", runId, name, playbook.pid(), playbook.logFile());
    }

    /** Numbers, booleans and JSON arrays (security group ids) as they are; anything else a JSON string. */
    static String jsonValue(String value) {
        if (value.matches("-?\\d+|true|false") || isJsonArray(value)) {
            return value;
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write an extra variable as JSON", e);
        }
    }

    private static boolean isJsonArray(String value) {
        try {
            return value.startsWith("[") && JSON.readTree(value).isArray();
        } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
            return false;
        }
    }

    private void checkPlaybook() {
        if (playbook == null || playbook.isAlive()) {
            return;
        }
        int exit = playbook.exitCode().orElseThrow();
        List<String> tail = playbook.logTail(TAIL_LINES);
        record.append(RunEvent.of(runId, "playbook.finished", "playbook", playbookName, "exitCode", exit,
                "seconds", playbook.age().toSeconds(), "logTail", tail));
        LOG.info("run {}: {} exited {} after {}s", runId, playbookName, exit, playbook.age().toSeconds());
        if ("master.yml".equals(playbookName)) {
            if (exit == 0) {
                drained = true;
            } else if (failure == null) {
                failure = "master.yml exited " + exit;
            }
        } else if (exit != 0) {
            LOG.warn("run {}: {} exited {}; the EC2 sweep follows", runId, playbookName, exit);
        }
        playbook = null;
    }
}
