package org.chartcoder.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.chartcoder.cli.BenchLocalCommand;
import org.chartcoder.cli.ChartCoderCli;
import org.chartcoder.local.DataDirectoryArchive;
import org.chartcoder.local.EncryptingS3Client;
import org.chartcoder.local.LocalEmulators;
import org.chartcoder.local.LocalSecrets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The emulator keeps each object's encryption envelope only in extended attributes. A data directory
 * copied without them (cp -r, tar or rsync without their xattr options; here a plain Java file copy)
 * cannot be decrypted, and the API says so: an error, never queued or unknown. Copied with them
 * ({@code cp -a}), it decrypts; so does one restored from {@code chart-coder backup}'s archive after
 * the archive itself was copied as plain bytes.
 */
class PortableDataDirectoryTest {

    private static final String RECORD = "{\"batchId\":\"b1\",\"chunkId\":\"c000000\",\"results\":[],\"errors\":[]}";
    private static final String CODED_RECORD = "{\"batchId\":\"b1\",\"chunkId\":\"c000000\",\"results\":"
            + "[{\"chartId\":\"n1\",\"batchId\":\"b1\",\"codes\":[{\"code\":\"I10\"}]}],\"errors\":[]}";
    private static final StaticCredentialsProvider CREDENTIALS = StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b"));

    private final Path workDir = Path.of("target", "portable-data-test-" + System.nanoTime());

    @AfterEach
    void delete() throws Exception {
        BenchLocalCommand.deleteRecursively(workDir);
    }

    @Test
    void aCopyWithoutExtendedAttributesIsAnErrorNeverQueuedAndCpDashADecrypts() throws Exception {
        Path original = workDir.resolve("data");
        storeResult(original, RECORD);

        Path plainCopy = copyWithoutAttributes(original, workDir.resolve("copy"));
        try (LocalEmulators emulators = start(plainCopy); S3Client s3 = client(plainCopy, emulators);
             H2ChartIndex index = H2ChartIndex.open(workDir.resolve("index").resolve("charts"), "test-key")) {
            ChartStore store = new ChartStore(s3, "test-bucket");
            assertThrows(UnreadableObjectException.class, () -> store.read(ChartKeys.result("b1", "c000000")));
            assertEquals(Optional.empty(), store.read(ChartKeys.result("b1", "c000001")), "a missing object is still absent");

            index.submitted("b1", "c000000", List.of("n1"));
            index.finished("b1", "c000000", List.of(new ChartIndex.Outcome("n1", ChartIndex.CODED, null, List.of("I10"))));
            QueryApi api = new QueryApi(new ApiAuthorization("portable-token-0123456789"),
                    new ChartQueries(store, null, index, new ObjectMapper()), Optional.empty());
            QueryApi.Response answer = api.handle(new QueryApi.Request("GET", "/api/charts/n1", null,
                    "Bearer portable-token-0123456789"));

            assertEquals(500, answer.status(), "an error, not 202 queued");
            String body = new String(answer.body(), StandardCharsets.UTF_8);
            assertTrue(body.contains("cannot be decrypted"), body);
        }

        Path backup = workDir.resolve("backup");
        assertEquals(0, new ProcessBuilder("cp", "-a", original.toString(), backup.toString()).inheritIO().start().waitFor());
        assertEquals(RECORD, storedResult(backup), "copied with its extended attributes, it decrypts");
    }

