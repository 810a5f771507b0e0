package org.chartcoder.engine.codeset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Installs a CMS ICD-10-CM release zip under {@code <data dir>/codeset/<year>/}, where
 * {@link DataDirectory#installedCodeSet} finds it: downloaded ({@link #install}, HTTPS only, except
 * plain HTTP to the loopback interface for a local mirror or a test server) or copied from a zip
 * downloaded by hand ({@link #installFromFile}). Both run the same checks (SHA-256 when given, the zip's
 * central directory and every entry's CRC, an ICD-10-CM file inside, its year).
 *
 * <p>An install succeeds whole or leaves nothing: the zip is written to a dot file in the year
 * directory and renamed into place only once every check has passed; on failure that file and any
 * directory the install created are removed. A download is retried with exponential backoff when the
 * failure may pass (no connection, a timeout, a broken transfer, HTTP 408, 429 or 5xx). Every error
 * names the year, the source, the cause and what to do next.
 */
public final class CodeSetInstaller {

    private static final Logger LOG = LoggerFactory.getLogger(CodeSetInstaller.class);
    /** CMS's file name pattern for the "Code Descriptions in Tabular Order" zip; it has changed before, hence --url. */
    private static final String CMS_URL = "https://www.cms.gov/files/zip/%s-code-descriptions-tabular-order.zip";
    private static final long PROGRESS_STEP = 4L * 1024 * 1024;
    private static final Duration LONGEST_BACKOFF = Duration.ofMinutes(1);

    private static final String RETRY_LATER = "Try again later, check the network and any proxy (the JVM's "
            + "https.proxyHost), or download the zip in a browser and install it with: codeset install --year %s --file PATH";
    private static final String FIND_THE_FILE = "CMS renames its files between years: find the %s \"Code Descriptions "
            + "in Tabular Order\" or \"Code Tables, Tabular and Index\" zip on CMS's ICD-10 page and pass its address with "
            + "--url, or download it by hand and use --file PATH";
    private static final String FETCH_AGAIN = "The file is cut short or is not the release zip (a web page served in its "
            + "place, for instance): download it again, or fetch it in a browser and use --file PATH";

    private final HttpClient http;
    private final Retry retry;

    /**
     * How often a download is tried and how long to wait between tries: {@code firstDelay}, then twice
     * as long each time, at most a minute.
     */
    public record Retry(int attempts, Duration firstDelay) {

        /** Four tries over about 14 s: long enough for a server restart or a network blip. */
        public static final Retry DEFAULT = new Retry(4, Duration.ofSeconds(2));

        public Retry {
            if (attempts < 1) {
                throw new IllegalArgumentException("attempts must be at least 1, got " + attempts);
            }
            if (firstDelay.isNegative()) {
                throw new IllegalArgumentException("firstDelay must not be negative");
            }
        }

        Duration delayAfter(int failedAttempt) {
            Duration delay = firstDelay.multipliedBy(1L << Math.min(failedAttempt - 1, 20));
            return delay.compareTo(LONGEST_BACKOFF) > 0 ? LONGEST_BACKOFF : delay;
        }
    }

    public CodeSetInstaller(HttpClient http, Retry retry) {
        this.http = http;
        this.retry = retry;
    }

    public static CodeSetInstaller withDefaultClient() {
        return withDefaultClient(Retry.DEFAULT);
    }

    public static CodeSetInstaller withDefaultClient(Retry retry) {
        return new CodeSetInstaller(HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(30))
                .build(), retry);
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
     * Downloads the release zip at {@code url} and installs it as {@code year}.
     *
     * @param sha256 expected SHA-256 of the zip in hex, or null to skip that check
     * @throws IOException with a message naming the year, the URL, the cause and what to do
     */
    public Installed install(URI url, String year, String sha256, Path dataRoot) throws IOException, InterruptedException {
        Failure failure = new Failure(year, url.toString());
        requireYear(year, failure);
        requireSecure(url, failure);
        return installInto(dataRoot, year, fileName(url.getPath()), sha256, failure, partial -> download(url, partial, failure));
    }

    /**
     * Installs a release zip downloaded by hand, with the same checks as {@link #install}; the file
     * itself is copied, not moved.
     *
     * @param sha256 expected SHA-256 of the zip in hex, or null to skip that check
     * @throws IOException with a message naming the year, the file, the cause and what to do
     */
    public Installed installFromFile(Path zip, String year, String sha256, Path dataRoot) throws IOException, InterruptedException {
        Failure failure = new Failure(year, zip.toString());
        requireYear(year, failure);
        if (!Files.isRegularFile(zip) || !Files.isReadable(zip)) {
            throw failure.of(Files.exists(zip) ? "not a readable file" : "no such file",
                    "Check the path given with --file");
        }
        return installInto(dataRoot, year, fileName(zip.getFileName().toString()), sha256, failure,
                partial -> copy(zip, partial, failure));
    }

    /** Writes the zip into a new, unchecked file and returns its SHA-256 in hex. */
    @FunctionalInterface
    private interface Fill {
        String into(Path partial) throws IOException, InterruptedException;
    }

    private Installed installInto(Path dataRoot, String year, String fileName, String sha256, Failure failure, Fill fill)
            throws IOException, InterruptedException {
        Path directory = DataDirectory.codeSets(dataRoot).resolve(year);
        List<Path> created = createDirectories(directory, failure);
        Path partial = null;
        boolean installed = false;
        try {
            // A dot file in the target directory: loaders skip it, and the final rename stays on one file system.
            partial = Files.createTempFile(directory, ".install-", ".zip");
            String digest = fill.into(partial);
            if (sha256 != null && !sha256.equalsIgnoreCase(digest)) {
                throw failure.of("SHA-256 mismatch: expected " + sha256.toLowerCase(Locale.ROOT) + ", got " + digest,
                        "Compare --sha256 with the checksum CMS publishes; if they agree, the file was altered or cut "
                                + "short on the way: download it again");
            }
            int entries = verifyZip(partial, failure);
            CodeSet codeSet = loadCodeSet(partial, failure);
            if (codeSet.version() != null && !codeSet.version().equals(year)) {
                throw failure.of("the zip holds the ICD-10-CM " + codeSet.version() + " release",
                        "Install it with --year " + codeSet.version() + ", or use the " + year + " release");
            }
            Path target = directory.resolve(fileName);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            installed = true;
            LOG.info("Installed ICD-10-CM {} ({} zip entries, {} codes, {} billable) as {}", codeSet.version(), entries,
                    codeSet.codes().size(), codeSet.billableCount(), target);
            return new Installed(target, codeSet.version(), codeSet.codes().size(), codeSet.billableCount());
        } catch (Failure.Reported e) {
            throw e;
        } catch (IOException e) {
            throw failure.of("cannot write to " + directory + ": " + describe(e),
                    "Check that the data directory (--data-dir) is writable and has space", e);
        } finally {
            if (partial != null) {
                Files.deleteIfExists(partial);
            }
            if (!installed) {
                removeEmpty(created);
            }
        }
    }

    /** Creates the missing directories down to {@code directory} and returns them, deepest first. */
    private static List<Path> createDirectories(Path directory, Failure failure) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = directory.toAbsolutePath(); p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(p);
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            removeEmpty(missing);
            throw failure.of("cannot create " + directory + ": " + describe(e),
                    "Check that the data directory (--data-dir) is writable", e);
        }
        return missing;
    }

    private static void removeEmpty(List<Path> deepestFirst) {
        for (Path directory : deepestFirst) {
            try {
                Files.deleteIfExists(directory);
            } catch (IOException e) {
                // Not empty (something else wrote there meanwhile) or not ours to remove: leave it.
                return;
            }
        }
    }

    private static void requireYear(String year, Failure failure) throws IOException {
        // The year names a directory: four digits keep it from reaching outside the data directory.
        if (year == null || !year.matches("\\d{4}")) {
            throw failure.of("the year must be four digits", "Pass a fiscal year such as --year 2026");
        }
    }

    private static void requireSecure(URI url, Failure failure) throws IOException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("https")) {
            return;
        }
        if (scheme.equals("http") && isLoopback(url.getHost())) {
            return;
        }
        throw failure.of("refusing to download a code set over " + (scheme.isEmpty() ? "an unknown scheme" : scheme),
                "Use an https URL (plain http only to a mirror on this machine)");
    }

    private static boolean isLoopback(String host) {
        try {
            return host != null && InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private String download(URI url, Path target, Failure failure) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            MayPass problem;
            try {
                return downloadOnce(url, target, failure);
            } catch (MayPass e) {
                problem = e;
            }
            if (attempt >= retry.attempts()) {
                String tries = attempt == 1 ? "" : " (tried " + attempt + " times)";
                throw failure.of(problem.getMessage() + tries, String.format(RETRY_LATER, failure.year), problem.getCause());
            }
            Duration delay = retry.delayAfter(attempt);
            LOG.warn("Download of ICD-10-CM {} from {} failed: {}; try {} of {} in {} ms", failure.year, url,
                    problem.getMessage(), attempt + 1, retry.attempts(), delay.toMillis());
            Thread.sleep(delay.toMillis());
        }
    }

    /** One try; {@link MayPass} when another try may succeed, a reported failure when it cannot. */
    private String downloadOnce(URI url, Path target, Failure failure) throws IOException, InterruptedException, MayPass {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofMinutes(10)).GET().build();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new MayPass(describe(e), e);
        }
        MessageDigest sha256 = sha256();
        try (InputStream in = response.body()) {
            int status = response.statusCode();
            if (status == 408 || status == 429 || status >= 500) {
                throw new MayPass("HTTP " + status, null);
            }
            if (status != 200) {
                throw failure.of("HTTP " + status, String.format(FIND_THE_FILE, failure.year));
            }
            long expected = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), sha256)) {
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                long nextReport = PROGRESS_STEP;
                int read;
                while ((read = read(in, buffer, total)) >= 0) {
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

    /** Reads from the connection; a broken transfer may pass, unlike a failing disk. */
    private static int read(InputStream in, byte[] buffer, long receivedSoFar) throws MayPass {
        try {
            return in.read(buffer);
        } catch (IOException e) {
            throw new MayPass("the transfer broke off after " + receivedSoFar + " bytes: " + describe(e), e);
        }
    }

    private static String copy(Path source, Path target, Failure failure) throws IOException {
        MessageDigest sha256 = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(source), sha256)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw failure.of("cannot copy it into the data directory: " + describe(e),
                    "Check that the file is readable and the data directory (--data-dir) writable with space", e);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /**
     * Opens the zip through its central directory (a truncated download has none) and reads every
     * entry to its end, which checks each entry's CRC.
     */
    private static int verifyZip(Path zip, Failure failure) throws IOException {
        int entries = 0;
        try (ZipFile file = new ZipFile(zip.toFile())) {
            byte[] buffer = new byte[64 * 1024];
            for (ZipEntry entry : Collections.list(file.entries())) {
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
            throw failure.of("not a valid zip (" + describe(e) + ")", FETCH_AGAIN, e);
        }
        if (entries == 0) {
            throw failure.of("not a valid zip (no entries)", FETCH_AGAIN);
        }
        return entries;
    }

    private static CodeSet loadCodeSet(Path zip, Failure failure) throws IOException {
        try {
            return CodeSetLoader.load(zip);
        } catch (IOException | UncheckedIOException e) {
            throw failure.of("the zip holds no ICD-10-CM code set (" + describe(e) + ")",
                    "Use CMS's \"Code Descriptions in Tabular Order\" or \"Code Tables, Tabular and Index\" zip", e);
        }
    }

    private static String fileName(String path) {
        String name = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        return name.toLowerCase(Locale.ROOT).endsWith(".zip") && !name.startsWith(".") ? name : "icd10cm-release.zip";
    }

    /**
     * A cause in words. The JDK's HTTP client throws a ConnectException without a message (its causes
     * have none either) when a connection is refused or a host is unknown, which once surfaced as
     * "failed: null"; so the first message in the chain is used, else what the type means.
     */
    static String describe(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return "host not found (" + t.getClass().getSimpleName() + ")";
            }
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage() + " (" + t.getClass().getSimpleName() + ")";
            }
        }
        if (error instanceof ConnectException) {
            return "could not connect: refused, or no route to the host (ConnectException)";
        }
        return error.getClass().getSimpleName();
    }

    /** A failed try that another try may get past. */
    private static final class MayPass extends Exception {
        MayPass(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Builds the one error an install reports: year, source, cause, and what to do. */
    private static final class Failure {
        private final String year;
        private final String source;

        Failure(String year, String source) {
            this.year = year == null ? "(no year given)" : year;
            this.source = source;
        }

        Reported of(String cause, String advice) {
            return of(cause, advice, null);
        }

        Reported of(String cause, String advice, Throwable error) {
            return new Reported("cannot install ICD-10-CM " + year + " from " + source + ": " + cause + ". " + advice + ".", error);
        }

        /** Already says all there is to say; passed on as it is. */
        static final class Reported extends IOException {
            Reported(String message, Throwable cause) {
                super(message, cause);
            }
        }
    }
}
