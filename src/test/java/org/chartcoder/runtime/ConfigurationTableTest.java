package org.chartcoder.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The README's configuration table names every key application.properties declares, with its environment name. */
class ConfigurationTableTest {

    @Test
    void readmeListsEveryKeyWithItsEnvironmentName() throws IOException {
        Properties declared = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("application.properties")) {
            declared.load(in);
        }
        String readme = Files.readString(Path.of("README.md"));
        List<String> missing = declared.stringPropertyNames().stream().sorted()
                .filter(key -> !readme.contains("| `" + key + "` |") || !readme.contains("`" + Settings.environmentName(key) + "`"))
                .toList();
        assertEquals(List.of(), missing);
    }
}
