package org.chartcoder.engine.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CodeAndEvaluateCommandTest {

    @TempDir
    Path temp;

    private Path charts;
    private Path codeSet;

    @BeforeEach
    void writeCharts() throws IOException {
        charts = Files.createDirectories(temp.resolve("charts"));
        Files.writeString(charts.resolve("a.txt"), "Assessment: acute on chronic systolic CHF. Hypertension.");
        Files.writeString(charts.resolve("b.txt"), "No fever. Persistent cough.");
        codeSet = temp.resolve("icd10cm_order_2030.txt");
        try (InputStream in = getClass().getResourceAsStream("/org/chartcoder/engine/codeset/icd10cm_order_2030.txt")) {
            Files.copy(in, codeSet);
        }
        // the charts also name hypertension, cough and fever: the engine outputs only codes of the loaded code set
        Files.writeString(codeSet, String.join("\n",
                "00006 I10     1 Essential (primary) hypertension                             Essential (primary) hypertension",
                "00007 R05     0 Cough                                                        Cough",
                "00008 R051    1 Acute cough                                                  Acute cough",
                "00009 R059    1 Cough, unspecified                                           Cough, unspecified",
                "00010 R509    1 Fever, unspecified                                           Fever, unspecified", ""),
                java.nio.file.StandardOpenOption.APPEND);
    }

    private static String run(ChartCoderCommand command) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = command.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals(0, exit);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @FunctionalInterface
    private interface ChartCoderCommand {
        int run(PrintStream out) throws Exception;
    }

    @Test
    void codeWritesRankedTsvLinesPerChart() throws Exception {
        String tsv = run(out -> new CodeCommand(out).run(new String[] {"--codeset", codeSet.toString(), charts.toString()}));
        String[] lines = tsv.strip().split("\n");
        assertEquals(3, lines.length, tsv);
        String[] heartFailure = java.util.Arrays.stream(lines).map(line -> line.split("\t"))
                .filter(fields -> fields[1].equals("I50.23")).findFirst().orElseThrow();
        assertEquals("a", heartFailure[0]);
        assertEquals("Acute on chronic systolic (congestive) heart failure", heartFailure[3]);
        assertTrue(Double.parseDouble(heartFailure[2]) > 0 && Double.parseDouble(heartFailure[2]) <= 1);
        assertTrue(lines[0].startsWith("a\t") && lines[1].startsWith("a\t"), tsv);
        assertTrue(lines[2].startsWith("b\tR05.9\t"), "the negated fever gives no code");
    }

    @Test
    void codeWritesJsonWithEntitiesAndVersions() throws Exception {
        String json = run(out -> new CodeCommand(out).run(new String[] {"--format", "json", "--codeset", codeSet.toString(),
            charts.resolve("b.txt").toString()}));
        assertTrue(json.startsWith("{\"chartId\":\"b\",\"result\":{"), json);
        assertTrue(json.contains("\"codeSetVersion\":\"ICD-10-CM 2030\""), json);
        assertTrue(json.contains("\"name\":\"NEGATION\""), json);
    }

    @Test
    void evaluatePrintsMapAndMicroScoresAtBothLevels() throws Exception {
        Path gold = temp.resolve("gold.tsv");
        Files.writeString(gold, "a\ti50.23\na\ti10\nb\tr05.9\nb\tr50.9\n");
        String table = run(out -> new EvaluateCommand(out).run(new String[] {"--charts", charts.toString(), "--gold",
            gold.toString(), "--codeset", codeSet.toString()}));
        // a: both gold codes at ranks 1-2 (AP 1); b: one of two at rank 1 (AP 0.5)
        assertTrue(table.contains("code        0.7500    1.0000  0.7500  0.8571        3         3      4"), table);
        assertTrue(table.contains("category"), table);
    }

    @Test
    void badArgumentsExitWithUsage() throws Exception {
        assertEquals(2, new CodeCommand(System.out).run(new String[] {"--format", "xml", "x"}));
        assertEquals(2, new EvaluateCommand(System.out).run(new String[] {"--charts", "x"}));
    }
}
