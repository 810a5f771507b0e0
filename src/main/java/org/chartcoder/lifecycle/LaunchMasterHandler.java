package org.chartcoder.lifecycle;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;

import org.apache.camel.impl.DefaultCamelContext;
import org.chartcoder.runtime.AwsClients;
import org.chartcoder.runtime.Settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
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
 * <p>The same function is the target of the EventBridge schedule rule: a scheduled event
 * ({@code "source": "aws.events"}, {@code "detail-type": "Scheduled Event"}) carries no SNS record,
 * so the runtime hands it over as an SNSEvent without records, and the handler runs the reconcile
 * check ({@link ScheduledReconcile}) instead: levels, not transitions, so a lost notification or a
 * dead master never strands work and a run whose master is gone leaves no instance behind.
 */
public class LaunchMasterHandler implements RequestHandler<SNSEvent, String> {

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
    public String handleRequest(SNSEvent event, Context lambdaContext) {
        if (event == null || event.getRecords() == null || event.getRecords().isEmpty()) {
            return reconcile();
        }
        int handled = 0;
        try (ProducerTemplate producer = context.createProducerTemplate()) {
            for (SNSEvent.SNSRecord record : event.getRecords()) {
                producer.sendBody("direct:alarm-notification", record.getSNS().getMessage());
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
