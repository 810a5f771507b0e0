package org.chartcoder.app;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Opaque {@code nextToken}s: the key of the last item of a page, base64url-encoded. Keys are ids
 * (checked by {@link ChartIds}) and a position, never chart text.
 */
public final class PageTokens {

    private static final String SEPARATOR = "\n";

    private PageTokens() {
    }

    public static String encode(String... parts) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, parts).getBytes(StandardCharsets.UTF_8));
    }

    /** The parts of a token made by {@link #encode}; a token that is not one is a bad request. */
    public static List<String> decode(String token, int parts) {
        try {
            List<String> decoded = List.of(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8)
                    .split(SEPARATOR, -1));
            if (decoded.size() != parts) {
                throw new IllegalArgumentException("nextToken is not valid");
            }
            return decoded;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("nextToken is not valid");
        }
    }

    /** The page size asked for, bounded to [1, max]; absent means the default. */
    public static int limit(Integer requested, int defaultLimit, int max) {
        if (requested == null) {
            return defaultLimit;
        }
        if (requested < 1 || requested > max) {
            throw new IllegalArgumentException("limit must be between 1 and " + max);
        }
        return requested;
    }
}
