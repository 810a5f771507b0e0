package org.chartcoder.lifecycle;

import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelContextConfiguration;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Local mode's chain: queue-depth monitor -> alarm queue -> controller -> in-process master, once. */
class LocalLifecycleRoutesTest extends CamelTestSupport {

    @TempDir
    static Path dataDir;

    private final AtomicLong visible = new AtomicLong();
    private final AtomicInteger mastersStarted = new AtomicInteger();
    private RunRecord record;

    @Override
    public void configureContext(CamelContextConfiguration configuration) {
        super.configureContext(configuration);
        Properties properties = new Properties();
        properties.put("chartcoder.lifecycle.alarm-queue-uri", "seda:alarms");
        properties.put("chartcoder.lifecycle.alarm-dlq-uri", "mock:alarm-dlq");
        properties.put("chartcoder.lifecycle.alarm-name", "chart-coder-backlog");
        properties.put("chartcoder.lifecycle.monitor.period-ms", "50");
        configuration.withUseOverridePropertiesWithPropertiesComponent(properties);
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        LifecycleSettings settings = LifecycleSettings.of(new Properties());
        record = new FileRunRecord(dataDir.resolve(String.valueOf(System.nanoTime())));
        registry.bind("runRecord", record);
        registry.bind("alarmPolicy", new AlarmPolicy(settings, Clock.systemUTC()));
        registry.bind("localMasterLauncher", new LocalMasterLauncher(runId -> {
            mastersStarted.incrementAndGet();
            // a master that "drains" as soon as the queue is empty
            return new MasterRun(runId, LifecycleSettings.of(quick()), () -> new QueueDepth.Depth(visible.get(), 0),
                    () -> new ChartCounts.Counts(0, 0, 0), new NoWorkers(), id -> List.of(), record, id -> { }, null);
        }, record));
    }

    private static Properties quick() {
        Properties properties = new Properties();
        properties.put("chartcoder.lifecycle.poll-seconds", "0.05");
        properties.put("chartcoder.lifecycle.quiet-seconds", "0.2");
        return properties;
    }

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        BacklogAlarm alarm = new BacklogAlarm("chart-coder-backlog", "work", 1, 2,
                new CloudWatchAlarmMessage("local:alarms", "local"));
        // this test is about the alarm's chain: the level-triggered check never fires within it
        Reconciler idle = new Reconciler("chart-coder-backlog", java.time.Duration.ofHours(1), () -> false, runId -> { }, null);
        return new RoutesBuilder[] {new BacklogMonitorRoutes(alarm, () -> new QueueDepth.Depth(visible.get(), 0), idle),
                new ControllerRoutes(true), new LocalMasterLaunchRoutes()};
    }

    @Test
    void aBacklogLaunchesOneInProcessMasterAndTheDrainIsRecorded() throws Exception {
        NotifyBuilder okPublished = new NotifyBuilder(context).from("seda:alarms").whenCompleted(1).create();
        assertTrue(okPublished.matches(5, TimeUnit.SECONDS), "INSUFFICIENT_DATA -> OK published first");

        visible.set(40);
        NotifyBuilder alarmHandled = new NotifyBuilder(context).from("seda:alarms").whenCompleted(1).create();
        assertTrue(alarmHandled.matches(5, TimeUnit.SECONDS));
        Thread.sleep(300);
        visible.set(0);

        LocalMasterLauncher launcher = context.getRegistry().findSingleByType(LocalMasterLauncher.class);
        RunSummary summary = launcher.current().orElseThrow().get(10, TimeUnit.SECONDS);
        assertEquals("drained", summary.status());
        assertEquals(1, mastersStarted.get());
        List<String> events = record.events(summary.runId()).stream().map(RunEvent::event).toList();
        // the run is named by its ALARM transition's time: the earlier OK belongs to no run of its own
        assertEquals(List.of("alarm.received", "master.launched"), events.subList(0, 2));
        assertEquals(1, events.stream().filter("alarm.received"::equals).count());
        assertTrue(events.containsAll(List.of("master.started", "drained", "run.summary", "master.shutdown")), events.toString());
        assertTrue(summary.alarmTime().isBefore(Instant.now()));
    }

    /** A fleet that never starts anything: this test is about the chain, not the workers. */
    private static final class NoWorkers implements Fleet {
        private int size;

        @Override
        public void size(int count) {
            size = Math.max(size, count);
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public void terminate(java.time.Duration grace) {
        }

        @Override
        public void abort() {
        }

        @Override
        public java.util.Optional<String> failure() {
            return java.util.Optional.empty();
        }

        @Override
        public String progress() {
            return "no workers";
        }

        @Override
        public List<WorkerUsage> usage() {
            return List.of();
        }
    }
}
