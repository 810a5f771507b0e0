package org.chartcoder.lifecycle;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;

import org.apache.camel.impl.DefaultCamelContext;
import org.chartcoder.runtime.AwsClients;
import org.chartcoder.runtime.Settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * AWS Lambda entry point subscribed to the alarm topic: every SNS record goes through the same
 * controller and launch routes as the controller role. Settings come from the jar's
 * application(-aws).properties, overridden by the function's environment
 * (CHARTCODER_LIFECYCLE_MASTER_AMI, CHARTCODER_BUCKET, CHARTCODER_S3_KMSKEYID, ...); malformed
 * notifications go to the alarm DLQ. The Camel context is built once per Lambda container and
 * reused by warm invocations.
 *
 * <p>The same function is the target of the EventBridge schedule rule: a scheduled event, recognised
 * by {@code "source": "aws.events"} and {@code "detail-type": "Scheduled Event"}, runs the reconcile
 * check ({@link ScheduledReconcile}) instead: levels, not transitions, so a lost notification or a
 * dead master never strands work and a run whose master is gone leaves no instance behind. Any other
 * event is recorded ({@code event.ignored}) and launches nothing. The event is taken as the JSON map
 * the runtime deserialises, since no one event class has both SNS records and EventBridge fields.
 */
public class LaunchMasterHandler implements RequestHandler<Map<String, Object>, String> {

    static final String SCHEDULE_SOURCE = "aws.events";
    static final String SCHEDULE_DETAIL_TYPE = "Scheduled Event";

    private static CamelContext shared;

    private final CamelContext context;

    public LaunchMasterHandler() throws Exception {
        this(sharedContext());
    }

    public LaunchMasterHandler(CamelContext context) {
        this.context = context;
    }

    private static synchronized CamelContext sharedContext() throws Exception {
        if (shared == null) {
            CamelContext context = new DefaultCamelContext();
            // the jar's configuration with the aws profile; the function's environment overrides it
            context.getPropertiesComponent().setOverrideProperties(Settings.load("aws", Map.of()).asProperties());
            Function<String, String> lookup = LauncherContext.lookup(context);
            AwsClients clients = new AwsClients(lookup);
            context.getRegistry().bind("sqsClient", clients.sqs());
            context.getRegistry().bind("workQueueDepth", QueueDepth.named(clients.sqs(), lookup.apply("chartcoder.queue.work")));
            RunRecord record = new S3RunRecord(clients.s3(), lookup.apply("chartcoder.bucket"),
                    lookup.apply("chartcoder.s3.kmsKeyId"));
            shared = LauncherContext.startWithoutQueue(context, clients.ec2(), record);
        }
        return shared;
    }

    @Override
    public String handleRequest(Map<String, Object> event, Context lambdaContext) {
        Map<String, Object> received = event == null ? Map.of() : event;
        if (received.get("Records") instanceof List<?> records && !records.isEmpty()) {
            return notifications(records);
        }
        if (SCHEDULE_SOURCE.equals(received.get("source")) && SCHEDULE_DETAIL_TYPE.equals(received.get("detail-type"))) {
            return reconcile();
        }
        String what = "source " + received.get("source") + ", detail-type " + received.get("detail-type");
        context.getRegistry().findSingleByType(RunRecord.class).append(RunEvent.of(RunRecord.NO_RUN, "event.ignored",
                "source", String.valueOf(received.get("source")), "detailType", String.valueOf(received.get("detail-type"))));
        return "ignored: neither an SNS notification nor the reconcile schedule (" + what + ")";
    }

    /** Each SNS record's message (an alarm notification) through the controller routes. */
    private String notifications(List<?> records) {
        int handled = 0;
        try (ProducerTemplate producer = context.createProducerTemplate()) {
            for (Object record : records) {
                Object sns = record instanceof Map<?, ?> fields ? fields.get("Sns") : null;
                Object message = sns instanceof Map<?, ?> snsFields ? snsFields.get("Message") : null;
                // a record without a message goes the way of any malformed notification: the alarm DLQ
                producer.sendBody("direct:alarm-notification", message == null ? "" : message.toString());
                handled++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "handled " + handled + " notification(s)";
    }

    /** The scheduled path: one reconcile check against EC2, the work queue and the run record. */
    private String reconcile() {
        try (ProducerTemplate producer = context.createProducerTemplate()) {
            ScheduledReconcile check = new ScheduledReconcile(new LifecycleSettings(LauncherContext.lookup(context)),
                    producer, context.getRegistry().findSingleByType(QueueDepth.class),
                    context.getRegistry().findSingleByType(RunRecord.class), Clock.systemUTC());
            return check.check().describe();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
