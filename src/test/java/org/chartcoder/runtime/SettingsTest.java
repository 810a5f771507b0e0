package org.chartcoder.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class SettingsTest {

    private static final String KEY = "chartcoder.worker.visibilityTimeout";

    @Test
    void environmentNameIsTheKeyInUpperCaseWithUnderscores() {
        assertEquals("CHARTCODER_WORKER_CONCURRENTCONSUMERS", Settings.environmentName("chartcoder.worker.concurrentConsumers"));
        assertEquals("CHARTCODER_LIFECYCLE_MAX_RUN_MINUTES", Settings.environmentName("chartcoder.lifecycle.max-run-minutes"));
        assertEquals("CHARTCODER_DATA_DIR", Settings.environmentName("chartcoder.data-dir"));
    }

    @Test
    void commandLineBeatsSystemPropertyBeatsEnvironmentBeatsProfileBeatsDefaults() {
        Properties system = new Properties();
        system.setProperty(KEY, "30");
        Map<String, String> environment = Map.of("CHARTCODER_WORKER_VISIBILITYTIMEOUT", "40");
        assertEquals("60", Settings.load("local", Map.of(), Map.of(), new Properties()).require(KEY), "application.properties");
        assertEquals("40", Settings.load("local", Map.of(), environment, new Properties()).require(KEY));
        assertEquals("30", Settings.load("local", Map.of(), environment, system).require(KEY));
        assertEquals("20", Settings.load("local", Map.of(KEY, "20"), environment, system).require(KEY));
    }

    @Test
    void profileFileIsLayeredOverDefaultsAndUnderEnvironment() {
        String key = "chartcoder.lifecycle.quiet-seconds";
        assertEquals("60", Settings.load("aws", Map.of(), Map.of(), new Properties()).require(key));
        assertEquals("5", Settings.load("local", Map.of(), Map.of(), new Properties()).require(key));
        assertEquals("9", Settings.load("local", Map.of(), Map.of("CHARTCODER_LIFECYCLE_QUIET_SECONDS", "9"),
                new Properties()).require(key));
        assertEquals("kms", Settings.load("aws", Map.of(), Map.of(), new Properties()).require("chartcoder.s3.encryption"));
    }

    @Test
    void profileComesFromTheEnvironmentWhenNotGiven() {
        assertEquals("aws", Settings.load(null, Map.of(), Map.of("CHARTCODER_PROFILE", "aws"), new Properties()).profile());
        assertEquals("local", Settings.load(null, Map.of(), Map.of(), new Properties()).profile());
    }

    @Test
    void deprecatedApiTokenVariableIsStillHonouredButTheNewNameWins() {
        Map<String, String> old = Map.of("CHART_CODER_API_TOKEN", "old-token");
        assertEquals("old-token", Settings.load("local", Map.of(), old, new Properties()).require("chartcoder.api.token"));
        Map<String, String> both = Map.of("CHART_CODER_API_TOKEN", "old-token", "CHARTCODER_API_TOKEN", "new-token");
        assertEquals("new-token", Settings.load("local", Map.of(), both, new Properties()).require("chartcoder.api.token"));
    }

    @Test
    void onlyCommandLineValuesAreHandedToChildProcessesAndBlankCamelKeysAreLeftToCamel() {
        Settings settings = Settings.load("local", Map.of(KEY, "20"), Map.of("CHARTCODER_BUCKET", "b"), new Properties())
                .with(Map.of("chartcoder.api.token", "secret"));
        assertEquals(Map.of(KEY, "20"), settings.commandLine());
        assertEquals("secret", settings.require("chartcoder.api.token"));
        Properties camel = settings.asProperties();
        assertEquals("b", camel.getProperty("chartcoder.bucket"));
        assertTrue(camel.containsKey("chartcoder.s3.kmsKeyId"), "blank chartcoder keys stay: placeholders name them");
        camel.stringPropertyNames().stream().filter(key -> key.startsWith("camel."))
                .forEach(key -> assertTrue(!camel.getProperty(key).isBlank(), key));
    }

    @Test
    void dataDirectoryAndEngineSettingsComeFromTheSameLookup() {
        Settings settings = Settings.load("local", Map.of(), Map.of("CHARTCODER_DATA_DIR", "/tmp/cc-data",
                "CHARTCODER_ENGINE_CODESET", "/tmp/codes.zip"), new Properties());
        assertEquals(java.nio.file.Path.of("/tmp/cc-data"), EngineConfiguration.dataDirectory(settings.lookup()));
        assertEquals(java.nio.file.Path.of("/tmp/codes.zip"), EngineConfiguration.engineSettings(settings.lookup()).codeSetPath());
    }
}
