package org.chartcoder.app;

import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.aws2.sqs.Sqs2Constants;
import org.apache.camel.component.aws2.s3.AWS2S3Constants;
import org.apache.camel.model.dataformat.JsonLibrary;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Codes one chunk per job: competing consumers take jobs from the work queue, read the chunk's
 * bundle from S3 once, code its charts on the coding threads and write
 * {@code results/{batchId}/{chunkId}.json} in one put, holding every chart's result or error
 * record. The job is deleted only when the route completes, i.e. after that object is stored and
 * indexed. Bad charts are recorded one by one inside it; a job too broken to name its chunk gets an
 * error record of its own; a failed storage write re-queues the job as a new message (its receives
 * untouched) and pauses the consumers; any other failure leaves the job to SQS redelivery and,
 * after maxReceiveCount receives, to the dead-letter queue.
 */
public class ChartWorkerRoute extends RouteBuilder {

    public static final String ROUTE_ID = "chart-worker";
    static final String SOURCE = "kamelet:chart-job-source?queueName={{chartcoder.queue.work}}&sqsClient=#sqsClient"
            + "&concurrentConsumers={{chartcoder.worker.concurrentConsumers}}"
            + "&maxMessagesPerPoll={{chartcoder.worker.maxMessagesPerPoll}}"
            + "&visibilityTimeout={{chartcoder.worker.visibilityTimeout}}";
    private static final String CHUNK_RESULT = "chartcoderChunkResult";
    private static final int MAX_SQS_DELAY_SECONDS = 900;
    static final String LIMITS_ROUTE_ID = "worker-limits";
    private static final String LIMITS_TIMER = "timer:worker-limits?delay={{chartcoder.worker.limits-first-check-seconds:5}}000"
            + "&period={{chartcoder.worker.limits-check-seconds:30}}000";

    /** Bound by ChartCoderConfiguration where the worker codes; null where a test leaves limits out. */
    private WorkerLimits limits;
    /** Bound by ChartCoderConfiguration where the worker codes; null where a test leaves it out. */
    private StorageHealth storage;
    /** The work queue's URL, looked up on the first release: one getQueueUrl per worker, not per job. */
    private volatile String workQueueUrl;

