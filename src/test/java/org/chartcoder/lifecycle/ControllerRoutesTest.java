package org.chartcoder.lifecycle;

import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelContextConfiguration;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.model.HttpTokensState;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;
import software.amazon.awssdk.services.ec2.model.ShutdownBehavior;
import software.amazon.awssdk.services.ec2.model.Tag;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ControllerRoutesTest extends CamelTestSupport {

    private static final String ALARM_NAME = "work-queue-backlog-high";

    @TempDir
    static Path dataDir;

    private final RecordingEc2Client ec2 = new RecordingEc2Client();
    private final CloudWatchAlarmMessage messages = new CloudWatchAlarmMessage(
            "arn:aws:sns:us-east-1:123456789012:backlog-alarms", "US East (N. Virginia)");
    private RunRecord record;

    @Override
    public void configureTest(TestExecutionConfiguration configuration) {
        super.configureTest(configuration);
        configuration.withUseAdviceWith(true);
    }

    @Override
    public void configureContext(CamelContextConfiguration configuration) {
        super.configureContext(configuration);
        configuration.withUseOverridePropertiesWithPropertiesComponent(properties());
    }

    static Properties properties() {
        Properties properties = new Properties();
        properties.put("chartcoder.lifecycle.alarm-queue-uri", "aws2-sqs:alarms?region=us-east-1&accessKey=x&secretKey=y");
        properties.put("chartcoder.lifecycle.alarm-dlq-uri", "mock:alarm-dlq");
        properties.put("chartcoder.lifecycle.alarm-name", ALARM_NAME);
        properties.put("chartcoder.lifecycle.master.ami", "ami-0123456789abcdef0");
        properties.put("chartcoder.lifecycle.master.instance-type", "t3.small");
        properties.put("chartcoder.lifecycle.master.subnet-id", "subnet-0a1b2c3d");
        properties.put("chartcoder.lifecycle.master.security-group-ids", "sg-1, sg-2");
        properties.put("chartcoder.lifecycle.master.instance-profile", "chart-coder-master");
        properties.put("chartcoder.lifecycle.artifacts-uri", "s3://chart-coder-dist/v1");
        properties.put("chartcoder.bucket", "chart-coder-data");
        properties.put("chartcoder.s3.kmsKeyId", "alias/chart-coder");
        return properties;
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        LifecycleSettings settings = LifecycleSettings.of(properties());
        record = new FileRunRecord(dataDir.resolve(String.valueOf(System.nanoTime())));
        registry.bind("ec2Client", ec2);
        registry.bind("runRecord", record);
        registry.bind("alarmPolicy", new AlarmPolicy(settings, Clock.systemUTC()));
        registry.bind("masterLaunchPlan", new MasterLaunchPlan(settings));
    }

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        return new RoutesBuilder[] {new ControllerRoutes(true), new Ec2MasterLaunchRoutes()};
    }

    @BeforeEach
    void adviseQueues() throws Exception {
        AdviceWith.adviceWith(context, "alarm-queue", route -> route.replaceFromWith("direct:alarm-queue"));
        context.start();
    }

    private String alarm(String oldState, String newState, Instant changed) {
        return messages.snsEnvelope(ALARM_NAME, oldState, newState, changed, "work", 100, 412);
    }

    @Test
    void duplicateAndRepeatedAlarmsLaunchOneMaster() throws Exception {
        MockEndpoint deadLetters = getMockEndpoint("mock:alarm-dlq");
        deadLetters.expectedMessageCount(0);
        Instant changed = Instant.now().minusSeconds(30);
        String first = alarm("OK", "ALARM", changed);
        template.sendBody("direct:alarm-queue", first);
        template.sendBody("direct:alarm-queue", first);
        template.sendBody("direct:alarm-queue", alarm("INSUFFICIENT_DATA", "ALARM", changed.plusSeconds(5)));

        assertEquals(1, ec2.runRequests.size(), "one master for duplicates of one alarm");
        String runId = ec2.runRequests.get(0).tagSpecifications().get(0).tags().stream()
                .filter(tag -> tag.key().equals(MasterLaunchPlan.RUN_TAG)).findFirst().orElseThrow().value();
        List<String> events = record.events(runId).stream().map(RunEvent::event).toList();
        assertEquals(List.of("alarm.received", "master.launched", "alarm.received", "master.already-running"), events,
                "the redelivered notification names the same run");
        // a later transition is a run of its own (its own id, its own client token): the live master covers it
        List<String> later = record.runs().stream().map(RunRecord.RunOverview::runId).filter(id -> !id.equals(runId))
                .flatMap(id -> record.events(id).stream()).map(RunEvent::event).toList();
        assertEquals(List.of("alarm.received", "master.already-running"), later);
        deadLetters.assertIsSatisfied();
    }

    @Test
    void aLiveMasterOfAnEarlierRunPreventsASecond() {
        ec2.add("i-earlier", "running", Tag.builder().key(MasterLaunchPlan.ROLE_TAG).value("master").build(),
                Tag.builder().key(MasterLaunchPlan.ALARM_TAG).value(ALARM_NAME).build(),
                Tag.builder().key(MasterLaunchPlan.RUN_TAG).value("earlier-run").build());
        template.sendBody("direct:alarm-queue", alarm("OK", "ALARM", Instant.now().minus(Duration.ofMinutes(90))));
        assertEquals(0, ec2.runRequests.size());
    }

    @Test
    void okInsufficientDataStaleFutureDatedAndOtherAlarmsAreRecordedNotActedOn() {
        Instant now = Instant.now();
        template.sendBody("direct:alarm-queue", alarm("ALARM", "OK", now));
        template.sendBody("direct:alarm-queue", alarm("OK", "INSUFFICIENT_DATA", now));
        template.sendBody("direct:alarm-queue", alarm("ALARM", "ALARM", now));
        template.sendBody("direct:alarm-queue", alarm("OK", "ALARM", now.minus(Duration.ofHours(5))));
        template.sendBody("direct:alarm-queue", alarm("OK", "ALARM", now.plus(Duration.ofMinutes(30))));
        template.sendBody("direct:alarm-queue", messages.snsEnvelope("another-alarm", "OK", "ALARM", now, "work", 1, 2));

        assertEquals(0, ec2.runRequests.size());
        List<RunEvent> recorded = record.runs().stream().flatMap(run -> record.events(run.runId()).stream())
                .filter(event -> event.event().equals("alarm.recorded")).toList();
        assertEquals(6, recorded.size());
        assertTrue(recorded.stream().anyMatch(event -> String.valueOf(event.details()).contains("future-dated")),
                recorded.toString());
    }

    @Test
    void malformedNotificationsAreDeadLetteredWithAReason() throws Exception {
        MockEndpoint deadLetters = getMockEndpoint("mock:alarm-dlq");
        deadLetters.expectedBodiesReceived("not json at all", "{\"Type\":\"Notification\",\"Message\":\"{}\"}");
        deadLetters.allMessages().header(ControllerRoutes.DEAD_LETTER_REASON).isNotNull();
        template.sendBody("direct:alarm-queue", "not json at all");
        template.sendBody("direct:alarm-queue", "{\"Type\":\"Notification\",\"Message\":\"{}\"}");

        deadLetters.assertIsSatisfied();
        assertEquals("message is not a JSON object",
                deadLetters.getExchanges().get(0).getIn().getHeader(ControllerRoutes.DEAD_LETTER_REASON));
        assertEquals(0, ec2.runRequests.size());
        assertEquals(2, record.events(RunRecord.NO_RUN).size());
    }

    @Test
    void launchRequestRequiresImdsV2TerminatesOnShutdownAndCarriesTheTags() {
        template.sendBody("direct:alarm-queue", alarm("OK", "ALARM", Instant.now()));

        RunInstancesRequest request = ec2.runRequests.get(0);
        assertEquals(HttpTokensState.REQUIRED, request.metadataOptions().httpTokens());
        assertEquals(ShutdownBehavior.TERMINATE, request.instanceInitiatedShutdownBehavior());
        assertEquals("ami-0123456789abcdef0", request.imageId());
        assertEquals("t3.small", request.instanceTypeAsString());
        assertEquals("subnet-0a1b2c3d", request.subnetId());
        assertEquals(List.of("sg-1", "sg-2"), request.securityGroupIds());
        assertEquals("chart-coder-master", request.iamInstanceProfile().name());
        assertEquals(1, request.maxCount());
        Map<String, String> tags = new java.util.HashMap<>();
        request.tagSpecifications().get(0).tags().forEach(tag -> tags.put(tag.key(), tag.value()));
        assertEquals("master", tags.get(MasterLaunchPlan.ROLE_TAG));
        assertEquals(ALARM_NAME, tags.get(MasterLaunchPlan.ALARM_TAG));
        assertTrue(tags.get(MasterLaunchPlan.RUN_TAG).startsWith(ALARM_NAME + "-"));
        String userData = new String(Base64.getDecoder().decode(request.userData()), StandardCharsets.UTF_8);
        assertTrue(userData.contains("RUN_ID=\"" + tags.get(MasterLaunchPlan.RUN_TAG) + "\""), userData);
        assertTrue(userData.contains("master --run-id \"$0\""), userData);
        assertTrue(userData.contains("python3 - \"s3://chart-coder-dist/v1\""), userData);
        // the operating system's dead-man is armed before anything that can fail
        int deadMan = userData.indexOf("shutdown -h \"+");
        assertTrue(deadMan > 0 && deadMan < userData.indexOf("apt-get") && deadMan < userData.indexOf("python3 -"), userData);
        assertTrue(userData.contains("export CHARTCODER_BUCKET='chart-coder-data'"), userData);
        assertTrue(userData.contains("export CHARTCODER_S3_KMSKEYID='alias/chart-coder'"), userData);
    }
}
