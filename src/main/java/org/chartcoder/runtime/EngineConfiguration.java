package org.chartcoder.runtime;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

import org.chartcoder.engine.EngineSettings;
import org.chartcoder.engine.codeset.DataDirectory;

/**
 * The engine's settings as every command and role reads them: {@code chartcoder.engine.codeset},
 * else the code set installed under {@code chartcoder.data-dir}; {@code chartcoder.engine.model},
 * {@code minScore} and {@code maxCodes}.
 */
public final class EngineConfiguration {

    private EngineConfiguration() {
    }

    public static EngineSettings engineSettings(Function<String, String> lookup) {
        EngineSettings configured = EngineSettings.fromProperties(lookup::apply);
        Path codeSet = configured.codeSetPath() != null ? configured.codeSetPath()
                : DataDirectory.installedCodeSet(dataDirectory(lookup)).orElse(null);
        return new EngineSettings(codeSet, configured.modelPath(), configured.minScore(), configured.maxCodes());
    }

    public static Path dataDirectory(Function<String, String> lookup) {
        return Path.of(value(lookup, "chartcoder.data-dir").orElse(".chart-coder"));
    }

    private static Optional<String> value(Function<String, String> lookup, String key) {
        return Optional.ofNullable(lookup.apply(key)).map(String::trim).filter(v -> !v.isEmpty());
    }
}
