package org.chartcoder.app;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** SHA-256 of a chart's bytes: with the chart id, the key of the worker's idempotency check. */
public final class ChartDigest {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    /** True for a digest as {@link #hex} writes it. */
    public static boolean isHex(String digest) {
        return digest != null && HEX.matcher(digest).matches();
    }

    public String sha256(Object body) {
        byte[] bytes = body instanceof byte[] b ? b : String.valueOf(body).getBytes(StandardCharsets.UTF_8);
        return hex(bytes);
    }

    public static String hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