    @Test
    void backupArchiveCopiedAsPlainBytesRestoresADirectoryThatDecryptsWithTheSameCodes() throws Exception {
        Path original = workDir.resolve("data");
        storeResult(original, CODED_RECORD);
        try (H2ChartIndex index = dataDirectoryIndex(original)) {
            index.submitted("b1", "c000000", List.of("n1"));
            index.finished("b1", "c000000", List.of(new ChartIndex.Outcome("n1", ChartIndex.CODED, null, List.of("I10"))));
        }
        String originalAnswer = chartAnswer(original);
        assertTrue(originalAnswer.contains("\"I10\""), originalAnswer);

        Path archive = workDir.resolve("backup.tar.gz");
        assertEquals(0, ChartCoderCli.execute("backup", "--data-dir", original.toString(), "--to", archive.toString()));
        Path copied = Files.copy(archive, workDir.resolve("copied.tar.gz"));
        Path restored = workDir.resolve("restored");
        assertEquals(0, ChartCoderCli.execute("restore", copied.toString(), "--data-dir", restored.toString()));

        assertEquals(originalAnswer, chartAnswer(restored), "the restored directory decrypts and answers the same codes");
        assertEquals(2, ChartCoderCli.execute("restore", copied.toString(), "--data-dir", restored.toString()));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> DataDirectoryArchive.restore(copied, restored, totals -> { }));
        assertTrue(refused.getMessage().contains("not empty"), refused.getMessage());
        assertEquals(originalAnswer, chartAnswer(restored), "a refused restore leaves the directory as it was");
    }

    @Test
    void gnuTarWithXattrsExtractsTheArchiveIntoADirectoryThatDecrypts() throws Exception {
        Path original = workDir.resolve("data");
        storeResult(original, RECORD);
        Path archive = workDir.resolve("backup.tar");
        DataDirectoryArchive.backup(original, archive, totals -> { });
        Path extracted = Files.createDirectories(workDir.resolve("extracted"));
        assertEquals(0, new ProcessBuilder("tar", "--xattrs", "--xattrs-include=user.*", "-xf", archive.toString(),
                "-C", extracted.toString()).inheritIO().start().waitFor());
        assertEquals(RECORD, storedResult(extracted), "GNU tar reads the pax xattr records the archive carries");
    }

    @Test
    void backupRefusesWhileTheEmulatorsServeTheDirectoryAndATruncatedArchiveRestoresNothing() throws Exception {
        Path original = workDir.resolve("data");
        Path archive = workDir.resolve("backup.tar");
        try (LocalEmulators emulators = start(original)) {
            IllegalStateException running = assertThrows(IllegalStateException.class,
                    () -> DataDirectoryArchive.backup(original, archive, totals -> { }));
            assertTrue(running.getMessage().contains("stop it first"), running.getMessage());
            assertTrue(Files.notExists(archive));
        }
        DataDirectoryArchive.backup(original, archive, totals -> { });
        Path truncated = workDir.resolve("truncated.tar");
        byte[] whole = Files.readAllBytes(archive);
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length - 1024 - 100));
        Path restored = workDir.resolve("restored");
        assertThrows(java.io.IOException.class, () -> DataDirectoryArchive.restore(truncated, restored, totals -> { }));
        assertTrue(Files.notExists(restored), "nothing under the name asked for");
        try (Stream<Path> left = Files.list(workDir)) {
            assertEquals(List.of(), left.filter(path -> path.getFileName().toString().contains(".restoring-")).toList());
        }
    }

    private static void storeResult(Path dataDir, String record) throws Exception {
        try (LocalEmulators emulators = start(dataDir); S3Client s3 = client(dataDir, emulators)) {
            s3.putObject(b -> b.bucket("test-bucket").key(ChartKeys.result("b1", "c000000")), RequestBody.fromString(record));
        }
    }

    private static String storedResult(Path dataDir) throws Exception {
        try (LocalEmulators emulators = start(dataDir); S3Client s3 = client(dataDir, emulators)) {
            return new String(new ChartStore(s3, "test-bucket").read(ChartKeys.result("b1", "c000000")).orElseThrow(),
                    StandardCharsets.UTF_8);
        }
    }

    private static String chartAnswer(Path dataDir) throws Exception {
        try (LocalEmulators emulators = start(dataDir); S3Client s3 = client(dataDir, emulators);
             H2ChartIndex index = dataDirectoryIndex(dataDir)) {
            QueryApi api = new QueryApi(new ApiAuthorization("portable-token-0123456789"),
                    new ChartQueries(new ChartStore(s3, "test-bucket"), null, index, new ObjectMapper()), Optional.empty());
            QueryApi.Response answer = api.handle(new QueryApi.Request("GET", "/api/charts/n1", null,
                    "Bearer portable-token-0123456789"));
            String body = new String(answer.body(), StandardCharsets.UTF_8);
            assertEquals(200, answer.status(), body);
            return body;
        }
    }

    private static H2ChartIndex dataDirectoryIndex(Path dataDir) throws Exception {
        return H2ChartIndex.open(dataDir.resolve("index").resolve("charts"),
                Files.readString(new LocalSecrets(dataDir).indexKey()).trim());
    }

    private static LocalEmulators start(Path dataDir) throws Exception {
        return LocalEmulators.start(dataDir, "work", "work-dlq", "test-bucket", 3, 1);
    }

    private static SecretKey key(Path dataDir) throws Exception {
        return new SecretKeySpec(Base64.getUrlDecoder().decode(Files.readString(new LocalSecrets(dataDir).clientKey()).trim()), "AES");
    }

    private static S3Client client(Path dataDir, LocalEmulators emulators) throws Exception {
        return EncryptingS3Client.create(key(dataDir), Region.US_EAST_1, CREDENTIALS,
                Optional.of(emulators.endpoints().s3Endpoint()), true);
    }

    /** Files.copy without COPY_ATTRIBUTES copies bytes only, as cp -r, tar and rsync do without their xattr options. */
    private static Path copyWithoutAttributes(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        assertEquals(List.of(), filesWithUserAttributes(to), "the copy carries no extended attributes");
        return to;
    }

    private static List<Path> filesWithUserAttributes(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(file -> {
                UserDefinedFileAttributeView view = Files.getFileAttributeView(file, UserDefinedFileAttributeView.class);
                try {
                    return view != null && !view.list().isEmpty();
                } catch (java.io.IOException e) {
                    return false;
                }
            }).toList();
        }
    }
}
