package org.chartcoder.local;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The subset of the POSIX (pax) tar format a data directory needs: directories and regular files,
 * with their path, permission bits and size in pax records, and each user extended attribute as a
 * {@code SCHILY.xattr.user.NAME} record, the form GNU tar's {@code --xattrs} writes and reads. Written
 * here rather than with a library to keep the jar's dependencies as they are.
 */
final class PaxTar {

    static final int BLOCK = 512;
    static final char FILE = '0';
    static final char DIRECTORY = '5';
    private static final char PAX_HEADER = 'x';
    private static final char PAX_GLOBAL_HEADER = 'g';
    private static final String XATTR_PREFIX = "SCHILY.xattr.user.";
    /** The largest size the 11 octal digits of a ustar header hold; larger sizes go in a pax record only. */
    private static final long MAX_OCTAL_SIZE = 077777777777L;

    private PaxTar() {
    }

    /** One archive member: a path relative to the archive's root, with '/' separators. */
    record Entry(String path, char type, int mode, long size, Map<String, byte[]> userAttributes) {
    }

    static void writeHeader(OutputStream out, Entry entry) throws IOException {
        Map<String, byte[]> records = new LinkedHashMap<>();
        records.put("path", entry.path().getBytes(StandardCharsets.UTF_8));
        if (entry.size() > MAX_OCTAL_SIZE) {
            records.put("size", Long.toString(entry.size()).getBytes(StandardCharsets.US_ASCII));
        }
        entry.userAttributes().forEach((name, value) -> records.put(XATTR_PREFIX + name, value));
        byte[] pax = paxRecords(records);
        out.write(ustarHeader("PaxHeaders/" + shortName(entry.path()), PAX_HEADER, 0644, pax.length));
        out.write(pax);
        pad(out, pax.length);
        out.write(ustarHeader(shortName(entry.path()), entry.type(), entry.mode(), Math.min(entry.size(), MAX_OCTAL_SIZE)));
    }

    /** Zero bytes up to the next block boundary after {@code length} bytes of data. */
    static void pad(OutputStream out, long length) throws IOException {
        int remainder = (int) (length % BLOCK);
        if (remainder != 0) {
            out.write(new byte[BLOCK - remainder]);
        }
    }

    static void writeEnd(OutputStream out) throws IOException {
        out.write(new byte[2 * BLOCK]);
    }

    /**
     * The next member's header, or null at the end of the archive. The caller then reads exactly
     * {@code size} bytes of data and {@link #skipPadding} after them.
     */
    static Entry readHeader(InputStream in) throws IOException {
        Map<String, byte[]> pax = new LinkedHashMap<>();
        while (true) {
            byte[] header = in.readNBytes(BLOCK);
            if (header.length < BLOCK) {
                throw new EOFException("the archive is truncated (no end-of-archive marker)");
            }
            if (isZero(header)) {
                return null;
            }
            verifyChecksum(header);
            char type = (char) header[156];
            long size = octal(header, 124, 12);
            if (type == PAX_HEADER || type == PAX_GLOBAL_HEADER) {
                byte[] data = readFully(in, size);
                skipPadding(in, size);
                if (type == PAX_HEADER) {
                    pax.putAll(parsePaxRecords(data));
                }
                continue;
            }
            String path = pax.containsKey("path") ? new String(pax.get("path"), StandardCharsets.UTF_8) : ustarName(header);
            if (pax.containsKey("size")) {
                size = Long.parseLong(new String(pax.get("size"), StandardCharsets.US_ASCII));
            }
            Map<String, byte[]> attributes = new LinkedHashMap<>();
            pax.forEach((key, value) -> {
                if (key.startsWith(XATTR_PREFIX)) {
                    attributes.put(key.substring(XATTR_PREFIX.length()), value);
                }
            });
            char normalized = type == 0 ? FILE : type;
            return new Entry(path, normalized, (int) octal(header, 100, 8), size, attributes);
        }
    }

    static void skipPadding(InputStream in, long length) throws IOException {
        int remainder = (int) (length % BLOCK);
        if (remainder != 0) {
            readFully(in, BLOCK - remainder);
        }
    }

    private static byte[] readFully(InputStream in, long size) throws IOException {
        byte[] data = in.readNBytes(Math.toIntExact(size));
        if (data.length < size) {
            throw new EOFException("the archive is truncated");
        }
        return data;
    }

