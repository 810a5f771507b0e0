package org.chartcoder.runtime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;

import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.PropertiesComponent;
import org.chartcoder.local.EncryptingS3Client;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

class ChartCoderConfigurationTest {

    @Test
    void kmsModeRefusesToStartWithoutKeyId() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> ChartCoderConfiguration.s3Client(properties("kms", "")));
        assertTrue(refused.getMessage().contains("chartcoder.s3.kmsKeyId"));
    }

    @Test
    void kmsModeWithKeyIdUsesPlainClientAndLeavesEncryptionToS3() throws Exception {
        try (S3Client client = ChartCoderConfiguration.s3Client(properties("kms", "alias/chart-coder"))) {
            assertFalse(client instanceof EncryptingS3Client);
        }
    }

    @Test
    void awsProfileAsksForKmsOnEveryPut() throws Exception {
        Properties aws = new Properties();
        try (var in = getClass().getClassLoader().getResourceAsStream("application-aws.properties")) {
            aws.load(in);
        }
        assertTrue(aws.getProperty("chartcoder.s3.encryption").equals("kms"));
        assertTrue(Boolean.parseBoolean(aws.getProperty("chartcoder.s3.useKmsKey")));
    }

    @Test
    void awsProfileIsLayeredSoTheApplicationRefusesToStartWithoutKmsKey() {
        Settings aws = Settings.load("aws", java.util.Map.of("chartcoder.aws.region", "us-east-1",
                "chartcoder.aws.accessKeyId", "test", "chartcoder.aws.secretAccessKey", "test",
                "camel.server.enabled", "false", "camel.management.enabled", "false"),
                java.util.Map.of(), new Properties());
        Exception refused = assertThrows(Exception.class,
                () -> ChartCoderApplication.start(aws, java.util.List.of()).close());
        Throwable cause = refused;
        while (cause.getCause() != null && !(cause instanceof IllegalStateException)) {
            cause = cause.getCause();
        }
        assertTrue(String.valueOf(cause.getMessage()).contains("chartcoder.s3.kmsKeyId"), cause.toString());
    }

    @Test
    void unknownEncryptionModeIsRefused() {
        assertThrows(IllegalStateException.class, () -> ChartCoderConfiguration.s3Client(properties("none", "")));
    }

    @Test
    void clientModeEncryptsInProcess() throws Exception {
        java.nio.file.Path key = java.nio.file.Files.createTempFile("key", ".b64");
        try {
            java.nio.file.Files.writeString(key, java.util.Base64.getUrlEncoder().encodeToString(new byte[32]));
            Properties values = values("client", "");
            values.setProperty("chartcoder.s3.clientKeyFile", key.toString());
            try (S3Client client = ChartCoderConfiguration.s3Client(component(values))) {
                assertInstanceOf(EncryptingS3Client.class, client);
            }
        } finally {
            java.nio.file.Files.delete(key);
        }
    }

    private static PropertiesComponent properties(String mode, String kmsKeyId) {
        return component(values(mode, kmsKeyId));
    }

    private static PropertiesComponent component(Properties values) {
        DefaultCamelContext context = new DefaultCamelContext();
        context.getPropertiesComponent().setOverrideProperties(values);
        return context.getPropertiesComponent();
    }

    private static Properties values(String mode, String kmsKeyId) {
        Properties values = new Properties();
        values.setProperty("chartcoder.aws.region", "us-east-1");
        values.setProperty("chartcoder.aws.accessKeyId", "test");
        values.setProperty("chartcoder.aws.secretAccessKey", "test");
        values.setProperty("chartcoder.s3.encryption", mode);
        values.setProperty("chartcoder.s3.kmsKeyId", kmsKeyId);
        return values;
    }
}
