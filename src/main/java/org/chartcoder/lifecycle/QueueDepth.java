package org.chartcoder.lifecycle;

import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.util.Map;

/** How many messages a queue holds: visible (waiting) and in flight (received, not yet deleted). */
@FunctionalInterface
public interface QueueDepth {

    Depth read();

    record Depth(long visible, long inFlight) {

        public boolean empty() {
            return visible == 0 && inFlight == 0;
        }
    }

    /** Camel has no queue-depth operation: SqsClient.getQueueAttributes it is. */
    static QueueDepth of(SqsClient sqs, String queueUrl) {
        return () -> {
            Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(builder -> builder.queueUrl(queueUrl)
                    .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
            return new Depth(Long.parseLong(attributes.getOrDefault(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, "0")),
                    Long.parseLong(attributes.getOrDefault(
                            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE, "0")));
        };
    }

    /** A queue by name, its URL looked up on the first read (sqs:GetQueueUrl, no account-wide listing). */
    static QueueDepth named(SqsClient sqs, String queueName) {
        return new QueueDepth() {
            private QueueDepth resolved;

            @Override
            public synchronized Depth read() {
                if (resolved == null) {
                    resolved = of(sqs, sqs.getQueueUrl(builder -> builder.queueName(queueName)).queueUrl());
                }
                return resolved.read();
            }
        };
    }
}
