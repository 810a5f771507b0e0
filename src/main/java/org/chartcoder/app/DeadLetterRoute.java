package org.chartcoder.app;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.aws2.s3.AWS2S3Constants;
import org.apache.camel.model.dataformat.JsonLibrary;

/**
 * Counts jobs that SQS moved to the dead-letter queue after maxReceiveCount failed receives: each
 * gets {@code deadletters/{batchId}/{chartId}.json}, which the batch status counts as dead-lettered.
 * The chart object stays in S3, so the job can be queued again once the cause is fixed.
 */
public class DeadLetterRoute extends RouteBuilder {

    public static final String ROUTE_ID = "dead-letters";

    @Override
    public void configure() {
        onException(InvalidChartException.class)
                .handled(true)
                .log(org.apache.camel.LoggingLevel.WARN, "malformed job ${header.CamelAwsSqsMessageId} dropped from the dead-letter queue");

        from("kamelet:chart-job-source?queueName={{chartcoder.queue.deadLetter}}&sqsClient=#sqsClient&concurrentConsumers=1"
                + "&maxMessagesPerPoll=10&visibilityTimeout={{chartcoder.worker.visibilityTimeout}}")
                .routeId(ROUTE_ID)
                .bean("chartWorker", "parseJob")
                .bean("chartWorker", "deadLetterRecord")
                .marshal().json(JsonLibrary.Jackson)
                .setHeader(AWS2S3Constants.KEY, method("chartKeys", ChartWorker.recordKey(ChartKeys.DEAD_LETTERS)))
                .to("{{chartcoder.sink}}")
                .bean("chartMetrics", "deadLettered")
                .log(org.apache.camel.LoggingLevel.WARN, ChartWorker.CHART_OF_BATCH + " dead-lettered after repeated failures");
    }
}
