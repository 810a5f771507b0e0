package org.chartcoder.runtime;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Against a metadata service that, like EC2's with IMDSv2 required, answers nothing without a
 * session token and 404 for spot/instance-action until a reclaim is scheduled.
 */
class SpotInterruptionNoticeTest {

    private static final String TOKEN = "session-token-1";

    private HttpServer imds;
    private final AtomicBoolean reclaimScheduled = new AtomicBoolean();
    private final AtomicBoolean grantTokens = new AtomicBoolean(true);
    private final AtomicInteger unauthorised = new AtomicInteger();

    @BeforeEach
    void startMetadataService() throws IOException {
        imds = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        imds.createContext("/latest/api/token", exchange -> {
            boolean granted = grantTokens.get() && exchange.getRequestMethod().equals("PUT")
                    && exchange.getRequestHeaders().getFirst("X-aws-ec2-metadata-token-ttl-seconds") != null;
            answer(exchange, granted ? 200 : 403, granted ? TOKEN : "");
        });
        imds.createContext("/latest/meta-data/spot/instance-action", exchange -> {
            if (!TOKEN.equals(exchange.getRequestHeaders().getFirst("X-aws-ec2-metadata-token"))) {
                unauthorised.incrementAndGet();
                answer(exchange, 401, "");
            } else if (reclaimScheduled.get()) {
                answer(exchange, 200, "{\"action\": \"terminate\", \"time\": \"2026-12-02T15:20:00Z\"}");
            } else {
                answer(exchange, 404, "");
            }
        });
        imds.start();
    }

    @AfterEach
    void stop() {
        imds.stop(0);
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    private SpotInterruptionNotice notice() {
        return new SpotInterruptionNotice(URI.create("http://127.0.0.1:" + imds.getAddress().getPort()));
    }

    @Test
    void noticeShowsOnceEc2SchedulesTheReclaim() {
        SpotInterruptionNotice notice = notice();
        assertFalse(notice.getAsBoolean(), "404: no reclaim scheduled");
        reclaimScheduled.set(true);
        assertTrue(notice.getAsBoolean());
        assertEquals(0, unauthorised.get(), "every read carries the session token");
    }

    @Test
    void anUnreadableMetadataServiceIsNoNotice() {
        grantTokens.set(false);
        reclaimScheduled.set(true);
        assertFalse(notice().getAsBoolean(), "no token, no reading: the worker goes on");
        imds.stop(0);
        assertFalse(notice().getAsBoolean(), "nothing listening");
    }
}
