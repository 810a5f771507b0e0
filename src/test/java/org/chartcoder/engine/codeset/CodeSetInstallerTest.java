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
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
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
        CodeSetInstaller.Installed installed = CodeSetInstaller.withDefaultClient()
                .install(url("/2030-code-descriptions.zip"), "2030", sha256, dataRoot);

        assertEquals(dataRoot.resolve("codeset/2030/2030-code-descriptions.zip"), installed.zip());
        assertEquals("2030", installed.version());
        assertEquals(3, installed.billable());
        assertEquals(DataDirectory.codeSets(dataRoot), DataDirectory.installedCodeSet(dataRoot).orElseThrow());
        assertEquals(3, CodeSetLoader.load(DataDirectory.codeSets(dataRoot)).billableCount());
    }

    @Test
    void rejectsAChecksumMismatchAndLeavesNothingBehind() {
        IOException error = assertThrows(IOException.class, () -> CodeSetInstaller.withDefaultClient()
                .install(url("/2030-code-descriptions.zip"), "2030", "00".repeat(32), dataRoot));
        assertTrue(error.getMessage().contains("SHA-256 mismatch"));
        assertNoZipIn(dataRoot);
    }

    @Test
    void rejectsATruncatedZip() {
        IOException error = assertThrows(IOException.class, () -> CodeSetInstaller.withDefaultClient()
                .install(url("/corrupt.zip"), "2030", null, dataRoot));
        assertTrue(error.getMessage().contains("not a valid zip"), error.getMessage());
        assertNoZipIn(dataRoot);
    }

    @Test
    void rejectsAZipWithoutReleaseFiles() {
        assertThrows(IOException.class, () -> CodeSetInstaller.withDefaultClient()
                .install(url("/unrelated.zip"), "2030", null, dataRoot));
        assertNoZipIn(dataRoot);
    }

    @Test
    void rejectsAMissingFile() {
        IOException error = assertThrows(IOException.class, () -> CodeSetInstaller.withDefaultClient()
                .install(url("/absent.zip"), "2030", null, dataRoot));
        assertTrue(error.getMessage().contains("HTTP 404"));
    }

    @Test
    void refusesPlainHttpToAnotherHost() {
        IOException error = assertThrows(IOException.class, () -> CodeSetInstaller.withDefaultClient()
                .install(URI.create("http://192.0.2.1/release.zip"), "2030", null, dataRoot));
        assertTrue(error.getMessage().contains("https"));
    }

    @Test
    void defaultsToTheCurrentFiscalYearOnCms() {
        assertEquals("2026", CodeSetInstaller.currentFiscalYear(LocalDate.of(2025, 10, 1)));
        assertEquals("2025", CodeSetInstaller.currentFiscalYear(LocalDate.of(2025, 9, 30)));
        assertEquals("https", CodeSetInstaller.defaultUrl("2026").getScheme());
        assertTrue(CodeSetInstaller.defaultUrl("2026").toString().contains("2026"));
    }

    private static void assertNoZipIn(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            assertFalse(files.anyMatch(p -> p.toString().endsWith(".zip")));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
