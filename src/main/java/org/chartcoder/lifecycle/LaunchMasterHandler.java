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
import java.util.Map;
import java.util.function.Function;

/**
 * AWS Lambda entry point subscribed to the alarm topic: every SNS record goes through the same
 * controller and launch routes as the controller role. Settings come from the jar's
 * application(-aws).properties, overridden by the function's environment
 * (CHARTCODER_LIFECYCLE_MASTER_AMI, CHARTCODER_BUCKET, CHARTCODER_S3_KMSKEYID, ...); malformed
 * notifications go to the alarm DLQ. The Camel context is built once per Lambda container and
 * reused by warm invocations.
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
            RunRecord record = new S3RunRecord(clients.s3(), lookup.apply("chartcoder.bucket"),
                    lookup.apply("chartcoder.s3.kmsKeyId"));
            shared = LauncherContext.startWithoutQueue(context, clients.ec2(), record);
        }
        return shared;
    }

    @Override
    public String handleRequest(SNSEvent event, Context lambdaContext) {
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
}
