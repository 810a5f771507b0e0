package org.chartcoder.lifecycle;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.RunInstancesResponse;

import java.util.List;

/**
 * Launches a run's master on EC2 through camel-aws2-ec2, unless a master of the same alarm is
 * already pending or running (it sizes its workers to the whole backlog, so a second one would only
 * compete with it) or another run holds the alarm's master claim ({@link RunRecord#claimMaster}): two
 * launchers that both found no master (an alarm and a scheduled check at once, or a master launched
 * a moment ago that DescribeInstances does not show yet) cannot both launch. The claim's run names
 * the EC2 client token, so a retried launch of the claiming run returns its instance. The full
 * RunInstancesRequest travels as the body (pojoRequest) because the header-based operation cannot
 * express IMDSv2, shutdown behaviour, instance profile or tags.
 */
public class Ec2MasterLaunchRoutes extends RouteBuilder {

    /** What the route did, left on the exchange for its caller: "master i-..." or "no master launched: why". */
    static final String LAUNCH_OUTCOME = "launchOutcome";
    private static final String LIVE_MASTERS = "liveMasters";
    private static final String CLAIM_HOLDER = "claimHolder";

    static final String EC2 = "aws2-ec2:lifecycle?pojoRequest=true&amazonEc2Client=#ec2Client&operation=";

    @Override
    public void configure() {
        from("direct:launch-master").routeId("launch-master-ec2")
                .process(exchange -> exchange.getIn().setBody(plan().liveMasters(alarm(exchange).alarmName())))
                .to(EC2 + "describeInstances")
                .process(this::noteLiveMasters)
                .choice()
                    .when(exchangeProperty(LIVE_MASTERS).isNotNull())
                        .process(this::recordAlreadyRunning)
                    .when(method(this, "claimedByAnotherRun"))
                        .process(this::recordClaimedByAnotherRun)
                    .otherwise()
                        .process(exchange -> exchange.getIn().setBody(
                                plan().launch(exchange.getIn().getHeader(ControllerRoutes.RUN_ID, String.class),
                                        alarm(exchange))))
                        .to(EC2 + "createAndRunInstances")
                        .process(this::recordLaunched)
                .end();
    }

    private void noteLiveMasters(Exchange exchange) {
        List<Instance> live = MasterLaunchPlan.instances(exchange.getIn().getBody(DescribeInstancesResponse.class));
        if (!live.isEmpty()) {
            exchange.setProperty(LIVE_MASTERS, live);
        }
    }

    @SuppressWarnings("unchecked")
    private void recordAlreadyRunning(Exchange exchange) {
        String runId = exchange.getIn().getHeader(ControllerRoutes.RUN_ID, String.class);
        List<Instance> live = exchange.getProperty(LIVE_MASTERS, List.class);
        Instance master = live.get(0);
        String masterRun = MasterLaunchPlan.tag(master, MasterLaunchPlan.RUN_TAG);
        record().append(RunEvent.of(runId, "master.already-running", "instanceId", master.instanceId(),
                "masterRun", masterRun));
        exchange.setProperty(LAUNCH_OUTCOME, "no master launched: master " + master.instanceId() + " is live");
        log.info("run {}: master {} of run {} is already {}, nothing launched", runId, master.instanceId(),
                masterRun, master.state() == null ? "live" : master.state().nameAsString());
    }

    /** Claims the master for this run; true when another run holds the claim (its name in a property). */
    public boolean claimedByAnotherRun(Exchange exchange) throws java.io.IOException {
        String runId = exchange.getIn().getHeader(ControllerRoutes.RUN_ID, String.class);
        LifecycleSettings settings = new LifecycleSettings(LauncherContext.lookup(getContext()));
        String holder;
        try (org.apache.camel.ProducerTemplate producer = getContext().createProducerTemplate()) {
            Ec2Instances ec2 = new Ec2Instances(producer);
            holder = record().claimMaster(alarm(exchange).alarmName(), runId, java.time.Instant.now(),
                    settings.masterClaimHold(), claimant -> masterEnded(ec2.describe(MasterLaunchPlan.masterOfRun(claimant))));
        }
        exchange.setProperty(CLAIM_HOLDER, holder);
        return !holder.equals(runId);
    }

    /** A master was launched (DescribeInstances shows it, terminated ones for about an hour) and is gone. */
    private static boolean masterEnded(List<Instance> masters) {
        return !masters.isEmpty() && masters.stream().noneMatch(master -> master.state() != null
                && MasterLaunchPlan.LIVE_STATES.contains(master.state().nameAsString()));
    }

    private void recordClaimedByAnotherRun(Exchange exchange) {
        String runId = exchange.getIn().getHeader(ControllerRoutes.RUN_ID, String.class);
        String holder = exchange.getProperty(CLAIM_HOLDER, String.class);
        record().append(RunEvent.of(runId, "master.claimed", "claimedBy", holder));
        exchange.setProperty(LAUNCH_OUTCOME, "no master launched: run " + holder + " holds the master claim");
        log.info("run {}: run {} claimed the master a moment ago, nothing launched", runId, holder);
    }

    private void recordLaunched(Exchange exchange) {
        String runId = exchange.getIn().getHeader(ControllerRoutes.RUN_ID, String.class);
        RunInstancesResponse response = exchange.getIn().getBody(RunInstancesResponse.class);
        String instanceId = response.instances().isEmpty() ? null : response.instances().get(0).instanceId();
        record().append(RunEvent.of(runId, "master.launched", "instanceId", instanceId, "where", "ec2"));
        exchange.setProperty(LAUNCH_OUTCOME, instanceId == null ? "no master launched" : "master " + instanceId);
        log.info("run {}: master {} launched", runId, instanceId);
    }

    private AlarmNotification alarm(Exchange exchange) {
        return exchange.getProperty(ControllerRoutes.ALARM, AlarmNotification.class);
    }

    private MasterLaunchPlan plan() {
        return getContext().getRegistry().findSingleByType(MasterLaunchPlan.class);
    }

    private RunRecord record() {
        return getContext().getRegistry().findSingleByType(RunRecord.class);
    }
}
