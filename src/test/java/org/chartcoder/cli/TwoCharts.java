package org.chartcoder.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Two small charts and the miniature 2030 code set that codes them, written into a test's directory. */
record TwoCharts(Path charts, Path codeSet) {

    static TwoCharts writeInto(Path directory) throws IOException {
        Path charts = Files.createDirectories(directory.resolve("charts"));
        Files.writeString(charts.resolve("a.txt"), "Assessment: acute on chronic systolic CHF. Hypertension.");
        Files.writeString(charts.resolve("b.txt"), "No fever. Persistent cough.");
        Path codeSet = directory.resolve("icd10cm_order_2030.txt");
        try (InputStream in = TwoCharts.class.getResourceAsStream("/org/chartcoder/engine/codeset/icd10cm_order_2030.txt")) {
            Files.copy(in, codeSet);
        }
        return new TwoCharts(charts, codeSet);
    }
}
