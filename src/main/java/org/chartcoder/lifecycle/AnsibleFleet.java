package org.chartcoder.lifecycle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.ec2.model.Instance;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Workers as EC2 instances managed by Ansible: {@code master.yml} sizes the run's workers (by run
 * tag) and {@code teardown.yml} removes them, each run under setsid nohup and supervised (exit
 * code, log tail into the run record). One playbook at a time; a resize asked for while one runs is
 * applied when it ends. A playbook that fails fails the run.
 */
public final class AnsibleFleet implements Fleet {

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
    private int requested;
    private int applied;
    private int playbooks;
    private String failure;

    public AnsibleFleet(String runId, LifecycleSettings settings, Path logDir, RunRecord record, Ec2Instances ec2) {
        this.runId = runId;
        this.settings = settings;
        this.logDir = logDir;
        this.record = record;
        this.ec2 = ec2;
    }

    @Override
    public synchronized void size(int count) throws IOException {
        requested = Math.max(requested, count);
        checkPlaybook();
        if (failure == null && playbook == null && requested > applied) {
            applied = requested;
            start("master.yml", Map.of("worker_count", Integer.toString(applied)));
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
        if (running != null && !running.waitFor(grace)) {
            running.killGroup(Duration.ofSeconds(5));
        }
        synchronized (this) {
            checkPlaybook();
            start("teardown.yml", Map.of());
            running = playbook;
        }
        if (!running.waitFor(grace.plusMinutes(5))) {
            running.killGroup(Duration.ofSeconds(5));
        }
        synchronized (this) {
            checkPlaybook();
        }
    }

    @Override
    public synchronized void abort() throws InterruptedException {
        if (playbook != null) {
            LOG.warn("run {}: killing {} (pid {})", runId, playbookName, playbook.pid());
            playbook.killGroup(Duration.ofSeconds(5));
            checkPlaybook();
        }
    }

    @Override
    public synchronized Optional<String> failure() {
        checkPlaybook();
        return Optional.ofNullable(failure);
    }

    @Override
    public synchronized String progress() {
        checkPlaybook();
        noteWorkers();
        String step = playbook == null ? "no playbook running" : playbookName + " pid " + playbook.pid() + " "
                + playbook.age().toSeconds() + "s: " + playbook.lastStep();
        return seen.values().stream().filter(usage -> usage.end() == null).count() + " worker instances live; " + step;
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
        Set<String> liveIds = new java.util.HashSet<>();
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
        all.put("max_workers", Integer.toString(settings.maxWorkers()));
        all.putAll(vars);
        all.forEach((key, value) -> command.addAll(List.of("-e", key + "=" + value)));
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

    private void checkPlaybook() {
        if (playbook == null || playbook.isAlive()) {
            return;
        }
        int exit = playbook.exitCode().orElseThrow();
        List<String> tail = playbook.logTail(TAIL_LINES);
        record.append(RunEvent.of(runId, "playbook.finished", "playbook", playbookName, "exitCode", exit,
                "seconds", playbook.age().toSeconds(), "logTail", tail));
        LOG.info("run {}: {} exited {} after {}s", runId, playbookName, exit, playbook.age().toSeconds());
        if (exit != 0 && failure == null) {
            failure = playbookName + " exited " + exit;
        }
        playbook = null;
    }
}
