package org.chartcoder.lifecycle;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.model.HttpTokensState;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;
import software.amazon.awssdk.services.ec2.model.Tag;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LaunchMasterHandlerTest {

    @TempDir
    Path dataDir;

    private final RecordingEc2Client ec2 = new RecordingEc2Client();
    private CamelContext context;

    @AfterEach
    void stop() {
        if (context != null) {
            context.stop();
        }
    }

    private QueueDepth.Depth depth = new QueueDepth.Depth(0, 0);

    private RunRecord record;

    private LaunchMasterHandler handler() throws Exception {
        record = new FileRunRecord(dataDir);
        Properties properties = ControllerRoutesTest.properties();
        // the event's state change lies in the past: allow any age so the test does not depend on the clock
        properties.put("chartcoder.lifecycle.alarm-max-age-minutes", "1e12");
        properties.put("chartcoder.lifecycle.max-run-minutes", "120");
        context = new DefaultCamelContext();
        context.getPropertiesComponent().setOverrideProperties(properties);
        QueueDepth workQueue = () -> depth;
        context.getRegistry().bind("workQueueDepth", workQueue);
        return new LaunchMasterHandler(LauncherContext.startWithoutQueue(context, ec2, record));
    }

    private static Map<String, Object> scheduledEvent() {
        return LambdaEvents.scheduled();
    }

    private static final String ALARM_EVENT = "lifecycle/sns-alarm-event.json";

    /** The alarm message of the sample SNS event, its transition moved to another time (another run). */
    @SuppressWarnings("unchecked")
    private static String alarmMessage(String stateChangeTime) {
        List<Map<String, Object>> records = (List<Map<String, Object>>) LambdaEvents.resource(ALARM_EVENT).get("Records");
        String message = (String) ((Map<String, Object>) records.get(0).get("Sns")).get("Message");
        return message.replace("2026-03-02T08:30:00.000+0000", stateChangeTime);
    }

    private static Tag[] tags(String role, String runId) {
        return tags(role, runId, "work-queue-backlog-high");
    }

    private static Tag[] tags(String role, String runId, String alarm) {
        return new Tag[] {Tag.builder().key(MasterLaunchPlan.ROLE_TAG).value(role).build(),
                Tag.builder().key(MasterLaunchPlan.RUN_TAG).value(runId).build(),
                Tag.builder().key(MasterLaunchPlan.ALARM_TAG).value(alarm).build()};
    }

    private void assertStates(String state, String... instanceIds) {
        for (String id : instanceIds) {
            assertEquals(state, ec2.state(id), id);
        }
    }

    private List<String> events(String runId) {
        return record.events(runId).stream().map(RunEvent::event).toList();
    }

    private static String runTag(RunInstancesRequest request) {
        return request.tagSpecifications().get(0).tags().stream()
                .filter(tag -> tag.key().equals(MasterLaunchPlan.RUN_TAG)).findFirst().orElseThrow().value();
    }

    @Test
    void aScheduledEventWithStrandedWorkAndNoMasterStartsARun() throws Exception {
        LaunchMasterHandler handler = handler();
        depth = new QueueDepth.Depth(0, 4); // only in flight: a dead run's jobs still count as work

        String outcome = handler.handleRequest(scheduledEvent(), null);

        assertEquals(1, ec2.runRequests.size(), outcome);
        String runId = runTag(ec2.runRequests.get(0));
        assertTrue(runId.startsWith("work-queue-backlog-high-reconcile-"), runId);
        assertEquals(List.of("reconcile.started", "master.launched"),
                events(runId));
        assertTrue(outcome.contains("started " + runId), outcome);

        // the next check finds the master it launched live: nothing more
        handler.handleRequest(scheduledEvent(), null);
        assertEquals(1, ec2.runRequests.size());
    }

    @Test
    void aScheduledCheckHeldOffByAnotherRunsClaimSaysItLaunchedNoMaster() throws Exception {
        LaunchMasterHandler handler = handler();
        ec2.describeLags = true; // the alarm's master is launched but not yet described
        handler.handleRequest(LambdaEvents.sns(alarmMessage("2026-03-02T08:30:00.000+0000")), null);
        depth = new QueueDepth.Depth(5, 0);

        String outcome = handler.handleRequest(scheduledEvent(), null);

        assertEquals(1, ec2.runRequests.size(), outcome);
        assertTrue(outcome.contains("no master launched: run work-queue-backlog-high-20260302T083000000Z holds the master claim"),
                outcome);

        ec2.describeLags = false;
        ec2.terminateInstances(builder -> builder.instanceIds(ec2.instances.get(0).instanceId()));
        outcome = handler.handleRequest(scheduledEvent(), null);
        assertEquals(2, ec2.runRequests.size(), outcome);
        assertTrue(outcome.contains("(master " + ec2.instances.get(1).instanceId() + ")"), outcome);
    }

    @Test
    void aScheduledEventWithAnEmptyQueueOrALiveMasterLaunchesNothing() throws Exception {
        LaunchMasterHandler handler = handler();
        handler.handleRequest(scheduledEvent(), null);
        assertEquals(0, ec2.runRequests.size(), "no work, no run");

        ec2.add("i-master", "running", Instant.now().minus(Duration.ofMinutes(30)), tags("master", "run-a"));
        ec2.add("i-worker", "running", tags("worker", "run-a"));
        depth = new QueueDepth.Depth(50, 3);
        handler.handleRequest(scheduledEvent(), null);

        assertEquals(0, ec2.runRequests.size(), "the live master has the work");
        assertEquals(0, ec2.terminateRequests.size(), "its busy worker is left alone");
        assertEquals("running", ec2.state("i-worker"));
    }

    @Test
    void aMasterPastItsDeadlineHasItsRunTerminatedAndANewRunStarts() throws Exception {
        LaunchMasterHandler handler = handler();
        // max-run 120 min + the OS dead-man's 15: a master launched 3 hours ago is stuck
        ec2.add("i-stuck", "running", Instant.now().minus(Duration.ofHours(3)), tags("master", "run-stuck"));
        ec2.add("i-stuck-worker", "running", tags("worker", "run-stuck"));
        ec2.add("i-other", "running", tags("worker", "run-other-deployment-live", "other-alarm"));
        ec2.add("i-other-master", "running", tags("master", "run-other-deployment-live", "other-alarm"));
        depth = new QueueDepth.Depth(7, 0);

        handler.handleRequest(scheduledEvent(), null);

        assertStates("terminated", "i-stuck", "i-stuck-worker");
        assertEquals("running", ec2.state("i-other"), "only the overdue run, selected by its run tag");
        assertEquals(List.of("reconcile.master-overdue"), events("run-stuck"));
        assertEquals(1, ec2.runRequests.size(), "the work gets a new run");
    }

    @Test
    void aMasterWhoseHeartbeatFellSilentHasItsRunTerminated() throws Exception {
        LaunchMasterHandler handler = handler();
        ec2.add("i-hung", "running", Instant.now().minus(Duration.ofMinutes(40)), tags("master", "run-hung"));
        ec2.add("i-hung-worker", "running", tags("worker", "run-hung"));
        ec2.add("i-booting", "pending", Instant.now().minus(Duration.ofMinutes(40)), tags("master", "run-booting"));
        record.heartbeat("run-hung", Instant.now().minus(Duration.ofMinutes(11)));
        depth = new QueueDepth.Depth(3, 0);

        String outcome = handler.handleRequest(scheduledEvent(), null);

        assertStates("terminated", "i-hung", "i-hung-worker");
        assertEquals(List.of("reconcile.master-silent"), events("run-hung"));
        assertEquals("pending", ec2.state("i-booting"), "no heartbeat yet: judged by its deadline only");
        assertEquals(0, ec2.runRequests.size(), "the booting master is live: " + outcome);

        record.heartbeat("run-booting", Instant.now().minus(Duration.ofMinutes(2)));
        handler.handleRequest(scheduledEvent(), null);
        assertEquals("pending", ec2.state("i-booting"), "a fresh heartbeat");
    }

    @Test
    void workersOfARunWhoseMasterIsGoneAreTerminatedByRunTag() throws Exception {
        LaunchMasterHandler handler = handler();
        ec2.add("i-dead-master", "terminated", tags("master", "run-orphaned"));
        ec2.add("i-orphan-1", "running", tags("worker", "run-orphaned"));
        ec2.add("i-orphan-2", "pending", tags("worker", "run-orphaned"));
        ec2.add("i-live-master", "pending", tags("master", "run-live"));
        ec2.add("i-live-worker", "running", tags("worker", "run-live"));

        String outcome = handler.handleRequest(scheduledEvent(), null);

        assertStates("terminated", "i-orphan-1", "i-orphan-2");
        assertStates("running", "i-live-worker");
        assertEquals(1, ec2.terminateRequests.size(), outcome);
        assertEquals(List.of("reconcile.orphans-terminated"), events("run-orphaned"));
        assertEquals(0, ec2.runRequests.size(), "an empty queue needs no run");
    }

    @Test
    void anSnsEventLaunchesOneMasterThroughTheControllerRoutes() throws Exception {
        LaunchMasterHandler handler = handler();
        Map<String, Object> event = LambdaEvents.resource(ALARM_EVENT);

        assertEquals("handled 1 notification(s)", handler.handleRequest(event, null));
        handler.handleRequest(event, null);

        assertEquals(1, ec2.runRequests.size(), "SNS redelivers; one master");
        RunInstancesRequest request = ec2.runRequests.get(0);
        assertEquals(HttpTokensState.REQUIRED, request.metadataOptions().httpTokens());
        String runId = "work-queue-backlog-high-20260302T083000000Z";
        assertEquals(List.of("alarm.received", "master.launched", "alarm.received", "master.already-running"),
                events(runId));
    }

    @Test
    void aMalformedRecordIsRecordedAndTheOthersStillLaunch() throws Exception {
        LaunchMasterHandler handler = handler();
        handler.handleRequest(LambdaEvents.sns("{oops", alarmMessage("2026-03-02T08:30:00.000+0000")), null);

        assertEquals(1, ec2.runRequests.size());
        assertEquals("alarm.malformed", record.events(RunRecord.NO_RUN).get(0).event());
    }

    @Test
    void anEventThatIsNeitherSnsNorTheScheduleIsRecordedAndLaunchesNothing() throws Exception {
        LaunchMasterHandler handler = handler();
        depth = new QueueDepth.Depth(9, 0);

        String outcome = handler.handleRequest(Map.of("source", "aws.s3", "detail-type", "Object Created"), null);
        handler.handleRequest(Map.of(), null);
        // EventBridge's event of another rule: the source alone is not the schedule
        handler.handleRequest(Map.of("source", "aws.events", "detail-type", "EC2 Instance State-change Notification"), null);

        assertTrue(outcome.startsWith("ignored"), outcome);
        assertEquals(0, ec2.runRequests.size(), "work waits for the schedule or an alarm");
        assertEquals(List.of("event.ignored", "event.ignored", "event.ignored"), events(RunRecord.NO_RUN));
        assertEquals("aws.s3", record.events(RunRecord.NO_RUN).get(0).details().get("source"));
    }

    @Test
    void theClientTokenIsTheClaimingRunsStableForARetryAndNewForANewRun() throws Exception {
        LaunchMasterHandler handler = handler();
        ec2.describeLags = true; // the retry does not see the master the first attempt launched

        handler.handleRequest(LambdaEvents.sns(alarmMessage("2026-03-02T08:30:00.000+0000")), null);
        handler.handleRequest(LambdaEvents.sns(alarmMessage("2026-03-02T08:30:00.000+0000")), null);

        assertEquals(2, ec2.runRequests.size(), "the retry of the claiming run launches again");
        String token = ec2.runRequests.get(0).clientToken();
        assertTrue(token != null && !token.isBlank() && token.length() <= 64, token);
        assertEquals(token, ec2.runRequests.get(1).clientToken(), "same run, same token");
        assertEquals(1, ec2.live(), "EC2 answers the retried token with the first instance");

        // the run drained within the claim's hold; the next backlog's alarm need not wait for it
        ec2.describeLags = false;
        ec2.terminateInstances(builder -> builder.instanceIds(ec2.instances.get(0).instanceId()));
        handler.handleRequest(LambdaEvents.sns(alarmMessage("2026-03-02T09:45:00.000+0000")), null);

        assertEquals(3, ec2.runRequests.size(), "the claim of a run whose master ended is taken over");
        assertTrue(!token.equals(ec2.runRequests.get(2).clientToken()), "a new run, a new token");
        assertEquals(1, ec2.live(), "the new run's master");
    }

    @Test
    void anAlarmAndAScheduledCheckArrivingTogetherLaunchOneMaster() throws Exception {
        LaunchMasterHandler handler = handler();
        // the worst case: neither invocation sees the other's master in DescribeInstances
        ec2.describeLags = true;
        depth = new QueueDepth.Depth(40, 0);
        String alarmMessage = alarmMessage("2026-03-02T08:30:00.000+0000");
        CyclicBarrier together = new CyclicBarrier(3);
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<String>> outcomes = List.of(
                    threads.submit(() -> { together.await(); return handler.handleRequest(LambdaEvents.sns(alarmMessage), null); }),
                    threads.submit(() -> { together.await(); return handler.handleRequest(scheduledEvent(), null); }),
                    // a second alarm transition (another run) in the same moment
                    threads.submit(() -> { together.await();
                        return handler.handleRequest(LambdaEvents.sns(alarmMessage("2026-03-02T08:31:00.000+0000")), null); }));
            for (Future<String> outcome : outcomes) {
                outcome.get();
            }
        } finally {
            threads.shutdownNow();
        }

        assertEquals(1, ec2.runRequests.size(), "one master");
        assertEquals(1, ec2.live());
        String launched = runTag(ec2.runRequests.get(0));
        long claimedElsewhere = record.runs().stream().map(RunRecord.RunOverview::runId)
                .filter(runId -> !runId.equals(launched))
                .filter(runId -> events(runId).contains("master.claimed")).count();
        assertEquals(2, claimedElsewhere, "the two others found the claim of run " + launched);
    }
}
