package org.chartcoder.engine.codeset;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Installs from a JDK HTTP server on a dynamic loopback port serving zips the test builds itself. */
class CodeSetInstallerTest {

    @TempDir
    Path dataRoot;

    /** Three tries 10 ms apart keep the retry tests fast. */
    private final CodeSetInstaller installer = CodeSetInstaller.withDefaultClient(new CodeSetInstaller.Retry(3, Duration.ofMillis(10)));
    private final AtomicInteger flakyRequests = new AtomicInteger();
    private final AtomicInteger downRequests = new AtomicInteger();
    private final AtomicInteger brokenRequests = new AtomicInteger();
    private HttpServer server;
    private byte[] release;

    @BeforeEach
    void serve() throws IOException {
        release = releaseZip();
        byte[] corrupt = Arrays.copyOf(release, release.length - 40);
        byte[] unrelated = zipOf("readme.txt", "not a code set".getBytes(StandardCharsets.UTF_8));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/2030-code-descriptions.zip", exchange -> respond(exchange, release));
        server.createContext("/corrupt.zip", exchange -> respond(exchange, corrupt));
        server.createContext("/unrelated.zip", exchange -> respond(exchange, unrelated));
        server.createContext("/flaky/2030-code-descriptions.zip", exchange -> {
            if (flakyRequests.incrementAndGet() == 1) {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
            } else {
                respond(exchange, release);
            }
        });
        server.createContext("/down.zip", exchange -> {
            downRequests.incrementAndGet();
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.createContext("/broken/2030-code-descriptions.zip", exchange -> {
            if (brokenRequests.incrementAndGet() == 1) {
                // Announce the whole zip, send half, hang up: the transfer breaks off mid-way.
                exchange.sendResponseHeaders(200, release.length);
                exchange.getResponseBody().write(release, 0, release.length / 2);
                exchange.close();
            } else {
                respond(exchange, release);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, byte[] body) throws IOException {
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private byte[] releaseZip() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/org/chartcoder/engine/codeset/icd10cm_order_2030.txt")) {
            return zipOf("icd10cm_order_2030.txt", in.readAllBytes());
        }
    }

    private static byte[] zipOf(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void downloadsVerifiesAndStoresWhereTheEngineLooks() throws Exception {
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(release));
        CodeSetInstaller.Installed installed = installer.install(url("/2030-code-descriptions.zip"), "2030", sha256, dataRoot);

        assertEquals(dataRoot.resolve("codeset/2030/2030-code-descriptions.zip"), installed.zip());
        assertEquals("2030", installed.version());
        assertEquals(3, installed.billable());
        assertEquals(DataDirectory.codeSets(dataRoot), DataDirectory.installedCodeSet(dataRoot).orElseThrow());
        assertEquals(3, CodeSetLoader.load(DataDirectory.codeSets(dataRoot)).billableCount());
    }

    @Test
    void rejectsAChecksumMismatchAndLeavesNothingBehind() {
        IOException error = assertThrows(IOException.class, () -> installer.install(url("/2030-code-descriptions.zip"), "2030", "00".repeat(32), dataRoot));
        assertTrue(error.getMessage().contains("SHA-256 mismatch"));
        assertNamesYearAndSource(error, "2030", url("/2030-code-descriptions.zip").toString());
        assertNothingLeftIn(dataRoot);
    }

    @Test
    void rejectsATruncatedZip() {
        IOException error = assertThrows(IOException.class, () -> installer.install(url("/corrupt.zip"), "2030", null, dataRoot));
        assertTrue(error.getMessage().contains("not a valid zip"), error.getMessage());
        assertNamesYearAndSource(error, "2030", url("/corrupt.zip").toString());
        assertTrue(error.getMessage().contains("--file PATH"), error.getMessage());
        assertNothingLeftIn(dataRoot);
    }

    @Test
    void rejectsAZipWithoutReleaseFiles() {
        IOException error = assertThrows(IOException.class, () -> installer.install(url("/unrelated.zip"), "2030", null, dataRoot));
        assertTrue(error.getMessage().contains("holds no ICD-10-CM code set"), error.getMessage());
        assertNothingLeftIn(dataRoot);
    }

    @Test
    void rejectsAMissingFile() {
        IOException error = assertThrows(IOException.class, () -> installer.install(url("/absent.zip"), "2030", null, dataRoot));
        assertTrue(error.getMessage().contains("HTTP 404"));
        assertNamesYearAndSource(error, "2030", url("/absent.zip").toString());
        assertTrue(error.getMessage().contains("--url"), error.getMessage());
        assertNothingLeftIn(dataRoot);
    }

    @Test
    void refusesPlainHttpToAnotherHost() {
        IOException error = assertThrows(IOException.class, () -> installer.install(URI.create("http://192.0.2.1/release.zip"), "2030", null, dataRoot));
        assertTrue(error.getMessage().contains("https"));
    }

    @Test
    void withoutANetworkNamesUrlYearAndCauseAndLeavesNothing() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        URI unreachable = URI.create("http://127.0.0.1:" + closedPort + "/2030-code-descriptions.zip");
        Path freshRoot = dataRoot.resolve("fresh");

        IOException error = assertThrows(IOException.class, () -> installer.install(unreachable, "2030", null, freshRoot));

        assertNamesYearAndSource(error, "2030", unreachable.toString());
        assertTrue(error.getMessage().contains("could not connect"), error.getMessage());
        assertTrue(error.getMessage().contains("tried 3 times"), error.getMessage());
        assertTrue(error.getMessage().contains("--file PATH"), error.getMessage());
        assertFalse(Files.exists(freshRoot), "the data directory the install created is removed again");
    }

    @Test
    void retriesAServerErrorAndSucceeds() throws Exception {
        CodeSetInstaller.Installed installed = installer.install(url("/flaky/2030-code-descriptions.zip"), "2030", null, dataRoot);

        assertEquals(2, flakyRequests.get());
        assertEquals(3, installed.billable());
        assertEquals(dataRoot.resolve("codeset/2030/2030-code-descriptions.zip"), installed.zip());
    }

    @Test
    void retriesATransferThatBreaksOff() throws Exception {
        CodeSetInstaller.Installed installed = installer.install(url("/broken/2030-code-descriptions.zip"), "2030", null, dataRoot);

        assertEquals(2, brokenRequests.get());
        assertEquals(3, CodeSetLoader.load(installed.zip()).billableCount());
    }

    @Test
    void givesUpAfterTheConfiguredAttempts() {
        IOException error = assertThrows(IOException.class, () -> installer.install(url("/down.zip"), "2030", null, dataRoot));

        assertEquals(3, downRequests.get());
        assertTrue(error.getMessage().contains("HTTP 503 (tried 3 times)"), error.getMessage());
        assertNothingLeftIn(dataRoot);
    }

    @Test
    void doesNotRetryAMissingFile() {
        AtomicInteger requests = new AtomicInteger();
        server.createContext("/gone.zip", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        assertThrows(IOException.class, () -> installer.install(url("/gone.zip"), "2030", null, dataRoot));
        assertEquals(1, requests.get());
    }

    @Test
    void installsAZipDownloadedByHand() throws Exception {
        Path downloaded = Files.write(dataRoot.resolve("2030-code-descriptions-tabular-order.zip"), release);
        Path root = dataRoot.resolve("data");
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(release));

        CodeSetInstaller.Installed installed = installer.installFromFile(downloaded, "2030", sha256, root);

        assertEquals(root.resolve("codeset/2030/2030-code-descriptions-tabular-order.zip"), installed.zip());
        assertEquals(3, installed.billable());
        assertTrue(Files.exists(downloaded), "the hand-downloaded file is copied, not moved");
        assertEquals(3, CodeSetLoader.load(DataDirectory.installedCodeSet(root).orElseThrow()).billableCount());
    }

    @Test
    void refusesABadFileClearlyAndLeavesNothing() throws IOException {
        Path root = dataRoot.resolve("data");
        Path truncated = Files.write(dataRoot.resolve("truncated.zip"), Arrays.copyOf(release, release.length - 40));
        Path missing = dataRoot.resolve("absent.zip");

        IOException bad = assertThrows(IOException.class, () -> installer.installFromFile(truncated, "2030", null, root));
        assertNamesYearAndSource(bad, "2030", truncated.toString());
        assertTrue(bad.getMessage().contains("not a valid zip"), bad.getMessage());
        assertFalse(Files.exists(root));

        IOException absent = assertThrows(IOException.class, () -> installer.installFromFile(missing, "2030", null, root));
        assertNamesYearAndSource(absent, "2030", missing.toString());
        assertTrue(absent.getMessage().contains("no such file"), absent.getMessage());
        assertFalse(Files.exists(root));
    }

    @Test
    void refusesAReleaseOfAnotherYear() throws IOException {
        Path downloaded = Files.write(dataRoot.resolve("release.zip"), release);
        Path root = dataRoot.resolve("data");

        IOException error = assertThrows(IOException.class, () -> installer.installFromFile(downloaded, "2031", null, root));

        assertTrue(error.getMessage().contains("holds the ICD-10-CM 2030 release"), error.getMessage());
        assertTrue(error.getMessage().contains("--year 2030"), error.getMessage());
        assertFalse(Files.exists(root));
    }

    @Test
    void refusesAYearThatIsNotFourDigits() {
        IOException error = assertThrows(IOException.class,
                () -> installer.install(url("/2030-code-descriptions.zip"), "../../etc", null, dataRoot));
        assertTrue(error.getMessage().contains("four digits"), error.getMessage());
        assertNothingLeftIn(dataRoot);
    }

    @Test
    void anInstallInProgressIsNotAnInstalledCodeSet() throws IOException {
        Files.createDirectories(DataDirectory.codeSets(dataRoot).resolve("2030"));
        Files.write(DataDirectory.codeSets(dataRoot).resolve("2030/.install-123.zip"), release);

        assertTrue(DataDirectory.installedCodeSet(dataRoot).isEmpty());
    }

    @Test
    void defaultsToTheCurrentFiscalYearOnCms() {
        assertEquals("2026", CodeSetInstaller.currentFiscalYear(LocalDate.of(2025, 10, 1)));
        assertEquals("2025", CodeSetInstaller.currentFiscalYear(LocalDate.of(2025, 9, 30)));
        assertEquals("https", CodeSetInstaller.defaultUrl("2026").getScheme());
        assertTrue(CodeSetInstaller.defaultUrl("2026").toString().contains("2026"));
    }

    private static void assertNamesYearAndSource(IOException error, String year, String source) {
        String message = error.getMessage();
        assertTrue(message.contains("ICD-10-CM " + year) && message.contains(source), message);
        assertFalse(message.contains("null"), message);
    }

    /** No file and no directory: the data root is as empty as before the install. */
    private static void assertNothingLeftIn(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            assertEquals(List.of(root), files.toList());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
