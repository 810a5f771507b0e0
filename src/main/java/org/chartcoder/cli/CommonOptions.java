package org.chartcoder.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.chartcoder.runtime.Logging;
import org.chartcoder.runtime.Settings;
import picocli.CommandLine.Option;

/** Options every role and command takes; each is a setting of the one configuration path. */
final class CommonOptions {

    @Option(names = "--profile", paramLabel = "local|aws",
            description = "Configuration profile: local (embedded emulators) or aws (default: CHARTCODER_PROFILE, else the command's own).")
    String profile;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data directory: emulator state, keys, installed code sets (chartcoder.data-dir, default .chart-coder).")
    Path dataDir;

    @Option(names = "--log-format", paramLabel = "text|json",
            description = "Log lines as text or as one JSON object per line (chartcoder.log.format, default text).")
    String logFormat;

    @Option(names = {"-P", "--property"}, paramLabel = "KEY=VALUE",
            description = "Any setting by its key, e.g. -P chartcoder.worker.visibilityTimeout=120 (repeatable).")
    Map<String, String> properties = new LinkedHashMap<>();

    /**
     * The settings of this run: these options and the command's own ({@code optionValues}, unset
     * ones null) over the environment, the profile file and application.properties.
     */
    @SafeVarargs
    final Settings settings(String defaultProfile, Map<String, String>... optionValues) {
        Map<String, String> commandLine = new LinkedHashMap<>(properties);
        if (dataDir != null) {
            commandLine.put("chartcoder.data-dir", dataDir.toString());
        }
        if (logFormat != null) {
            commandLine.put("chartcoder.log.format", logFormat);
        }
        for (Map<String, String> values : optionValues) {
            values.forEach((key, value) -> {
                if (value != null) {
                    commandLine.put(key, value);
                }
            });
        }
        String chosenProfile = profile != null ? profile : environmentProfile(defaultProfile);
        Settings settings = Settings.load(chosenProfile, commandLine);
        Logging.apply(settings.get("chartcoder.log.format", "text"));
        return settings;
    }

    private static String environmentProfile(String defaultProfile) {
        String fromEnvironment = System.getenv("CHARTCODER_PROFILE");
        return fromEnvironment == null || fromEnvironment.isBlank() ? defaultProfile : fromEnvironment;
    }

    static Map<String, String> options(Object... keysAndValues) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            options.put((String) keysAndValues[i], keysAndValues[i + 1] == null ? null : keysAndValues[i + 1].toString());
        }
        return options;
    }
}
