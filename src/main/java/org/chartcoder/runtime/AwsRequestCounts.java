package org.chartcoder.runtime;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Counts every AWS request this JVM sends, by service and operation, retries included (each is
 * billed). The SDK loads it into every client it builds, including the S3 Encryption Client's
 * inner ones, through {@code software/amazon/awssdk/global/handlers/execution.interceptors}; the
 * request-count test and {@code bench-local} read it. Operation names only: never keys or bodies.
 */
public final class AwsRequestCounts implements ExecutionInterceptor {

    private static final Map<String, LongAdder> COUNTS = new ConcurrentHashMap<>();

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        COUNTS.computeIfAbsent(service + " " + operation, key -> new LongAdder()).increment();
    }

    /** Requests so far, keyed {@code "<service> <operation>"} (e.g. {@code "S3 PutObject"}), in key order. */
    public static Map<String, Long> snapshot() {
        Map<String, Long> counts = new TreeMap<>();
        COUNTS.forEach((key, count) -> counts.put(key, count.sum()));
        return counts;
    }

    public static void reset() {
        COUNTS.clear();
    }

    /** Requests so far to one service ({@code "S3"}, {@code "Sqs"}, {@code "DynamoDb"}). */
    public static long of(String service) {
        return snapshot().entrySet().stream().filter(e -> e.getKey().startsWith(service + " "))
                .mapToLong(Map.Entry::getValue).sum();
    }
}
