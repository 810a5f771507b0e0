package org.chartcoder.engine.codeset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Downloads a CMS ICD-10-CM release zip, verifies it and stores it under
 * {@code <data dir>/codeset/<year>/}, where {@link DataDirectory#installedCodeSet} finds it. Only HTTPS
 * is accepted, except plain HTTP to the loopback interface (a local mirror, or a test server).
 */
public final class CodeSetInstaller {

    private static final Logger LOG = LoggerFactory.getLogger(CodeSetInstaller.class);
    /** CMS's file name pattern for the "Code Descriptions in Tabular Order" zip; it has changed before, hence --url. */
    private static final String CMS_URL = "https://www.cms.gov/files/zip/%s-code-descriptions-tabular-order.zip";
    private static final long PROGRESS_STEP = 4L * 1024 * 1024;

    private final HttpClient http;

    public CodeSetInstaller(HttpClient http) {
        this.http = http;
    }

    public static CodeSetInstaller withDefaultClient() {
        return new CodeSetInstaller(HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(30))
                .build());
    }

    /** The fiscal year in effect today: FY N starts on 1 October of year N-1. */
    public static String currentFiscalYear(LocalDate today) {
        return Integer.toString(today.getMonthValue() >= 10 ? today.getYear() + 1 : today.getYear());
    }

    public static URI defaultUrl(String year) {
        return URI.create(String.format(CMS_URL, year));
    }

    /** What was installed: the stored zip and the code set it holds. */
    public record Installed(Path zip, String version, int codes, long billable) {
    }

    /**
     * @param sha256 expected SHA-256 of the zip in hex, or null to skip that check
     */
    public Installed install(URI url, String year, String sha256, Path dataRoot) throws IOException, InterruptedException {
        requireSecure(url);
        Path directory = DataDirectory.codeSets(dataRoot).resolve(year);
        Files.createDirectories(directory);
        // A dot file: loaders reading the directory skip it until it is complete and renamed.
        Path partial = Files.createTempFile(directory, ".download-", ".zip");
        try {
            String digest = download(url, partial);
            if (sha256 != null && !sha256.equalsIgnoreCase(digest)) {
                throw new IOException("SHA-256 mismatch: expected " + sha256.toLowerCase(Locale.ROOT) + ", got " + digest);
            }
            int entries = verifyZip(partial);
            CodeSet codeSet = CodeSetLoader.load(partial);
            Path target = directory.resolve(fileName(url));
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Installed ICD-10-CM {} ({} zip entries, {} codes, {} billable) as {}", codeSet.version(), entries,
                    codeSet.codes().size(), codeSet.billableCount(), target);
            return new Installed(target, codeSet.version(), codeSet.codes().size(), codeSet.billableCount());
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static void requireSecure(URI url) throws IOException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("https")) {
            return;
        }
        if (scheme.equals("http") && url.getHost() != null && InetAddress.getByName(url.getHost()).isLoopbackAddress()) {
            return;
        }
        throw new IOException("refusing to download a code set over " + (scheme.isEmpty() ? "an unknown scheme" : scheme)
                + ": use an https URL");
    }

    private String download(URI url, Path target) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofMinutes(10)).GET().build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("download failed: HTTP " + response.statusCode() + " from " + url);
            }
            long expected = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), sha256)) {
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                long nextReport = PROGRESS_STEP;
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    total += read;
                    if (total >= nextReport) {
                        LOG.info("Downloaded {} of {} bytes", total, expected < 0 ? "?" : expected);
                        nextReport += PROGRESS_STEP;
                    }
                }
            }
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /**
     * Opens the zip through its central directory (a truncated download has none) and reads every
     * entry to its end, which checks each entry's CRC.
     */
    private static int verifyZip(Path zip) throws IOException {
        int entries = 0;
        try (ZipFile file = new ZipFile(zip.toFile())) {
            byte[] buffer = new byte[64 * 1024];
            for (ZipEntry entry : java.util.Collections.list(file.entries())) {
                try (InputStream in = file.getInputStream(entry)) {
                    while (in.read(buffer) >= 0) {
                        // reading to the end verifies the entry's CRC
                    }
                }
                if (!entry.isDirectory()) {
                    entries++;
                }
            }
        } catch (IOException e) {
            throw new IOException("the download is not a valid zip: " + e.getMessage(), e);
        }
        if (entries == 0) {
            throw new IOException("the download is not a valid zip: no entries");
        }
        return entries;
    }

    private static String fileName(URI url) {
        String path = url.getPath() == null ? "" : url.getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.toLowerCase(Locale.ROOT).endsWith(".zip") ? name : "icd10cm-release.zip";
    }
}
