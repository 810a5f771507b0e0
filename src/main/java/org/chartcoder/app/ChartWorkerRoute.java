package org.chartcoder.app;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.aws2.s3.AWS2S3Constants;
import org.apache.camel.model.dataformat.JsonLibrary;

/**
 * Codes one chunk per job: competing consumers take jobs from the work queue, read the chunk's
 * bundle from S3 once, code its charts on the coding threads and write
 * {@code results/{batchId}/{chunkId}.json} in one put, holding every chart's result or error
 * record. The job is deleted only when the route completes, i.e. after that object is stored and
 * indexed. Bad charts are recorded one by one inside it; a job too broken to name its chunk gets an
 * error record of its own; any other failure leaves the job to SQS redelivery and, after
 * maxReceiveCount receives, to the dead-letter queue.
 */
public class ChartWorkerRoute extends RouteBuilder {

    public static final String ROUTE_ID = "chart-worker";
    static final String SOURCE = "kamelet:chart-job-source?queueName={{chartcoder.queue.work}}&sqsClient=#sqsClient"
            + "&concurrentConsumers={{chartcoder.worker.concurrentConsumers}}"
            + "&maxMessagesPerPoll={{chartcoder.worker.maxMessagesPerPoll}}"
            + "&visibilityTimeout={{chartcoder.worker.visibilityTimeout}}";
    private static final String CHUNK_RESULT = "chartcoderChunkResult";

    @Override
    public void configure() {
        onException(InvalidChartException.class)
                .handled(true)
                .bean("chartWorker", "malformedRecord")
                .marshal().json(JsonLibrary.Jackson)
                .setHeader(AWS2S3Constants.KEY, method("chartKeys", ChartWorker.recordKey(ChartKeys.ERRORS)))
                .to("{{chartcoder.sink}}")
                .bean("chartMetrics", "failed(${exception.reason})")
                .log("job ${header." + ChartWorker.CHUNK_ID + "} malformed: ${exception.reason}");

        // Not handled: the job stays on the queue for redelivery. Only the exception's class is
        // logged, because messages of library exceptions may quote the text they choked on.
        onException(Exception.class)
                .handled(false)
                .logExhausted(false)
                .process(e -> log.warn("chunk {} of batch {} not coded, left for redelivery: {}",
                        e.getMessage().getHeader(ChartWorker.CHUNK_ID), e.getMessage().getHeader(ChartWorker.BATCH_ID),
                        e.getProperty(org.apache.camel.Exchange.EXCEPTION_CAUGHT, Exception.class).getClass().getName()));

        from(SOURCE).routeId(ROUTE_ID)
                .bean("chartWorker", "parseJob")
                .filter().method("chartWorker", "alreadyCoded")
                    .log(ChartWorker.CHUNK_OF_BATCH + " sha256 ${header." + ChartWorker.SHA256
                            + "} already coded; redelivery ignored")
                    .stop()
                .end()
                .bean("chartWorker", "codeChunk")
                .setProperty(CHUNK_RESULT, body())
                .marshal().json(JsonLibrary.Jackson)
                .setHeader(AWS2S3Constants.KEY, method("chartKeys", ChartWorker.recordKey(ChartKeys.RESULTS)))
                .to("{{chartcoder.sink}}")
                .setBody(exchangeProperty(CHUNK_RESULT))
                .bean("chartWorker", "indexAndLog");
    }
}
