package org.chartcoder.lifecycle;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Events as the Lambda runtime hands them to a {@code RequestHandler<Map<String, Object>, ?>}: the JSON as maps. */
final class LambdaEvents {

    private LambdaEvents() {
    }

    /** An SNS delivery with one record per message. */
    static Map<String, Object> sns(String... messages) {
        return Map.of("Records", Arrays.stream(messages)
                .map(message -> Map.of("EventSource", "aws:sns", "Sns", Map.of("Message", message))).toList());
    }

    /** What the EventBridge schedule rule delivers. */
    static Map<String, Object> scheduled() {
        return Map.of("version", "0", "detail-type", LaunchMasterHandler.SCHEDULE_DETAIL_TYPE,
                "source", LaunchMasterHandler.SCHEDULE_SOURCE, "resources",
                List.of("arn:aws:events:us-east-1:123456789012:rule/chart-coder-reconcile"), "detail", Map.of());
    }

    static Map<String, Object> resource(String path) {
        try (InputStream in = LambdaEvents.class.getClassLoader().getResourceAsStream(path)) {
            return new ObjectMapper().readValue(in, new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