    private static byte[] ustarHeader(String name, char type, int mode, long size) {
        byte[] header = new byte[BLOCK];
        put(header, 0, 100, name.getBytes(StandardCharsets.UTF_8));
        putOctal(header, 100, 8, mode);
        putOctal(header, 108, 8, 0);
        putOctal(header, 116, 8, 0);
        putOctal(header, 124, 12, size);
        putOctal(header, 136, 12, System.currentTimeMillis() / 1000);
        header[156] = (byte) type;
        put(header, 257, 6, "ustar\0".getBytes(StandardCharsets.US_ASCII));
        put(header, 263, 2, "00".getBytes(StandardCharsets.US_ASCII));
        Arrays.fill(header, 148, 156, (byte) ' ');
        putOctal(header, 148, 7, checksum(header));
        return header;
    }

    /** The ustar name field holds 100 bytes; the full path is in the pax record before it. */
    private static String shortName(String path) {
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        return bytes.length < 100 ? path : "long-name-" + Integer.toHexString(path.hashCode());
    }

    /** Each record is "LENGTH KEY=VALUE\n", LENGTH counting its own digits. */
    private static byte[] paxRecords(Map<String, byte[]> records) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        records.forEach((key, value) -> {
            byte[] keyBytes = (" " + key + "=").getBytes(StandardCharsets.UTF_8);
            int rest = keyBytes.length + value.length + 1;
            int length = rest + Integer.toString(rest).length();
            if (Integer.toString(length).length() != Integer.toString(rest).length()) {
                length++;
            }
            out.writeBytes(Integer.toString(length).getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(keyBytes);
            out.writeBytes(value);
            out.write('\n');
        });
        return out.toByteArray();
    }

    private static Map<String, byte[]> parsePaxRecords(byte[] data) throws IOException {
        Map<String, byte[]> records = new LinkedHashMap<>();
        int at = 0;
        while (at < data.length) {
            int space = at;
            while (space < data.length && data[space] != ' ') {
                space++;
            }
            int length;
            try {
                length = Integer.parseInt(new String(data, at, space - at, StandardCharsets.US_ASCII));
            } catch (NumberFormatException e) {
                throw new IOException("the archive has a malformed pax record");
            }
            int end = at + length;
            int equals = space + 1;
            while (equals < end && data[equals] != '=') {
                equals++;
            }
            if (length <= 0 || end > data.length || equals >= end || data[end - 1] != '\n') {
                throw new IOException("the archive has a malformed pax record");
            }
            records.put(new String(data, space + 1, equals - space - 1, StandardCharsets.UTF_8),
                    Arrays.copyOfRange(data, equals + 1, end - 1));
            at = end;
        }
        return records;
    }

    private static void verifyChecksum(byte[] header) throws IOException {
        long recorded = octal(header, 148, 8);
        byte[] copy = header.clone();
        Arrays.fill(copy, 148, 156, (byte) ' ');
        if (checksum(copy) != recorded) {
            throw new IOException("the archive is damaged (a header checksum does not match)");
        }
    }

    private static long checksum(byte[] header) {
        long sum = 0;
        for (byte b : header) {
            sum += b & 0xff;
        }
        return sum;
    }

    private static String ustarName(byte[] header) {
        int end = 0;
        while (end < 100 && header[end] != 0) {
            end++;
        }
        return new String(header, 0, end, StandardCharsets.UTF_8);
    }

    /** An octal field: leading spaces or NULs, digits, then a NUL or space (all NULs: zero). */
    private static long octal(byte[] header, int offset, int length) throws IOException {
        int at = offset;
        int end = offset + length;
        while (at < end && (header[at] == ' ' || header[at] == 0)) {
            at++;
        }
        long value = 0;
        for (; at < end && header[at] >= '0' && header[at] <= '7'; at++) {
            value = value * 8 + (header[at] - '0');
        }
        if (at < end && header[at] != 0 && header[at] != ' ') {
            throw new IOException("the archive is damaged (a header field is not octal)");
        }
        return value;
    }

    private static void putOctal(byte[] header, int offset, int length, long value) {
        String digits = Long.toOctalString(value);
        String padded = "0".repeat(length - 1 - digits.length()) + digits;
        put(header, offset, length - 1, padded.getBytes(StandardCharsets.US_ASCII));
    }

    private static void put(byte[] header, int offset, int length, byte[] value) {
        System.arraycopy(value, 0, header, offset, Math.min(length, value.length));
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
