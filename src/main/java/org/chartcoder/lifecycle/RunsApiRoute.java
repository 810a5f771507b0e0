package org.chartcoder.lifecycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chartcoder.app.ChartIds;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

import software.amazon.awssdk.services.s3.S3Client;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code GET /api/runs} and {@code GET /api/runs/{runId}}: the run record, behind the API's bearer
 * token like every other call. A run's answer holds its transitions and, once it ended, its summary.
 */
public class RunsApiRoute extends RouteBuilder {

    /** Set by the API's authorization processor (bean {@code apiAuthorization}). */
    static final String AUTHORIZED = "chartcoderAuthorized";

    private final ObjectMapper mapper = new ObjectMapper();
    private final Path dataDir;

    /** For a context where the lifecycle has bound the run record (local mode). */
    public RunsApiRoute() {
        this(null);
    }

    /** For the api role: reads lifecycle.jsonl in the data directory (local profile) or S3 runs/ (aws). */
    public RunsApiRoute(Path dataDir) {
        this.dataDir = dataDir;
    }

    @Override
    public void configure() {
        if (dataDir != null && getContext().getRegistry().findSingleByType(RunRecord.class) == null) {
            getContext().getRegistry().bind("runRecord", RunRecord.class, recordOfProfile());
        }
        from("platform-http:/api/runs?httpMethodRestrict=GET").routeId("api-runs")
                .process("apiAuthorization")
                .process(exchange -> {
                    if (authorized(exchange)) {
                        List<Map<String, Object>> runs = record(exchange).runs().stream().map(RunsApiRoute::overview).toList();
                        reply(exchange, 200, Map.of("runs", runs));
                    }
                });

        from("platform-http:/api/runs/{runId}?httpMethodRestrict=GET").routeId("api-run")
                .process("apiAuthorization")
                .process(exchange -> {
                    if (authorized(exchange)) {
                        answerRun(exchange, exchange.getMessage().getHeader("runId", String.class));
                    }
                });
    }

    private void answerRun(Exchange exchange, String runId) throws JsonProcessingException {
        if (!ChartIds.isValid(runId)) {
            reply(exchange, 400, Map.of("status", 400, "message", "runId must match " + ChartIds.PATTERN));
            return;
        }
        RunRecord record = record(exchange);
        List<RunEvent> events = record.events(runId);
        if (events.isEmpty()) {
            reply(exchange, 404, Map.of("status", 404, "message", "unknown run"));
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("runId", runId);
        body.put("events", events.stream().map(RunsApiRoute::event).toList());
        JsonNode summary = record.summaryJson(runId).isPresent() ? mapper.readTree(record.summaryJson(runId).get()) : null;
        body.put("summary", summary);
        reply(exchange, 200, body);
    }

    private static Map<String, Object> overview(RunRecord.RunOverview run) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("runId", run.runId());
        body.put("started", run.first().time().toString());
        body.put("lastEvent", run.last().event());
        body.put("lastTime", run.last().time().toString());
        body.put("events", run.events());
        return body;
    }

    private static Map<String, Object> event(RunEvent event) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("time", event.time().toString());
        body.put("event", event.event());
        body.putAll(event.details());
        return body;
    }

    private RunRecord recordOfProfile() {
        Function<String, String> lookup = LauncherContext.lookup(getContext());
        if ("local".equals(lookup.apply("camel.main.profile"))) {
            return new FileRunRecord(dataDir.toAbsolutePath());
        }
        return new S3RunRecord(getContext().getRegistry().lookupByNameAndType("s3Client", S3Client.class),
                lookup.apply("chartcoder.bucket"), lookup.apply("chartcoder.s3.kmsKeyId"));
    }

    private boolean authorized(Exchange exchange) throws JsonProcessingException {
        if (Boolean.TRUE.equals(exchange.getProperty(AUTHORIZED, Boolean.class))) {
            return true;
        }
        reply(exchange, 401, Map.of("status", 401, "message", "missing or wrong bearer token"));
        exchange.getMessage().setHeader("WWW-Authenticate", "Bearer");
        return false;
    }

    private static RunRecord record(Exchange exchange) {
        return exchange.getContext().getRegistry().findSingleByType(RunRecord.class);
    }

    private void reply(Exchange exchange, int status, Object body) throws JsonProcessingException {
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
        exchange.getMessage().setBody(mapper.writeValueAsBytes(body));
    }
}
