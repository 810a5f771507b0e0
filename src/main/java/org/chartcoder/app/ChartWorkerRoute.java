package org.chartcoder.app;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.aws2.s3.AWS2S3Constants;
import org.apache.camel.model.dataformat.JsonLibrary;

/**
 * Codes one chart per job: competing consumers take jobs from the work queue, read the chart from
 * S3, code it and write {@code results/{batchId}/{chartId}.json}. The job is deleted only when the
 * route completes, i.e. after the result or error record is stored. Invalid charts get an error
 * record and are not retried; any other failure leaves the job to SQS redelivery and, after
 * maxReceiveCount receives, to the dead-letter queue.
 */
public class ChartWorkerRoute extends RouteBuilder {

    public static final String ROUTE_ID = "chart-worker";
    static final String SOURCE = "kamelet:chart-job-source?queueName={{chartcoder.queue.work}}&sqsClient=#sqsClient"
            + "&concurrentConsumers={{chartcoder.worker.concurrentConsumers}}"
            + "&maxMessagesPerPoll={{chartcoder.worker.maxMessagesPerPoll}}"
            + "&visibilityTimeout={{chartcoder.worker.visibilityTimeout}}";

    @Override
    public void configure() {
        onException(InvalidChartException.class)
                .handled(true)
                .bean("chartWorker", "errorRecord")
                .marshal().json(JsonLibrary.Jackson)
                .setHeader(AWS2S3Constants.KEY, method("chartKeys", ChartWorker.recordKey(ChartKeys.ERRORS)))
                .to("{{chartcoder.sink}}")
                .bean("chartMetrics", "failed(${exception.reason})")
                .log(ChartWorker.CHART_OF_BATCH + " failed: ${exception.reason}");

        // Not handled: the job stays on the queue for redelivery. Only the exception's class is
        // logged, because messages of library exceptions may quote the text they choked on.
        onException(Exception.class)
                .handled(false)
                .logExhausted(false)
                .process(e -> log.warn("chart {} of batch {} not coded, left for redelivery: {}",
                        e.getMessage().getHeader(ChartWorker.CHART_ID), e.getMessage().getHeader(ChartWorker.BATCH_ID),
                        e.getProperty(org.apache.camel.Exchange.EXCEPTION_CAUGHT, Exception.class).getClass().getName()));

        from(SOURCE).routeId(ROUTE_ID)
                .bean("chartWorker", "parseJob")
                .filter().method("chartWorker", "alreadyCoded")
                    .log("chart ${header." + ChartWorker.CHART_ID + "} sha256 ${header." + ChartWorker.SHA256
                            + "} already coded; redelivery ignored")
                    .stop()
                .end()
                .bean("chartWorker", "readChart")
                .bean("chartWorker", "code")
                .marshal().json(JsonLibrary.Jackson)
                .setHeader(AWS2S3Constants.KEY, method("chartKeys", ChartWorker.recordKey(ChartKeys.RESULTS)))
                .to("{{chartcoder.sink}}")
                .bean("chartMetrics", "coded(${header." + ChartWorker.STARTED + "})")
                .log(ChartWorker.CHART_OF_BATCH + " coded in ${bean:chartWorker?method=elapsedMillis} ms");
    }
}
