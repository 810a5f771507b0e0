package org.chartcoder.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.chartcoder.app.ApiAuthorization;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

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
        registry.bind("apiAuthorization", new ApiAuthorization("good"));
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

    /** What platform-http puts on the exchange: the method and the request URI. */
    private Exchange get(String endpoint, String token, String uri) {
        return template.request(endpoint, exchange -> {
            exchange.getMessage().setHeader(Exchange.HTTP_METHOD, "GET");
            exchange.getMessage().setHeader(Exchange.HTTP_URI, uri);
            if (token != null) {
                exchange.getMessage().setHeader("Authorization", "Bearer " + token);
            }
        });
    }

    @Test
    void listsRunsAndAnswersOneWithItsEventsAndSummary() throws Exception {
        Exchange list = get("direct:runs", "good", "/api/runs");
        assertEquals(200, list.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE));
        JsonNode runs = mapper.readTree(list.getMessage().getBody(byte[].class)).get("runs");
        assertEquals(2, runs.size());

        Exchange one = get("direct:run", "good", "/api/runs/run-a");
        JsonNode run = mapper.readTree(one.getMessage().getBody(byte[].class));
        assertEquals(200, one.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE));
        assertEquals("master.launched", run.get("events").get(1).get("event").asText());
        assertEquals("i-1", run.get("events").get(1).get("instanceId").asText());
        assertEquals("drained", run.get("summary").get("status").asText());
        assertTrue(mapper.readTree(get("direct:run", "good", "/api/runs/run-b").getMessage()
                .getBody(byte[].class)).get("summary").isNull());
    }

    @Test
    void runsPageWithLimitAndNextToken() throws Exception {
        JsonNode first = mapper.readTree(get("direct:runs", "good", "/api/runs?limit=1").getMessage().getBody(byte[].class));
        assertEquals(1, first.get("runs").size());
        JsonNode second = mapper.readTree(get("direct:runs", "good", "/api/runs?limit=1&nextToken="
                + first.get("nextToken").asText()).getMessage().getBody(byte[].class));
        assertEquals(1, second.get("runs").size());
        assertTrue(second.get("nextToken") == null, "two runs, two pages");
        assertTrue(!first.get("runs").get(0).get("runId").equals(second.get("runs").get(0).get("runId")));
    }

    @Test
    void unknownRunIs404BadIdIs400MissingTokenIs401() {
        assertEquals(404, get("direct:run", "good", "/api/runs/nope").getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE));
        assertEquals(400, get("direct:run", "good", "/api/runs/..%2Fetc").getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE));
        assertEquals(401, get("direct:runs", null, "/api/runs").getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE));
        assertEquals(401, get("direct:run", "bad", "/api/runs/run-a").getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE));
    }
}
