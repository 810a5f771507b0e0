package org.chartcoder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The package graph has no cycle and no upward arrow: cli, then lifecycle, runtime, app, and at
 * the bottom engine and local, which import no other chart-coder package. The README draws it.
 */
class LayeringTest {

    private static final Map<String, Integer> LAYER = Map.of("cli", 5, "lifecycle", 4, "runtime", 3, "app", 2,
            "engine", 1, "local", 1);
    private static final Pattern REFERENCE = Pattern.compile("org\\.chartcoder\\.([a-z]+)");

    @Test
    void everyPackageDependsOnlyOnLowerLayers() throws IOException {
        Path root = Path.of("src/main/java/org/chartcoder");
        List<String> upward = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(root)) {
            for (Path source : sources.filter(file -> file.toString().endsWith(".java")).toList()) {
                String layer = root.relativize(source).getName(0).toString();
                Integer level = LAYER.get(layer);
                if (level == null) {
                    upward.add(source + " is in no layer");
                    continue;
                }
                Matcher reference = REFERENCE.matcher(Files.readString(source));
                while (reference.find()) {
                    String target = reference.group(1);
                    Integer targetLevel = LAYER.get(target);
                    if (!target.equals(layer) && (targetLevel == null || targetLevel >= level)) {
                        upward.add(root.relativize(source) + " -> " + target);
                    }
                }
            }
        }
        assertEquals(List.of(), upward);
    }
}
