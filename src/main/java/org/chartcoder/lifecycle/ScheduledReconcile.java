package org.chartcoder.lifecycle;

import org.apache.camel.ProducerTemplate;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.ec2.model.Instance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The reconcile check on AWS, run by the launcher function on its EventBridge schedule. It looks at
 * EC2 and the work queue (levels, not transitions): a master of the alarm past its deadline (its OS
 * dead-man should have ended it) has its whole run terminated by run tag; workers of a run whose
 * master is gone are terminated by run tag; then the same {@link Reconciler} as in local mode starts
 * a run when the queue holds work (visible or in flight) and no master is live. The schedule's period
 * is the wait: the check starts a run the first time it finds work stranded.
 */
public final class ScheduledReconcile {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledReconcile.class);

    private final LifecycleSettings settings;
    private final MasterLaunchPlan plan;
    private final ProducerTemplate producer;
    private final QueueDepth workQueue;
    private final RunRecord record;
    private final Clock clock;
    private String launched;

    /** @param producer a template of a context started by {@link LauncherContext} (ec2Client, launch routes) */
    public ScheduledReconcile(LifecycleSettings settings, ProducerTemplate producer, QueueDepth workQueue,
                              RunRecord record, Clock clock) {
        this.settings = settings;
        this.plan = new MasterLaunchPlan(settings);
        this.producer = producer;
        this.workQueue = workQueue;
        this.record = record;
        this.clock = clock;
    }

    /** What one check did: runs ended (master overdue or silent, or gone), and the run started, if any. */
    public record Outcome(List<String> overdueRuns, List<String> orphanRuns, Optional<String> started) {

        public String describe() {
            return "reconcile: overdue or silent runs " + overdueRuns + ", orphaned runs " + orphanRuns + ", started "
                    + started.orElse("none");
        }
    }

    public Outcome check() {
        Instant now = clock.instant();
        Ec2Instances ec2 = new Ec2Instances(producer);
        List<Instance> live = new ArrayList<>();
        List<String> overdue = new ArrayList<>();
        for (Instance master : ec2.describe(plan.liveMasters(settings.alarmName()))) {
            String runId = MasterLaunchPlan.tag(master, MasterLaunchPlan.RUN_TAG);
            Optional<String> why = runId == null ? Optional.empty() : gone(master, runId, now);
            if (why.isPresent()) {
                List<String> ended = ec2.sweep(runId, null);
                record.append(RunEvent.of(runId, "reconcile.master-" + why.get(), "instanceId", master.instanceId(),
                        "launched", String.valueOf(master.launchTime()), "terminated", ended.size()));
                LOG.warn("reconcile: master {} of run {} is {}: {} instance(s) of the run terminated",
                        master.instanceId(), runId, why.get(), ended.size());
                overdue.add(runId);
            } else {
                live.add(master);
            }
        }
        List<String> orphans = new ArrayList<>();
        for (String runId : runsOf(ec2.describe(MasterLaunchPlan.workersOfAnyRun()))) {
            if (ec2.ofRun(runId, MasterLaunchPlan.MASTER).stream().noneMatch(ScheduledReconcile::isLive)) {
                List<String> ended = ec2.sweep(runId, null);
                record.append(RunEvent.of(runId, "reconcile.orphans-terminated", "instances", ended.size()));
                LOG.warn("reconcile: run {} has no live master: {} worker instance(s) terminated", runId, ended.size());
                orphans.add(runId);
            }
        }
        Reconciler reconciler = new Reconciler(settings.alarmName(), Duration.ZERO, () -> !live.isEmpty(),
                this::launch, record);
        launched = null;
        Optional<String> started = reconciler.check(workQueue.read(), now).map(runId -> runId + " (" + launched + ")");
        return new Outcome(overdue, orphans, started);
    }

    /** "overdue" past its deadline, "silent" when its last heartbeat is too old; empty while it lives. */
    private Optional<String> gone(Instance master, String runId, Instant now) {
        if (master.launchTime() != null && now.isAfter(plan.deadline(master.launchTime()))) {
            return Optional.of("overdue");
        }
        // no heartbeat yet: the master may still be booting; its deadline covers a master that never starts
        Optional<Instant> heartbeat = record.lastHeartbeat(runId);
        if (heartbeat.isPresent() && !now.isBefore(heartbeat.get().plus(settings.masterSilence()))) {
            return Optional.of("silent");
        }
        return Optional.empty();
    }

    private void launch(String runId) {
        Exchange exchange = new DefaultExchange(producer.getCamelContext());
        exchange.getIn().setHeader(ControllerRoutes.RUN_ID, runId);
        // the launch route reads the alarm's name (tags, user data); this run comes from the check
        exchange.setProperty(ControllerRoutes.ALARM, new AlarmNotification(null, settings.alarmName(),
                AlarmNotification.ALARM, "RECONCILE", clock.instant(), null, null, null));
        Exchange done = producer.send("direct:launch-master", exchange);
        if (done.getException() != null) {
            throw new IllegalStateException("reconcile launch of run " + runId + " failed", done.getException());
        }
        launched = done.getProperty(Ec2MasterLaunchRoutes.LAUNCH_OUTCOME, String.class);
    }

    private static boolean isLive(Instance instance) {
        return instance.state() == null || MasterLaunchPlan.LIVE_STATES.contains(instance.state().nameAsString());
    }

    private static Set<String> runsOf(List<Instance> instances) {
        Set<String> runs = new LinkedHashSet<>();
        for (Instance instance : instances) {
            String runId = MasterLaunchPlan.tag(instance, MasterLaunchPlan.RUN_TAG);
            if (runId != null) {
                runs.add(runId);
            }
        }
        return runs;
    }
}
