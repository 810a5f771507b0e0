package org.chartcoder.app;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Lets a request through only with {@code Authorization: Bearer <token>}. The comparison is
 * constant-time: both sides are hashed to a fixed length first, then compared with
 * {@link MessageDigest#isEqual}, so neither the token's length nor its prefix leaks through timing.
 * The query core and batch intake ask it; the routes never pass the header on.
 */
public class ApiAuthorization {

    private final byte[] expectedDigest;

    public ApiAuthorization(String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalStateException("no API token: set CHARTCODER_API_TOKEN");
        }
        this.expectedDigest = digest(token.trim());
    }

    /** Whether an Authorization header value ({@code null} when absent) carries the token. */
    public boolean authorizes(String header) {
        String presented = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : "";
        return MessageDigest.isEqual(expectedDigest, digest(presented));
    }

    private static byte[] digest(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
