package org.chartcoder.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocalEmulatorsTest {

    private Path dataDir;

    private LocalEmulators emulators;
    private SqsClient sqs;

    @BeforeAll
    void start() throws Exception {
        dataDir = Files.createTempDirectory("emulators-test").resolve("data");
        emulators = LocalEmulators.start(dataDir, "work", "work-dlq", "test-bucket", 3, 1);
        LocalEndpoints endpoints = emulators.endpoints();
        sqs = SqsClient.builder().endpointOverride(endpoints.sqsEndpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b"))).build();
    }

    @AfterAll
    void stop() throws Exception {
        sqs.close();
        emulators.close();
        org.chartcoder.cli.BenchLocalCommand.deleteRecursively(dataDir.getParent());
    }

    @Test
    void listensOnLoopbackAndWritesEndpointsForWorkerProcesses() throws Exception {
        assertEquals("127.0.0.1", emulators.endpoints().sqsEndpoint().getHost());
        assertEquals("127.0.0.1", emulators.endpoints().s3Endpoint().getHost());
        Map<String, String> written = LocalEndpoints.read(dataDir.resolve(LocalEndpoints.FILE));
        assertEquals(emulators.endpoints().asMap(), written);
    }

    @Test
    void jobReceivedThreeTimesWithoutDeleteMovesToDeadLetterQueue() throws Exception {
        String work = sqs.getQueueUrl(b -> b.queueName("work")).queueUrl();
        String dlq = sqs.getQueueUrl(b -> b.queueName("work-dlq")).queueUrl();
        sqs.sendMessage(b -> b.queueUrl(work).messageBody("{\"chartId\":\"c1\"}"));
        for (int receive = 1; receive <= 3; receive++) {
            assertEquals(1, receiveWithin(work, 5).size(), "receive " + receive + " gets the job back");
        }
        assertTrue(receiveWithin(work, 3).isEmpty(), "the fourth receive moves the job instead of returning it");
        List<Message> dead = receiveWithin(dlq, 5);
        assertEquals(1, dead.size());
        assertEquals("{\"chartId\":\"c1\"}", dead.get(0).body());
    }

    @Test
    void encryptingClientStoresCiphertextAndReadsPlaintextBack() throws Exception {
        LocalSecrets secrets = new LocalSecrets(dataDir);
        byte[] key = Base64.getUrlDecoder().decode(Files.readString(secrets.clientKey()).trim());
        String sentence = "The patient denies chest pain and has a family history of colon cancer.";
        try (S3Client s3 = EncryptingS3Client.create(new SecretKeySpec(key, "AES"), Region.US_EAST_1,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")),
                Optional.of(emulators.endpoints().s3Endpoint()), true)) {
            s3.putObject(b -> b.bucket("test-bucket").key("charts/b1/c1.txt"), RequestBody.fromString(sentence));
            s3.putObject(b -> b.bucket("test-bucket").key("charts/b1/empty.txt"), RequestBody.fromBytes(new byte[0]));

            assertEquals(sentence, s3.getObjectAsBytes(b -> b.bucket("test-bucket").key("charts/b1/c1.txt")).asUtf8String());
            assertArrayEquals(new byte[0], s3.getObjectAsBytes(b -> b.bucket("test-bucket").key("charts/b1/empty.txt")).asByteArray());
        }
        try (Stream<Path> files = Files.walk(dataDir.resolve("s3"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String stored = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertFalse(stored.contains("chest pain"), file + " holds plaintext");
            }
        }
    }

    @Test
    void secretsAreOwnerOnlyAndStableAcrossStarts() throws Exception {
        LocalSecrets secrets = new LocalSecrets(dataDir);
        Path token = secrets.apiToken();
        String first = LocalSecrets.readToken(token);
        assertEquals(first, LocalSecrets.readToken(new LocalSecrets(dataDir).apiToken()));
        assertTrue(first.length() >= 40);
        Path keystore = secrets.keystore();
        for (Path secret : List.of(token, secrets.clientKey(), keystore, secrets.keystorePasswordFile())) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)), secret.toString());
        }
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir)));
        KeyStore store = KeyStore.getInstance("PKCS12");
        char[] password = Files.readString(secrets.keystorePasswordFile()).trim().toCharArray();
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, password);
        }
        assertTrue(store.isKeyEntry("chart-coder"));
    }

    private List<Message> receiveWithin(String queueUrl, int seconds) {
        return sqs.receiveMessage(b -> b.queueUrl(queueUrl).waitTimeSeconds(seconds).maxNumberOfMessages(10)).messages();
    }
}
