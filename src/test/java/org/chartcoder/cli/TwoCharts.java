package org.chartcoder.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

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
        // the charts also name hypertension, cough and fever: the engine outputs only codes of the loaded code set
        Files.writeString(codeSet, String.join("\n",
                "00006 I10     1 Essential (primary) hypertension                             Essential (primary) hypertension",
                "00007 R05     0 Cough                                                        Cough",
                "00008 R051    1 Acute cough                                                  Acute cough",
                "00009 R059    1 Cough, unspecified                                           Cough, unspecified",
                "00010 R509    1 Fever, unspecified                                           Fever, unspecified", ""),
                StandardOpenOption.APPEND);
        return new TwoCharts(charts, codeSet);
    }
}
