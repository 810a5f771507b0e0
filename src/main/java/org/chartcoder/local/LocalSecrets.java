package org.chartcoder.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

/**
 * The secrets local mode keeps in its data directory, each created on first start with owner-only
 * permissions and reused afterwards: the AES key that encrypts every S3 object client-side, the API
 * bearer token (unless {@code CHARTCODER_API_TOKEN} supplies one) and the self-signed TLS keystore.
 */
public final class LocalSecrets {

    public static final String CLIENT_KEY_FILE = "s3-client.key";
    public static final String API_TOKEN_FILE = "api-token";
    public static final String KEYSTORE_FILE = "server.p12";
    public static final String KEYSTORE_PASSWORD_FILE = "server.p12.password";
    public static final String INDEX_KEY_FILE = "index.key";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dataDir;

    public LocalSecrets(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** The 256-bit AES key for client-side S3 encryption, base64 in a file; generated if absent. */
    public Path clientKey() throws IOException {
        Path file = dataDir.resolve(CLIENT_KEY_FILE);
        if (!Files.exists(file)) {
            OwnerOnlyFiles.writeSecret(file, randomBase64(32).getBytes(StandardCharsets.US_ASCII));
        }
        return file;
    }

    /** The file password that encrypts the embedded query index (H2, AES); generated if absent. */
    public Path indexKey() throws IOException {
        OwnerOnlyFiles.createDirectory(dataDir);
        Path file = dataDir.resolve(INDEX_KEY_FILE);
        if (!Files.exists(file)) {
            OwnerOnlyFiles.writeSecret(file, randomBase64(32).getBytes(StandardCharsets.US_ASCII));
        }
        return file;
    }

    /** The API token file; generated if absent. Callers print the path, never the token. */
    public Path apiToken() throws IOException {
        Path file = dataDir.resolve(API_TOKEN_FILE);
        if (!Files.exists(file)) {
            OwnerOnlyFiles.writeSecret(file, randomBase64(32).getBytes(StandardCharsets.US_ASCII));
        }
        return file;
    }

    public static String readToken(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.US_ASCII).trim();
    }

    /** A self-signed PKCS12 keystore for 127.0.0.1/localhost, made with the JDK's keytool. */
    public Path keystore() throws IOException, InterruptedException {
        Path store = dataDir.resolve(KEYSTORE_FILE);
        Path passwordFile = dataDir.resolve(KEYSTORE_PASSWORD_FILE);
        if (Files.exists(store) && Files.exists(passwordFile)) {
            return store;
        }
        Files.deleteIfExists(store);
        OwnerOnlyFiles.writeSecret(passwordFile, randomBase64(24).getBytes(StandardCharsets.US_ASCII));
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-noprompt",
                "-alias", "chart-coder", "-keyalg", "RSA", "-keysize", "2048", "-validity", "825",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass:file", passwordFile.toString(), "-keypass:file", passwordFile.toString())
                .redirectErrorStream(true)
                .start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("keytool failed to create " + store + ": "
                    + new String(output, StandardCharsets.UTF_8).trim());
        }
        OwnerOnlyFiles.restrictToOwner(store);
        return store;
    }

    public Path keystorePasswordFile() {
        return dataDir.resolve(KEYSTORE_PASSWORD_FILE);
    }

    private static String randomBase64(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
