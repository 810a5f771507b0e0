package org.chartcoder.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one configuration path of every command and role. A key's value comes from the first of:
 * a command-line option (or {@code -P key=value}), a system property, the environment variable
 * named by {@link #environmentName}, the profile's file ({@code application-<profile>.properties}),
 * {@code application.properties}. Every key has its default in {@code application.properties}, so
 * the set of keys (and of environment names) is the set that file declares.
 */
public final class Settings {

    public static final String DEFAULT_PROFILE = "local";
    /** Deprecated environment names still honoured, with a warning, mapped to their keys. */
    private static final Map<String, String> DEPRECATED_ENVIRONMENT = Map.of(
            "CHART_CODER_API_TOKEN", "chartcoder.api.token",
            "CHART_CODER_KEYSTORE", "camel.ssl.keyStore",
            "CHART_CODER_KEYSTORE_PASSWORD", "camel.ssl.keystorePassword");
    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);

    private final String profile;
    private final Map<String, String> values;
    private final Map<String, String> commandLine;

    private Settings(String profile, Map<String, String> values, Map<String, String> commandLine) {
        this.profile = profile;
        this.values = values;
        this.commandLine = commandLine;
    }

    /** Settings from the process's own environment and system properties. */
    public static Settings load(String profile, Map<String, String> commandLine) {
        return load(profile, commandLine, System.getenv(), System.getProperties());
    }

    /** Settings from a given environment and system properties, e.g. a Lambda function's configured environment. */
    public static Settings load(String profile, Map<String, String> commandLine, Map<String, String> environment,
                                Properties systemProperties) {
        String chosenProfile = profile != null && !profile.isBlank() ? profile
                : firstNonBlank(commandLine.get("chartcoder.profile"), systemProperties.getProperty("chartcoder.profile"),
                        environment.get("CHARTCODER_PROFILE"), DEFAULT_PROFILE);
        Properties defaults = resource("application.properties");
        Map<String, String> values = new LinkedHashMap<>();
        defaults.stringPropertyNames().stream().sorted().forEach(key -> values.put(key, defaults.getProperty(key)));
        Properties profileFile = resource("application-" + chosenProfile + ".properties");
        profileFile.stringPropertyNames().forEach(key -> values.put(key, profileFile.getProperty(key)));
        DEPRECATED_ENVIRONMENT.forEach((name, key) -> {
            String value = environment.get(name);
            if (value != null && !value.isBlank() && isBlank(environment.get(environmentName(key)))) {
                LOG.warn("{} is deprecated: set {} instead", name, environmentName(key));
                values.put(key, value);
            }
        });
        for (String key : values.keySet().toArray(String[]::new)) {
            String fromEnvironment = environment.get(environmentName(key));
            if (fromEnvironment != null) {
                values.put(key, fromEnvironment);
            }
            String fromSystem = systemProperties.getProperty(key);
            if (fromSystem != null) {
                values.put(key, fromSystem);
            }
        }
        values.putAll(commandLine);
        values.put("chartcoder.profile", chosenProfile);
        return new Settings(chosenProfile, values, Collections.unmodifiableMap(new LinkedHashMap<>(commandLine)));
    }

    /** {@code chartcoder.worker.concurrentConsumers} is {@code CHARTCODER_WORKER_CONCURRENTCONSUMERS}. */
    public static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    public String profile() {
        return profile;
    }

    /** A set value, empty when unset or blank. Placeholders ({@code {{key}}}) are left to Camel. */
    public Optional<String> get(String key) {
        String value = values.get(key);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public String get(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    public String require(String key) {
        return get(key).orElseThrow(() -> new IllegalStateException("missing configuration " + key
                + " (environment " + environmentName(key) + ")"));
    }

    public int integer(String key) {
        String value = require(key);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(key + " must be a whole number");
        }
    }

    public boolean flag(String key) {
        return Boolean.parseBoolean(get(key, "false"));
    }

    /** The lookup function the lifecycle and the AWS clients read settings through. */
    public Function<String, String> lookup() {
        return key -> get(key).orElse(null);
    }

    /**
     * A copy with a role's own values on top (emulator endpoints, key locations, secrets). They are
     * not command-line values: a child process finds them itself rather than on its command line.
     */
    public Settings with(Map<String, String> roleValues) {
        Map<String, String> merged = new LinkedHashMap<>(values);
        merged.putAll(roleValues);
        return new Settings(profile, merged, commandLine);
    }

    /** The values given on the command line, to hand on to child processes as {@code -P key=value}. */
    public Map<String, String> commandLine() {
        return commandLine;
    }

    /**
     * Every effective value, as camel-main's override properties. Camel's own keys are left out
     * while blank: camel-main refuses to configure an option with an empty value.
     */
    public Properties asProperties() {
        Properties properties = new Properties();
        values.forEach((key, value) -> {
            boolean blank = value == null || value.isBlank();
            if (!(blank && key.startsWith("camel."))) {
                properties.setProperty(key, blank ? "" : value);
            }
        });
        return properties;
    }

    private static Properties resource(String name) {
        Properties properties = new Properties();
        try (InputStream in = Settings.class.getClassLoader().getResourceAsStream(name)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return properties;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (!isBlank(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
