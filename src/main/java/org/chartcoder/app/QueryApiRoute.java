package org.chartcoder.app;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.ProcessorDefinition;

/**
 * The HTTPS API: submit a batch, query charts, batches and codes. Every call but health needs the
 * bearer token; ids are validated before they touch an S3 key.
 */
public class QueryApiRoute extends RouteBuilder {

    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public void configure() {
        onException(IllegalArgumentException.class)
                .handled(true)
                .process(e -> reply(e, 400, problem(400, e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class).getMessage())));
        onException(Exception.class)
                .handled(true)
                .logExhausted(false)
                .process(e -> {
                    log.warn("API request failed: {}", e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class).getClass().getName());
                    reply(e, 500, problem(500, "internal error"));
                });

        from("platform-http:/api/health?httpMethodRestrict=GET").routeId("api-health")
                .process(e -> reply(e, 200, Map.of("status", "UP", "camel", e.getContext().getStatus().name())));

        secured("/api/batches?httpMethodRestrict=POST", "api-submit-batch")
                .process(e -> reply(e, 202, e.getContext().getRegistry().lookupByNameAndType("batchIntake", BatchIntake.class)
                        .accept(e.getMessage().getBody(byte[].class), e.getContext().createProducerTemplate())));

        secured("/api/charts/{chartId}?httpMethodRestrict=GET", "api-chart")
                .process(e -> {
                    String chartId = validId(e, "chartId");
                    String format = e.getMessage().getHeader("format", "default", String.class);
                    ChartQueries.Answer answer = switch (format) {
                        case "default" -> queries(e).chart(chartId);
                        case "comprehend" -> queries(e).chartAsComprehend(chartId);
                        default -> new ChartQueries.Answer(400, problem(400, "format must be default or comprehend"));
                    };
                    reply(e, answer.status(), answer.body());
                });

        secured("/api/batches/{batchId}?httpMethodRestrict=GET", "api-batch")
                .process(e -> queries(e).batch(validId(e, "batchId")).ifPresentOrElse(
                        status -> reply(e, 200, status),
                        () -> reply(e, 404, problem(404, "unknown batch"))));

        secured("/api/batches/{batchId}/charts?httpMethodRestrict=GET", "api-batch-charts")
                .process(e -> {
                    String batchId = validId(e, "batchId");
                    ChartIndex.Page<ChartIndex.ChartEntry> page = queries(e).batchCharts(batchId,
                            e.getMessage().getHeader("status", String.class), limit(e), nextToken(e));
                    reply(e, 200, listBody("batchId", batchId, page));
                });

        secured("/api/codes/{code}/charts?httpMethodRestrict=GET", "api-code-charts")
                .process(e -> {
                    String code = ChartCodes.normalise(validId(e, "code"));
                    reply(e, 200, listBody("code", code, queries(e).chartsWithCode(code, limit(e), nextToken(e))));
                });
    }

    /** A route that answers 401 unless the request carries the bearer token. */
    private ProcessorDefinition<?> secured(String pathAndOptions, String routeId) {
        return from("platform-http:" + pathAndOptions).routeId(routeId)
                .process("apiAuthorization")
                .filter(exchangeProperty(ApiAuthorization.AUTHORIZED).isEqualTo(false))
                    .process(e -> {
                        reply(e, 401, problem(401, "missing or wrong bearer token"));
                        e.getMessage().setHeader("WWW-Authenticate", "Bearer");
                    })
                    .stop()
                .end();
    }

    private static ChartQueries queries(Exchange e) {
        return e.getContext().getRegistry().lookupByNameAndType("chartQueries", ChartQueries.class);
    }

    private static String validId(Exchange e, String header) {
        return ChartIds.requireValid(e.getMessage().getHeader(header, String.class), header);
    }

    private static Integer limit(Exchange e) {
        String limit = e.getMessage().getHeader("limit", String.class);
        if (limit == null) {
            return null;
        }
        try {
            return Integer.valueOf(limit);
        } catch (NumberFormatException failure) {
            throw new IllegalArgumentException("limit must be a number");
        }
    }

    private static String nextToken(Exchange e) {
        return e.getMessage().getHeader("nextToken", String.class);
    }

    /** {@code {<name>: <id>, charts: [...], nextToken}}; nextToken is left out on the last page. */
    private static Map<String, Object> listBody(String name, String id, ChartIndex.Page<ChartIndex.ChartEntry> page) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put(name, id);
        body.put("charts", page.items());
        if (page.nextToken() != null) {
            body.put("nextToken", page.nextToken());
        }
        return body;
    }

    private static ChartRecords.Problem problem(int status, String message) {
        return new ChartRecords.Problem(status, message);
    }

    /** Replaces whatever the request left on the message (its headers would otherwise be echoed). */
    private void reply(Exchange e, int status, Object body) {
        e.getMessage().removeHeaders("*");
        e.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        e.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
        try {
            e.getMessage().setBody(mapper.writeValueAsBytes(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException failure) {
            throw new IllegalStateException("response not serializable", failure);
        }
    }
}
