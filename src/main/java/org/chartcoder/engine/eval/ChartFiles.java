package org.chartcoder.engine.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads charts from files and directories: one chart per file, its id the file name without extension. */
public final class ChartFiles {

    private ChartFiles() {
    }

    /** Chart id to text, in file-name order within each directory; directories contribute their .txt files. */
    public static Map<String, String> read(List<Path> paths) throws IOException {
        Map<String, String> charts = new LinkedHashMap<>();
        for (Path path : paths) {
            for (Path file : files(path)) {
                charts.put(chartId(file), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return charts;
    }

    private static List<Path> files(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new IOException("no such file or directory: " + path);
        }
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return new ArrayList<>(walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList());
        }
    }

    public static String chartId(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
