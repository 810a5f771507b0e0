package org.chartcoder.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The query API in one place, independent of HTTP servers: a request is a method, a raw path, a raw
 * query string and the Authorization header; the answer is a status, headers and a body. The
 * platform-http routes ({@link QueryApiRoute}, the lifecycle's runs route) and the Lambda handler
 * for API Gateway are adapters over it, so every way in gives the same statuses, bodies, pagination
 * and headers. Everything but health, the OpenAPI document and the viewer's static files needs the
 * bearer token. {@code openapi.json} beside this class describes every answer; a test holds the two
 * together.
 */
public final class QueryApi {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    /** {@code authorization} is null when the request has no such header. */
    public record Request(String method, String rawPath, String rawQuery, String authorization) {
    }

    public record Response(int status, Map<String, String> headers, byte[] body) {

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(QueryApi.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, byte[]> RESOURCES = new ConcurrentHashMap<>();
    private static final Map<String, String> VIEWER_FILES = Map.of("", "text/html; charset=utf-8",
            "viewer.js", "text/javascript; charset=utf-8", "viewer.css", "text/css; charset=utf-8");
    /** The viewer loads only its own files and talks only to this API: no inline code, no other origin. */
    private static final String VIEWER_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private final ApiAuthorization authorization;
    private final ChartQueries charts;
    private final Optional<RunQueries> runs;

    /** {@code runs} is empty where no run record is served (the routes then answer 404). */
    public QueryApi(ApiAuthorization authorization, ChartQueries charts, Optional<RunQueries> runs) {
        this.authorization = authorization;
        this.charts = charts;
        this.runs = runs;
    }

    public Response handle(Request request) {
        try {
            return route(request);
        } catch (IllegalArgumentException e) {
            return problem(400, e.getMessage());
        } catch (UnreadableObjectException e) {
            LOG.warn("API request failed: a stored record cannot be decrypted");
            return problem(500, e.getMessage());
        } catch (RuntimeException e) {
            // the class only: a message could carry an S3 key or a stored record's content
            LOG.warn("API request failed: {}", e.getClass().getName());
            return problem(500, "internal error");
        }
    }

    private Response route(Request request) {
        List<String> path = segments(request.rawPath());
        if (!"GET".equalsIgnoreCase(request.method())) {
            Response refused = problem(405, "only GET is served here");
            refused.headers().put("Allow", "GET");
            return refused;
        }
        if (path.equals(List.of("api", "health"))) {
            return json(200, Map.of("status", "UP"));
        }
        if (path.equals(List.of("api", "openapi.json"))) {
            return file(200, "openapi.json", "application/json", API_POLICY);
        }
        if (path.size() == 2 && path.get(0).equals("viewer") && VIEWER_FILES.containsKey(path.get(1))) {
            String name = path.get(1).isEmpty() ? "index.html" : path.get(1);
            return file(200, "viewer/" + name, VIEWER_FILES.get(path.get(1)), VIEWER_POLICY);
        }
        if (!authorization.authorizes(request.authorization())) {
            return unauthorized();
        }
        Map<String, String> query = parameters(request.rawQuery());
        return switch (path.size() > 1 && path.get(0).equals("api") ? path.get(1) : "") {
            case "batches" -> batches(path, query);
            case "charts" -> chart(path, query);
            case "codes" -> path.size() == 4 && path.get(3).equals("charts") ? codeCharts(valid(path.get(2), "code"), query)
                    : unknownEndpoint();
            case "runs" -> runs.isPresent() ? run(runs.get(), path, query) : unknownEndpoint();
            default -> unknownEndpoint();
        };
    }

    private Response batches(List<String> path, Map<String, String> query) {
        if (path.size() == 2) {
            ChartLists.Page<String> page = charts.batchIds(page(query));
            return json(200, paged("batches", page.items().stream().map(id -> Map.of("batchId", id)).toList(), page));
        }
        if (path.size() != 3) {
            return unknownEndpoint();
        }
        return charts.batch(valid(path.get(2), "batchId"), page(query)).map(batch -> json(200, batchBody(batch)))
                .orElseGet(() -> problem(404, "unknown batch"));
    }

    /** The body of GET /api/batches/{batchId}: the batch's counts and one page of its charts. */
    static Map<String, Object> batchBody(ChartLists.BatchPage batch) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("batchId", batch.batchId());
        body.put("total", batch.total());
        body.put("queued", batch.queued());
        body.put("coded", batch.coded());
        body.put("failed", batch.failed());
        body.put("deadLettered", batch.deadLettered());
        body.put("done", batch.queued() == 0);
        body.putAll(paged("charts", batch.charts().items(), batch.charts()));
        return body;
    }

    private Response chart(List<String> path, Map<String, String> query) {
        if (path.size() == 4 && path.get(3).equals("text")) {
            return charts.chartText(valid(path.get(2), "chartId")).map(text -> json(200, text))
                    .orElseGet(() -> problem(404, "unknown chart"));
        }
        if (path.size() != 3) {
            return unknownEndpoint();
        }
        String chartId = valid(path.get(2), "chartId");
        ChartQueries.Answer answer = switch (query.getOrDefault("format", "default")) {
            case "default" -> charts.chart(chartId);
            case "comprehend" -> charts.chartAsComprehend(chartId);
            default -> throw new IllegalArgumentException("format must be default or comprehend");
        };
        return json(answer.status(), answer.body());
    }

    private Response codeCharts(String code, Map<String, String> query) {
        ChartLists.Page<ChartLists.ChartRef> page = charts.chartsWithCode(code, page(query));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.putAll(paged("charts", page.items(), page));
        return json(200, body);
    }

    private Response run(RunQueries runs, List<String> path, Map<String, String> query) {
        if (path.size() == 2) {
            ChartLists.Page<Map<String, Object>> page = runs.runs(page(query));
            return json(200, paged("runs", page.items(), page));
        }
        if (path.size() != 3) {
            return unknownEndpoint();
        }
        return runs.run(valid(path.get(2), "runId")).map(run -> json(200, run))
                .orElseGet(() -> problem(404, "unknown run"));
    }

    /** {@code {name: items}} and, while more items follow, {@code nextToken}. */
    private static Map<String, Object> paged(String name, List<?> items, ChartLists.Page<?> page) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(name, items);
        page.cursor().ifPresent(cursor -> body.put("nextToken",
                Base64.getUrlEncoder().withoutPadding().encodeToString(cursor.getBytes(StandardCharsets.UTF_8))));
        return body;
    }

    private static ChartLists.PageRequest page(Map<String, String> query) {
        int limit = DEFAULT_LIMIT;
        if (query.containsKey("limit")) {
            try {
                limit = Integer.parseInt(query.get("limit"));
            } catch (NumberFormatException e) {
                limit = 0;
            }
            if (limit < 1 || limit > MAX_LIMIT) {
                throw new IllegalArgumentException("limit must be an integer from 1 to " + MAX_LIMIT);
            }
        }
        Optional<String> cursor = Optional.ofNullable(query.get("nextToken")).map(token -> {
            try {
                return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("nextToken is not a token this API returned");
            }
        });
        return new ChartLists.PageRequest(limit, cursor);
    }

    private static String valid(String id, String what) {
        return ChartIds.requireValid(id, what);
    }

    /** Path segments, percent-decoded; a trailing slash gives a last empty segment. */
    private static List<String> segments(String rawPath) {
        String path = rawPath == null ? "" : rawPath;
        List<String> segments = new ArrayList<>(Arrays.asList(path.split("/", -1)));
        if (!segments.isEmpty() && segments.get(0).isEmpty()) {
            segments.remove(0);
        }
        try {
            // '+' is a plus in a path, not a space as in a query string
            segments.replaceAll(segment -> URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the path is not valid percent-encoding");
        }
        return segments;
    }

    /** The first value of each parameter of a raw query string. */
    static Map<String, String> parameters(String rawQuery) {
        Map<String, String> parameters = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        try {
            for (String pair : rawQuery.split("&")) {
                int equals = pair.indexOf('=');
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                parameters.putIfAbsent(name, value);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the query string is not valid percent-encoding");
        }
        return parameters;
    }

    private static Response unknownEndpoint() {
        return problem(404, "no such endpoint");
    }

    static Response unauthorized() {
        Response refused = problem(401, "missing or wrong bearer token");
        refused.headers().put("WWW-Authenticate", "Bearer");
        return refused;
    }

    static Response problem(int status, String message) {
        return json(status, new ChartRecords.Problem(status, message));
    }

    static Response json(int status, Object body) {
        try {
            return new Response(status, headers("application/json", API_POLICY), MAPPER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response not serializable", e);
        }
    }

    private static Response file(int status, String resource, String contentType, String policy) {
        return new Response(status, headers(contentType, policy), RESOURCES.computeIfAbsent(resource, QueryApi::read));
    }

    /**
     * Every answer may hold chart text or codes (PHI): no cache keeps it, browsers only reach the
     * API over HTTPS once they have seen it, and nothing is sniffed or framed.
     */
    private static Map<String, String> headers(String contentType, String policy) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", contentType);
        headers.put("Cache-Control", "no-store");
        headers.put("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Content-Security-Policy", policy);
        headers.put("Referrer-Policy", "no-referrer");
        return headers;
    }

    private static byte[] read(String resource) {
        try (InputStream in = QueryApi.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The routes API Gateway must send to the query function, as {@code "GET /api/charts/{chartId}"}:
     * every operation of the OpenAPI document but those marked {@code x-chartcoder-serverless: false}
     * (batch intake, which needs the work queue, stays with the api role).
     */
    public static List<String> serverlessRoutes() {
        try {
            JsonNode paths = MAPPER.readTree(read("openapi.json")).path("paths");
            List<String> routes = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> path = it.next();
                path.getValue().fields().forEachRemaining(operation -> {
                    if (operation.getValue().path("x-chartcoder-serverless").asBoolean(true)) {
                        routes.add(operation.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
                    }
                });
            }
            return routes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
