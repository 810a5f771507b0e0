package org.chartcoder.app;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.aws2.s3.AWS2S3Constants;
import org.apache.camel.model.dataformat.JsonLibrary;

/**
 * Records chunk jobs that SQS moved to the dead-letter queue after maxReceiveCount failed receives:
 * each gets {@code deadletters/{batchId}/{chunkId}.json} and its charts are indexed as
 * dead-lettered, one by one. The bundle stays in S3, so the job can be queued again once the cause
 * is fixed.
 */
public class DeadLetterRoute extends RouteBuilder {

    public static final String ROUTE_ID = "dead-letters";
    private static final String DEAD_LETTER = "chartcoderDeadLetter";

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
                .setProperty(DEAD_LETTER, body())
                .marshal().json(JsonLibrary.Jackson)
                .setHeader(AWS2S3Constants.KEY, method("chartKeys", ChartWorker.recordKey(ChartKeys.DEAD_LETTERS)))
                .to("{{chartcoder.sink}}")
                .setBody(exchangeProperty(DEAD_LETTER))
                .bean("chartWorker", "indexDeadLetter")
                .bean("chartMetrics", "deadLettered(${body})")
                .log(org.apache.camel.LoggingLevel.WARN, ChartWorker.CHUNK_OF_BATCH + " dead-lettered after repeated failures");
    }
}
