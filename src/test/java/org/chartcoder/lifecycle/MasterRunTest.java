package org.chartcoder.lifecycle;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.model.Tag;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Master supervision with a fake ansible-playbook (a shell script): hang, failure, and a clean drain. */
class MasterRunTest {

    private static final String RUN = "backlog-20300302T0800Z";

    @TempDir
    Path dir;

    private final RecordingEc2Client ec2 = new RecordingEc2Client();
    private final AtomicInteger shutdowns = new AtomicInteger();
    private CamelContext camel;
    private Ec2Instances instances;
    private RunRecord record;

    @BeforeEach
    void start() throws Exception {
        camel = new DefaultCamelContext();
        camel.getRegistry().bind("ec2Client", ec2);
        camel.start();
        ProducerTemplate producer = camel.createProducerTemplate();
        instances = new Ec2Instances(producer);
        record = new FileRunRecord(dir.resolve("data"));
        for (String id : List.of("i-w1", "i-w2")) {
            ec2.add(id, "running", Tag.builder().key(MasterLaunchPlan.RUN_TAG).value(RUN).build(),
                    Tag.builder().key(MasterLaunchPlan.ROLE_TAG).value("worker").build());
        }
        ec2.add("i-master", "running", Tag.builder().key(MasterLaunchPlan.RUN_TAG).value(RUN).build(),
                Tag.builder().key(MasterLaunchPlan.ROLE_TAG).value("master").build());
    }

    @AfterEach
    void stop() {
        camel.stop();
    }

    /** A fake ansible-playbook: master.yml does what MODE says, teardown.yml succeeds. */
    private Path fakePlaybook(String masterBehaviour) throws Exception {
        Path script = dir.resolve("fake-ansible-playbook");
        Files.writeString(script, String.join("\n",
                "#!/bin/bash",
                "case \"$*\" in",
                "  *teardown.yml*) echo 'PLAY [teardown] ***'; echo 'TASK [terminate workers] ***'; exit 0 ;;",
                "esac",
                "echo 'PLAY [master] ***'",
                "echo 'TASK [launch workers] ***'",
                masterBehaviour,
                ""));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    private LifecycleSettings settings(Path playbook, String maxRunMinutes) {
        Properties properties = new Properties();
        properties.put("chartcoder.lifecycle.alarm-name", "backlog");
        properties.put("chartcoder.lifecycle.ansible.playbook-command", playbook == null ? "" : playbook.toString());
        properties.put("chartcoder.lifecycle.ansible.dir", dir.resolve("ansible").toString());
        properties.put("chartcoder.lifecycle.max-run-minutes", maxRunMinutes);
        properties.put("chartcoder.lifecycle.poll-seconds", "0.2");
        properties.put("chartcoder.lifecycle.quiet-seconds", "1");
        properties.put("chartcoder.lifecycle.worker-stop-grace-seconds", "5");
        properties.put("chartcoder.lifecycle.charts-per-worker", "10");
        properties.put("chartcoder.lifecycle.max-workers", "3");
        return LifecycleSettings.of(properties);
    }

    private MasterRun master(LifecycleSettings settings, QueueDepth queue, ChartCounts counts, Fleet fleet) {
        return new MasterRun(RUN, settings, queue, counts, fleet, runId -> instances.sweep(runId, "i-master"), record,
                runId -> shutdowns.incrementAndGet(), "i-master");
    }

    @Test
    void aHangingPlaybookTripsTheDeadManTimerAndItsProcessGroupIsKilled() throws Exception {
        Path childPid = dir.resolve("child.pid");
        Path playbook = fakePlaybook("sleep 600 & echo $! > " + childPid + "\nwait");
        LifecycleSettings settings = settings(playbook, "0.1");
        AnsibleFleet fleet = new AnsibleFleet(RUN, settings, dir.resolve("logs"), record, instances);

        long started = System.nanoTime();
        RunSummary summary = master(settings, () -> new QueueDepth.Depth(25, 0), () -> new ChartCounts.Counts(0, 0, 0),
                fleet).run();
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertEquals("timed-out", summary.status());
        assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0, "the timer fired after 6 s, took " + took);
        long hungPid = Long.parseLong(Files.readString(childPid).trim());
        // the orphaned child is reaped by init, which may take a moment after the KILL
        long reaped = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (ProcessHandle.of(hungPid).map(ProcessHandle::isAlive).orElse(false) && System.nanoTime() < reaped) {
            Thread.sleep(50);
        }
        assertFalse(ProcessHandle.of(hungPid).map(ProcessHandle::isAlive).orElse(false),
                "the playbook's child was killed with its process group");
        List<String> events = record.events(RUN).stream().map(RunEvent::event).toList();
        assertTrue(events.containsAll(List.of("master.started", "workers.sized", "playbook.started", "deadman.tripped",
                "run.failed", "workers.terminated", "swept", "run.summary", "master.shutdown")), events.toString());
        assertEquals(1, shutdowns.get());
        assertEquals(1, ec2.live(), "only the master is left; its shutdown removes it");
        assertTrue(record.summaryJson(RUN).orElseThrow().contains("\"status\" : \"timed-out\""));
    }

