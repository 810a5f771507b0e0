package org.chartcoder.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunsApiRouteTest extends CamelTestSupport {

    @TempDir
    static Path dataDir;

    private final ObjectMapper mapper = new ObjectMapper();
    private RunRecord record;

    @Override
    public void configureTest(TestExecutionConfiguration configuration) {
        super.configureTest(configuration);
        configuration.withUseAdviceWith(true);
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        record = new FileRunRecord(dataDir.resolve(String.valueOf(System.nanoTime())));
        registry.bind("runRecord", record);
        // stands in for the API's bearer-token check: "good" is the only token
        registry.bind("apiAuthorization", (org.apache.camel.Processor) exchange -> exchange.setProperty(
                RunsApiRoute.AUTHORIZED, "Bearer good".equals(exchange.getMessage().getHeader("Authorization"))));
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RunsApiRoute();
    }

    @BeforeEach
    void replaceHttp() throws Exception {
        AdviceWith.adviceWith(context, "api-runs", route -> route.replaceFromWith("direct:runs"));
        AdviceWith.adviceWith(context, "api-run", route -> route.replaceFromWith("direct:run"));
        context.start();
        record.append(RunEvent.of("run-a", "alarm.received", "state", "ALARM"));
        record.append(RunEvent.of("run-a", "master.launched", "instanceId", "i-1"));
        record.writeSummary("run-a", "{\"runId\":\"run-a\",\"status\":\"drained\"}");
        record.append(RunEvent.of("run-b", "alarm.recorded", "state", "OK"));
    }

    private Exchange get(String endpoint, String token, Map<String, Object> headers) {
        return template.request(endpoint, exchange -> {
            exchange.getMessage().setHeaders(new java.util.HashMap<>(headers));
            if (token != null) {
                exchange.getMessage().setHeader("Authorization", "Bearer " + token);
            }
        });
    }

    @Test
    void listsRunsAndAnswersOneWithItsEventsAndSummary() throws Exception {
        Exchange list = get("direct:runs", "good", Map.of());
        assertEquals(200, list.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE));
        JsonNode runs = mapper.readTree(list.getMessage().getBody(byte[].class)).get("runs");
        assertEquals(2, runs.size());

        Exchange one = get("direct:run", "good", Map.of("runId", "run-a"));
        JsonNode run = mapper.readTree(one.getMessage().getBody(byte[].class));
        assertEquals(200, one.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE));
        assertEquals("master.launched", run.get("events").get(1).get("event").asText());
        assertEquals("i-1", run.get("events").get(1).get("instanceId").asText());
        assertEquals("drained", run.get("summary").get("status").asText());
        assertTrue(mapper.readTree(get("direct:run", "good", Map.of("runId", "run-b")).getMessage()
                .getBody(byte[].class)).get("summary").isNull());
    }

    @Test
    void unknownRunIs404BadIdIs400MissingTokenIs401() {
        assertEquals(404, get("direct:run", "good", Map.of("runId", "nope")).getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE));
        assertEquals(400, get("direct:run", "good", Map.of("runId", "../etc")).getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE));
        assertEquals(401, get("direct:runs", null, Map.of()).getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE));
        assertEquals(401, get("direct:run", "bad", Map.of("runId", "run-a")).getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE));
    }
}
