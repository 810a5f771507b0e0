package org.chartcoder.lifecycle;

import java.util.LinkedHashMap;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;

/** API Gateway HTTP API events (payload 2.0) as the service sends them, from a recorded one. */
final class ApiGatewayEvents {

    private ApiGatewayEvents() {
    }

    /** A GET of the path and raw query string ({@code null}: none), with the bearer token unless it is null. */
    static APIGatewayV2HTTPEvent get(String path, String query, String token) {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("lifecycle/api-gateway-http-event.json");
        event.setRawPath(path);
        event.setRawQueryString(query == null ? "" : query);
        event.getRequestContext().getHttp().setPath(path);
        Map<String, String> headers = new LinkedHashMap<>(event.getHeaders());
        headers.remove("authorization");
        if (token != null) {
            headers.put("authorization", "Bearer " + token);
        }
        event.setHeaders(headers);
        return event;
    }
}