    @Test
    void aFailingPlaybookFailsTheRunAndTheWorkersAreSwept() throws Exception {
        Path playbook = fakePlaybook("echo 'fatal: [localhost]: FAILED! => {\"msg\": \"InsufficientInstanceCapacity\"}'\nexit 2");
        LifecycleSettings settings = settings(playbook, "5");
        AnsibleFleet fleet = new AnsibleFleet(RUN, settings, dir.resolve("logs"), record, instances);

        RunSummary summary = master(settings, () -> new QueueDepth.Depth(25, 0), () -> new ChartCounts.Counts(0, 0, 0),
                fleet).run();

        assertEquals("failed", summary.status());
        assertEquals("master.yml exited 2", summary.reason());
        RunEvent finished = record.events(RUN).stream().filter(event -> event.event().equals("playbook.finished"))
                .findFirst().orElseThrow();
        assertEquals(2, finished.details().get("exitCode"));
        assertTrue(finished.details().get("logTail").toString().contains("InsufficientInstanceCapacity"));
        RunEvent swept = record.events(RUN).stream().filter(event -> event.event().equals("swept")).findFirst().orElseThrow();
        assertEquals(List.of("i-w1", "i-w2"), swept.details().get("instances"));
        assertEquals(1, ec2.live());
        assertEquals(1, shutdowns.get());
        assertTrue(Files.readString(dir.resolve("logs").resolve("ansible.pid")).trim().matches("\\d+"));
    }

    @Test
    void sizesByBacklogDrainsAfterTheQuietPeriodAndSummarizes() throws Exception {
        LifecycleSettings settings = settings(null, "5");
        LocalProcessFleet fleet = new LocalProcessFleet(RUN, LocalProcessFleetTest.testJava(),
                SleepingWorker.class.getName(), List.of(dir.resolve("stopped").toString()), dir.resolve("workers"), Map.of());
        AtomicLong visible = new AtomicLong(25);
        AtomicLong coded = new AtomicLong();
        QueueDepth queue = () -> {
            long now = visible.get();
            if (now > 0) {
                visible.set(Math.max(0, now - 2));
                coded.addAndGet(Math.min(2, now));
            }
            return new QueueDepth.Depth(now, now > 0 ? 1 : 0);
        };

        RunSummary summary = master(settings, queue, () -> new ChartCounts.Counts(coded.get(), 0, 0), fleet).run();

        assertEquals("drained", summary.status());
        assertEquals(3, summary.workers().size(), "ceil(25/10) = 3 workers");
        assertEquals(25, summary.chartsCoded());
        assertTrue(fleet.pids().stream().noneMatch(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)));
        assertTrue(summary.timings().containsKey("alarm -> first result"));
        assertTrue(summary.timings().containsKey("alarm -> drained"));
        assertTrue(summary.estimatedCostUsd() > 0);
        assertEquals(List.of("i-w1", "i-w2"), record.events(RUN).stream().filter(e -> e.event().equals("swept"))
                .findFirst().orElseThrow().details().get("instances"));
    }

    @Test
    void workerCountIsTheBacklogOverChartsPerWorkerClamped() {
        MasterRun run = master(settings(null, "5"), () -> null, () -> null, null);
        assertEquals(1, run.workersFor(0));
        assertEquals(1, run.workersFor(10));
        assertEquals(2, run.workersFor(11));
        assertEquals(3, run.workersFor(10_000));
    }
}
