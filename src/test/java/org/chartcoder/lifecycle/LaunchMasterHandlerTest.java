package org.chartcoder.lifecycle;

import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.model.HttpTokensState;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    private LaunchMasterHandler handler(RunRecord record) throws Exception {
        Properties properties = ControllerRoutesTest.properties();
        // the event's state change lies in the past: allow any age so the test does not depend on the clock
        properties.put("chartcoder.lifecycle.alarm-max-age-minutes", "1e12");
        context = new DefaultCamelContext();
        context.getPropertiesComponent().setOverrideProperties(properties);
        return new LaunchMasterHandler(LauncherContext.startWithoutQueue(context, ec2, record));
    }

    @Test
    void anSnsEventLaunchesOneMasterThroughTheControllerRoutes() throws Exception {
        RunRecord record = new FileRunRecord(dataDir);
        LaunchMasterHandler handler = handler(record);
        SNSEvent event = EventLoader.loadSNSEvent("lifecycle/sns-alarm-event.json");

        assertEquals("handled 1 notification(s)", handler.handleRequest(event, null));
        handler.handleRequest(event, null);

        assertEquals(1, ec2.runRequests.size(), "SNS redelivers; one master");
        RunInstancesRequest request = ec2.runRequests.get(0);
        assertEquals(HttpTokensState.REQUIRED, request.metadataOptions().httpTokens());
        String runId = "work-queue-backlog-high-20260302T083000000Z";
        assertEquals(List.of("alarm.received", "master.launched", "alarm.received", "master.already-running"),
                record.events(runId).stream().map(RunEvent::event).toList());
    }

    @Test
    void aMalformedRecordIsRecordedAndTheOthersStillLaunch() throws Exception {
        RunRecord record = new FileRunRecord(dataDir);
        LaunchMasterHandler handler = handler(record);
        SNSEvent event = EventLoader.loadSNSEvent("lifecycle/sns-alarm-event.json");
        SNSEvent.SNSRecord broken = new SNSEvent.SNSRecord().withSns(new SNSEvent.SNS().withMessage("{oops"));
        event.setRecords(List.of(broken, event.getRecords().get(0)));

        handler.handleRequest(event, null);

        assertEquals(1, ec2.runRequests.size());
        assertEquals("alarm.malformed", record.events(RunRecord.NO_RUN).get(0).event());
    }
}
