package org.chartcoder.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chartcoder.engine.format.InferIcd10CmModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CodeAndEvaluateCommandTest {

    @TempDir
    Path temp;

    private Path charts;
    private Path codeSet;

    @BeforeEach
    void writeCharts() throws IOException {
        TwoCharts written = TwoCharts.writeInto(temp);
        charts = written.charts();
        codeSet = written.codeSet();
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
        String tsv = run(out -> ChartCoderCli.run(new CodeCommand(out), new String[] {"--codeset", codeSet.toString(), charts.toString()}));
        String[] lines = tsv.strip().split("\n");
        assertEquals(6, lines.length, tsv);
        String[] heartFailure = java.util.Arrays.stream(lines).map(line -> line.split("\t"))
                .filter(fields -> fields[1].equals("I50.23")).findFirst().orElseThrow();
        assertEquals("a", heartFailure[0]);
        assertEquals("Acute on chronic systolic (congestive) heart failure", heartFailure[3]);
        assertTrue(Double.parseDouble(heartFailure[2]) > 0 && Double.parseDouble(heartFailure[2]) <= 1);
        assertTrue(lines[0].startsWith("a\t") && lines[1].startsWith("a\t"), tsv);
        // after the codes its mentions support, the alternatives, scored below them: the category's
        // unspecified code and the code of "acute systolic", the shorter match inside the longer one
        assertEquals(List.of("a\tI50.9", "a\tI50.21"), List.of(lines[2].substring(0, 7), lines[3].substring(0, 8)), tsv);
        assertTrue(Double.parseDouble(lines[2].split("\t")[2]) < Double.parseDouble(lines[1].split("\t")[2]), tsv);
        assertTrue(lines[4].startsWith("b\tR05.9\t"), tsv);
        // the negated fever comes last, below minScore 0.3's cut
        String[] denied = lines[5].split("\t");
        assertEquals(List.of("b", "R50.9"), List.of(denied[0], denied[1]), tsv);
        assertTrue(Double.parseDouble(denied[2]) < 0.3, tsv);
    }

    @Test
    void codeWritesJsonWithEntitiesAndVersions() throws Exception {
        String json = run(out -> ChartCoderCli.run(new CodeCommand(out), new String[] {"--format", "json", "--codeset", codeSet.toString(),
            charts.resolve("b.txt").toString()}));
        assertTrue(json.startsWith("{\"chartId\":\"b\",\"result\":{"), json);
        assertTrue(json.contains("\"codeSetVersion\":\"ICD-10-CM 2030\""), json);
        assertTrue(json.contains("\"name\":\"NEGATION\""), json);
    }

    @Test
    void codeWritesComprehendsInferIcd10CmShapeThatTheServiceModelAccepts() throws Exception {
        String lines = run(out -> ChartCoderCli.run(new CodeCommand(out), new String[] {"--format", "comprehend",
            "--codeset", codeSet.toString(), charts.toString()}));
        InferIcd10CmModel model = InferIcd10CmModel.load();
        int checked = 0;
        for (String line : lines.strip().split("\n")) {
            JsonNode chart = new ObjectMapper().readTree(line);
            JsonNode response = chart.path("result");
            assertEquals(List.of(), model.violations(response), line);
            assertTrue(response.path("Entities").size() > 0, line);
            checked++;
        }
        assertEquals(2, checked);
    }

    @Test
    void codesetInstalledFromAFileIsWhatInfoAndCodeFindInTheSameDataDirectory() throws Exception {
        Path zip = temp.resolve("downloaded.zip");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("icd10cm_order_2030.txt"));
            out.write(Files.readAllBytes(codeSet));
            out.closeEntry();
        }
        Path dataDir = temp.resolve("data");
        String installed = run(out -> ChartCoderCli.run(new CodeSetCommand.Install(null, out), new String[] {
            "--year", "2030", "--file", zip.toString(), "--data-dir", dataDir.toString()}));
        assertTrue(installed.contains("installed ICD-10-CM 2030"), installed);
        String info = run(out -> ChartCoderCli.run(new CodeSetCommand.Info(out), new String[] {"--data-dir", dataDir.toString()}));
        assertTrue(info.startsWith("ICD-10-CM 2030"), info);
        String coded = run(out -> ChartCoderCli.run(new CodeCommand(out), new String[] {"--format", "json",
            "--data-dir", dataDir.toString(), charts.resolve("a.txt").toString()}));
        assertTrue(coded.contains("\"codeSetVersion\":\"ICD-10-CM 2030\""), coded);
    }

    @Test
    void codesetInstallWithBothUrlAndFileIsAUsageError() {
        assertEquals(2, ChartCoderCli.run(new CodeSetCommand.Install(null, System.out), "--url", "https://example.org/a.zip",
                "--file", "a.zip"));
    }

    @Test
    void evaluatePrintsMapAndMicroScoresAtBothLevels() throws Exception {
        String table = evaluate("a\ti50.23\na\ti10\nb\tr05.9\nb\tr50.9\n");
        // a: both gold codes at ranks 1-2 (AP 1), then two alternatives; b: the cough at rank 1 and the
        // negated fever's code last, at rank 2 (AP 1)
        assertTrue(table.contains("code        1.0000    0.6667  1.0000  0.8000        4         6      4"), table);
        assertTrue(table.contains("category"), table);
    }

    @Test
    void evaluateAlsoScoresGoldPutOntoTheLoadedCodeSet() throws Exception {
        // R05 is a header of the loaded code set: the engine writes R05.9, which R05 is put onto
        String table = evaluate("a\ti50.23\na\ti10\nb\tr05\n");
        String asWritten = table.substring(0, table.indexOf("gold put onto the loaded code set:"));
        String onto = table.substring(table.indexOf("gold put onto the loaded code set:"));
        assertTrue(asWritten.contains("code        0.5000    0.3333  0.6667  0.4444        2         6      3"), table);
        assertTrue(onto.contains("code        1.0000    0.5000  1.0000  0.6667        3         6      3"), table);
    }

    private String evaluate(String goldLines) throws Exception {
        Path gold = temp.resolve("gold.tsv");
        Files.writeString(gold, goldLines);
        return run(out -> ChartCoderCli.run(new EvaluateCommand(out), new String[] {"--charts", charts.toString(), "--gold",
            gold.toString(), "--codeset", codeSet.toString()}));
    }

    @Test
    void badArgumentsExitWithUsage() throws Exception {
        assertEquals(2, ChartCoderCli.run(new CodeCommand(System.out), new String[] {"--format", "xml", "x"}));
        assertEquals(2, ChartCoderCli.run(new EvaluateCommand(System.out), new String[] {"--charts", "x"}));
    }
}
