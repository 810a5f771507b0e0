package org.chartcoder.app;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Lets a request through only with {@code Authorization: Bearer <token>}. The comparison is
 * constant-time: both sides are hashed to a fixed length first, then compared with
 * {@link MessageDigest#isEqual}, so neither the token's length nor its prefix leaks through timing.
 */
public class ApiAuthorization implements Processor {

    public static final String AUTHORIZED = "chartcoderAuthorized";

    private final byte[] expectedDigest;

    public ApiAuthorization(String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalStateException("no API token: set CHARTCODER_API_TOKEN");
        }
        this.expectedDigest = digest(token.trim());
    }

    @Override
    public void process(Exchange exchange) {
        String header = exchange.getMessage().getHeader("Authorization", String.class);
        String presented = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : "";
        boolean authorized = MessageDigest.isEqual(expectedDigest, digest(presented));
        exchange.setProperty(AUTHORIZED, authorized);
        // the credential has done its job; it must not travel further with the exchange
        exchange.getMessage().removeHeader("Authorization");
    }

    private static byte[] digest(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
