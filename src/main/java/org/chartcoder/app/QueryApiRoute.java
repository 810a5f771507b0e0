package org.chartcoder.app;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.http.base.HttpHeaderFilterStrategy;
import org.apache.camel.spi.Registry;

/**
 * The HTTPS API on platform-http: a thin adapter that hands every query to {@link QueryApi} and
 * writes its answer back; only batch intake (POST /api/batches), which needs this Camel context's
 * producers, is answered here. Routes are per documented path, so that other route builders (the
 * lifecycle's /api/runs) can add theirs beside them.
 */
public class QueryApiRoute extends RouteBuilder {

    private static final String HEADER_FILTER = "apiHeaderFilter";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public void configure() {
        onException(Exception.class)
                .handled(true)
                .logExhausted(false)
                .process(e -> {
                    Exception failure = e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
                    if (failure instanceof RefusedRequestException refused) {
                        QueryApi.Response problem = QueryApi.problem(refused.status(), refused.getMessage());
                        if (refused.retryAfterSeconds() > 0) {
                            problem.headers().put("Retry-After", Integer.toString(refused.retryAfterSeconds()));
                        }
                        reply(e, problem);
                    } else if (failure instanceof IllegalArgumentException) {
                        reply(e, QueryApi.problem(400, failure.getMessage()));
                    } else {
                        log.warn("API request failed: {}", failure.getClass().getName());
                        reply(e, QueryApi.problem(500, "internal error"));
                    }
                });

        query("/api/health", "api-health");
        query("/api/openapi.json", "api-openapi");
        query("/viewer/", "viewer");
        query("/viewer/{file}", "viewer-files");
        from(endpoint(getContext(), "/api/batches")).routeId("api-batches")
                .choice()
                    .when(header(Exchange.HTTP_METHOD).isEqualTo("POST"))
                        .process(QueryApiRoute::submit)
                    .otherwise()
                        .process(QueryApiRoute::answer);
        from(endpoint(getContext(), "/api/batches/{batchId}")).routeId("api-batch").process(QueryApiRoute::answerBatch);
        query("/api/charts/{chartId}", "api-chart");
        query("/api/charts/{chartId}/text", "api-chart-text");
        query("/api/codes/{code}/charts", "api-code-charts");
    }

    private void query(String path, String routeId) {
        from(endpoint(getContext(), path)).routeId(routeId).process(QueryApiRoute::answer);
    }

    /** The platform-http endpoint of an API path, with the header filter that lets the core's headers out. */
    public static String endpoint(CamelContext context, String path) {
        if (context.getRegistry().lookupByNameAndType(HEADER_FILTER, ApiHeaderFilter.class) == null) {
            context.getRegistry().bind(HEADER_FILTER, new ApiHeaderFilter());
        }
        return "platform-http:" + path + "?headerFilterStrategy=#" + HEADER_FILTER;
    }

    /** Camel's HTTP filter keeps Cache-Control out of responses; every answer here must carry no-store. */
    static final class ApiHeaderFilter extends HttpHeaderFilterStrategy {

        ApiHeaderFilter() {
            getOutFilter().remove("cache-control");
        }
    }

    /** Stores and queues a posted batch; the token is checked by the same rule as every query. */
    private static void submit(Exchange e) {
        ApiAuthorization authorization = e.getContext().getRegistry().lookupByNameAndType("apiAuthorization",
                ApiAuthorization.class);
        if (!authorization.authorizes(e.getMessage().getHeader("Authorization", String.class))) {
            reply(e, QueryApi.unauthorized());
            return;
        }
        byte[] body = e.getMessage().getBody(byte[].class);
        String source = sourceOf(body);
        if (source != null) {
            S3Intake intake = e.getContext().getRegistry().lookupByNameAndType("s3Intake", S3Intake.class);
            reply(e, QueryApi.json(202, intake.acceptInBackground(source, e.getContext().createProducerTemplate())));
            return;
        }
        BatchIntake intake = e.getContext().getRegistry().lookupByNameAndType("batchIntake", BatchIntake.class);
        ChartRecords.Accepted accepted = intake.accept(body, e.getMessage().getHeader(BatchIntake.IDEMPOTENCY_KEY, String.class),
                e.getContext().createProducerTemplate());
        reply(e, QueryApi.json(202, accepted));
    }

    /**
     * A batch's status; where this process accepted the batch and failed to store it, with
     * {@code intakeFailure} (the reason, and what to resubmit), also when no chart of it was stored.
     */
    private static void answerBatch(Exchange e) throws java.io.IOException {
        String batchId = e.getMessage().getHeader("batchId", String.class);
        answer(e);
        BatchIntake intake = e.getContext().getRegistry().lookupByNameAndType("batchIntake", BatchIntake.class);
        Optional<BatchIntake.IntakeFailure> failure = intake == null || batchId == null ? Optional.empty()
                : intake.intakeFailure(batchId);
        int status = e.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        if (failure.isEmpty() || status != 200 && status != 404) {
            return;
        }
        ObjectNode body = status == 200 ? (ObjectNode) MAPPER.readTree(e.getMessage().getBody(byte[].class))
                : MAPPER.valueToTree(QueryApi.batchBody(new ChartLists.BatchPage(batchId, 0, 0, 0, 0, 0,
                        new ChartLists.Page<>(List.of(), Optional.empty()))));
        body.set("intakeFailure", MAPPER.valueToTree(failure.get()));
        e.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
        e.getMessage().setBody(MAPPER.writeValueAsBytes(body));
    }

    /** The {@code source} of a body {@code {"source": "s3://..."}}, or null for any other body (a batch of charts). */
    private static String sourceOf(byte[] body) {
        int first = 0;
        while (body != null && first < body.length && Character.isWhitespace(body[first])) {
            first++;
        }
        if (body == null || first == body.length || body[first] != '{') {
            return null;
        }
        JsonNode request = BatchIntake.readStrictly(body);
        if (request.size() != 1 || !request.path("source").isTextual()) {
            throw new IllegalArgumentException("body must be {\"source\": \"s3://bucket/prefix/\"} or an array of {chartId, text}");
        }
        return request.path("source").asText();
    }

    /** Any platform-http exchange through the query core: the lifecycle's runs route uses it too. */
    public static void answer(Exchange e) {
        Message message = e.getMessage();
        String uri = message.getHeader(Exchange.HTTP_URI, "", String.class);
        int query = uri.indexOf('?');
        reply(e, queryApi(e.getContext()).handle(new QueryApi.Request(message.getHeader(Exchange.HTTP_METHOD, String.class),
                query < 0 ? uri : uri.substring(0, query), query < 0 ? null : uri.substring(query + 1),
                message.getHeader("Authorization", String.class))));
    }

    /** The core over this context's beans, with the run record where the lifecycle bound one. */
    static QueryApi queryApi(CamelContext context) {
        Registry registry = context.getRegistry();
        return new QueryApi(registry.lookupByNameAndType("apiAuthorization", ApiAuthorization.class),
                registry.lookupByNameAndType("chartQueries", ChartQueries.class),
                Optional.ofNullable(registry.lookupByNameAndType("runQueries", RunQueries.class)));
    }

    /** Replaces whatever the request left on the message: its headers (the token among them) would be echoed. */
    private static void reply(Exchange e, QueryApi.Response response) {
        Message message = e.getMessage();
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, response.status());
        response.headers().forEach(message::setHeader);
        message.setBody(response.body());
    }
}
