package org.chartcoder.app;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The index's page cursors: the key of a page's last item as a marked list of parts. Keys are ids
 * (checked by {@link ChartIds}), codes and positions, never chart text. {@link QueryApi} wraps a
 * cursor into the opaque {@code nextToken} users see.
 */
public final class PageTokens {

    private static final String MARK = "page";
    private static final String SEPARATOR = "\n";
    private static final Pattern PART = Pattern.compile("[A-Za-z0-9._#-]{0,256}");

    private PageTokens() {
    }

    public static String encode(String... parts) {
        return MARK + SEPARATOR + String.join(SEPARATOR, parts);
    }

    /** The parts of a cursor made by {@link #encode}; anything else is a bad request. */
    public static List<String> decode(String cursor, int parts) {
        List<String> decoded = List.of(cursor.split(SEPARATOR, -1));
        if (decoded.size() != parts + 1 || !decoded.get(0).equals(MARK)
                || !decoded.stream().allMatch(part -> PART.matcher(part).matches())) {
            throw new IllegalArgumentException("nextToken is not a token this API returned");
        }
        return decoded.subList(1, decoded.size());
    }
}