    @Override
    public void configure() {
        limits = getContext().getRegistry().findSingleByType(WorkerLimits.class);
        storage = getContext().getRegistry().lookupByNameAndType("storageHealth", StorageHealth.class);
        onException(InvalidChartException.class)
                .handled(true)
                .bean("chartWorker", "malformedRecord")
                .marshal().json(JsonLibrary.Jackson)
                .setHeader(AWS2S3Constants.KEY, method("chartKeys", ChartWorker.recordKey(ChartKeys.ERRORS)))
                .to("{{chartcoder.sink}}")
                .bean("chartMetrics", "failed(${exception.reason})")
                .log("job ${header." + ChartWorker.CHUNK_ID + "} malformed: ${exception.reason}");

        // A job received while the worker stops: already visible again, not coded, not deleted.
        onException(JobReleasedException.class)
                .handled(false)
                .logExhausted(false)
                .log("job ${header.CamelAwsSqsMessageId} released (visibility 0): the worker is stopping");

        // A write the storage refused (no space, I/O error, permission denied) says nothing about the
        // chunk, and neither does a job received while storage is down (before the storage check paused
        // the consumers, e.g. on a volume already full when the worker starts): the job goes back on the
        // queue as a new message, delayed past the next storage check, and this one completes, so storage
        // trouble never uses up its receives (and never dead-letters it); the storage check then pauses
        // the consumers until the storage takes writes again.
        onException(Exception.class)
                .onWhen(exchange -> caught(exchange) instanceof StorageDownException
                        || StorageHealth.faultOf(caught(exchange)).isPresent())
                .handled(true)
                .useOriginalMessage()
                .logExhausted(false)
                .process(this::requeueForStorage)
                .to("{{chartcoder.jobs.sink}}");

        // Not handled: the job stays on the queue for redelivery. Only the exception's class is
        // logged, because messages of library exceptions may quote the text they choked on.
        onException(Exception.class)
                .handled(false)
                .logExhausted(false)
                .process(e -> log.warn("chunk {} of batch {} not coded, left for redelivery: {}",
                        e.getMessage().getHeader(ChartWorker.CHUNK_ID), e.getMessage().getHeader(ChartWorker.BATCH_ID),
                        e.getProperty(org.apache.camel.Exchange.EXCEPTION_CAUGHT, Exception.class).getClass().getName()));

        from(LIMITS_TIMER).routeId(LIMITS_ROUTE_ID)
                .process(exchange -> {
                    if (limits != null) {
                        limits.check();
                    }
                });

        from(SOURCE).routeId(ROUTE_ID)
                .process(this::releaseWhenStopping)
                .process(this::holdWhileStorageDown)
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

    private static Throwable caught(Exchange exchange) {
        Throwable failure = exchange.getException();
        return failure != null ? failure : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
    }

    /** Counts a failed write (a job received while storage was down wrote nothing) and delays the re-queued job. */
    private void requeueForStorage(Exchange exchange) {
        Optional<StorageHealth.Fault> fault = StorageHealth.faultOf(caught(exchange));
        fault.ifPresent(failed -> {
            storage.writeFailed(failed);
            getContext().getRegistry().lookupByNameAndType("chartMetrics", ChartMetrics.class).storageError(failed);
        });
        exchange.getIn().setHeader(Sqs2Constants.DELAY_HEADER, storageRequeueDelaySeconds());
        log.debug("job {} re-queued uncoded: {}", exchange.getIn().getHeader(Sqs2Constants.MESSAGE_ID),
                fault.map(failed -> "a storage write failed (" + failed.label + ")").orElse("storage is down"));
    }

    /** Past the next storage check, which pauses the consumers, so this worker does not take the job straight back. */
    private int storageRequeueDelaySeconds() {
        long checkPeriodMs = Long.parseLong(getContext().resolvePropertyPlaceholders("{{chartcoder.storage.checkPeriodMs}}"));
        return (int) Math.min(MAX_SQS_DELAY_SECONDS, checkPeriodMs / 1000 + 1);
    }

    /**
     * Once the worker stops (its limits reached, or SIGTERM: the context is stopping), the rest of
     * the batch its consumer received still comes through here: each such job is made visible again
     * at once (visibility 0) and failed, so SQS neither deletes it nor hides it for the visibility
     * timeout. Any other job counts as activity for the idle limit.
     */
    private void releaseWhenStopping(Exchange exchange) {
        if (!getContext().isStopping() && (limits == null || !limits.ending())) {
            if (limits != null) {
                limits.jobReceived();
            }
            return;
        }
        String receipt = exchange.getIn().getHeader(Sqs2Constants.RECEIPT_HANDLE, String.class);
        if (receipt != null) {
            SqsClient sqs = getContext().getRegistry().lookupByNameAndType("sqsClient", SqsClient.class);
            if (workQueueUrl == null) {
                String queue = getContext().resolvePropertyPlaceholders("{{chartcoder.queue.work}}");
                workQueueUrl = sqs.getQueueUrl(builder -> builder.queueName(queue)).queueUrl();
            }
            sqs.changeMessageVisibility(builder -> builder.queueUrl(workQueueUrl).receiptHandle(receipt).visibilityTimeout(0));
        }
        if (limits != null) {
            limits.countReleased();
        }
        throw new JobReleasedException();
    }

    private void holdWhileStorageDown(Exchange exchange) {
        if (storage != null && storage.problem().isPresent()) {
            throw new StorageDownException();
        }
    }

    /** A job not started because storage would not take its result. */
    static final class StorageDownException extends RuntimeException {

        StorageDownException() {
            super("job not started: storage is down", null, false, false);
        }
    }

    /** A job handed back to the queue because the worker stops. */
    static final class JobReleasedException extends RuntimeException {

        JobReleasedException() {
            super("job released: the worker is stopping", null, false, false);
        }
    }
}
