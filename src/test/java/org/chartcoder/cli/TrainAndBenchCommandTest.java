package org.chartcoder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.chartcoder.engine.bench.CoreNlpBaseline;
import org.chartcoder.engine.learn.CodedCharts;
import org.chartcoder.engine.learn.SyntheticCharts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainAndBenchCommandTest {

    @TempDir
    Path temp;

    private Path charts;
    private Path gold;
    private Path codeSet;

    @BeforeEach
    void writeCodedCharts() throws IOException {
        charts = Files.createDirectories(temp.resolve("charts"));
        StringBuilder goldLines = new StringBuilder();
        for (CodedCharts.CodedChart chart : SyntheticCharts.corpus(150, 1)) {
            Files.writeString(charts.resolve(chart.id() + ".txt"), chart.text());
            chart.codes().forEach(code -> goldLines.append(chart.id()).append('\t').append(code.toLowerCase()).append('\n'));
        }
        gold = Files.writeString(temp.resolve("gold.tsv"), goldLines);
        codeSet = temp.resolve("icd10cm_order_2030.txt");
        try (InputStream in = getClass().getResourceAsStream("/org/chartcoder/engine/codeset/icd10cm_order_2030.txt")) {
            Files.copy(in, codeSet);
        }
        // the synthetic charts' codes: a model outputs only codes of the loaded code set
        Files.writeString(codeSet, String.join("\n",
                "00006 J45909  1 Unspecified asthma, uncomplicated                            Unspecified asthma, uncomplicated",
                "00007 N390    1 Urinary tract infection, site not specified                  Urinary tract infection, site not specified",
                "00008 R69     1 Illness, unspecified                                         Illness, unspecified", ""),
                java.nio.file.StandardOpenOption.APPEND);
    }

    @Test
    void trainWritesAModelThatCodeUsesThroughModelOption() throws Exception {
        Path model = temp.resolve("models/clinic.model");
        ByteArrayOutputStream trainOutput = new ByteArrayOutputStream();
        int exit = ChartCoderCli.run(new TrainCommand(new PrintStream(trainOutput, true, StandardCharsets.UTF_8)), new String[] {
                "--charts", charts.toString(), "--gold", gold.toString(), "--out", model.toString(), "--codeset", codeSet.toString()});
        assertEquals(0, exit, trainOutput.toString(StandardCharsets.UTF_8));
        assertTrue(Files.size(model) > 0);

        Path chart = Files.writeString(temp.resolve("new-chart.txt"),
                SyntheticCharts.filler(new Random(3), 3) + "There was wheezing with bronchospasm at night.");
        ByteArrayOutputStream codeOutput = new ByteArrayOutputStream();
        exit = ChartCoderCli.run(new CodeCommand(new PrintStream(codeOutput, true, StandardCharsets.UTF_8)), new String[] {
                "--codeset", codeSet.toString(), "--model", model.toString(), chart.toString()});
        assertEquals(0, exit);
        String firstLine = codeOutput.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("");
        assertTrue(firstLine.startsWith("new-chart\t" + SyntheticCharts.ASTHMA + "\t"), firstLine);
    }

    @Test
    void trainWithTheSameSeedWritesTheSameModelAndAnotherSeedAnother() throws Exception {
        String defaultSeed = trainedModelVersion("default.model");
        assertEquals(defaultSeed, trainedModelVersion("seed-42.model", "--seed", "42"));
        String seven = trainedModelVersion("seed-7.model", "--seed", "7");
        assertEquals(seven, trainedModelVersion("seed-7-again.model", "--seed", "7"));
        assertNotEquals(defaultSeed, seven);
    }

    /** The model version the train command reports ("wrote chart-model-v3-ID ..."). */
    private String trainedModelVersion(String fileName, String... extraOptions) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        List<String> options = new ArrayList<>(List.of("--charts", charts.toString(),
                "--gold", gold.toString(), "--out", temp.resolve(fileName).toString(), "--codeset", codeSet.toString()));
        options.addAll(List.of(extraOptions));
        int exit = ChartCoderCli.run(new TrainCommand(new PrintStream(output, true, StandardCharsets.UTF_8)),
                options.toArray(String[]::new));
        String report = output.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, report);
        return report.lines().filter(line -> line.startsWith("wrote ")).map(line -> line.split(" ")[1]).findFirst().orElseThrow();
    }

    @Test
    void trainRejectsMissingOptions() throws Exception {
        assertEquals(2, ChartCoderCli.run(new TrainCommand(), new String[] {"--charts", charts.toString()}));
    }

    @Test
    void benchMeasuresTheEngineAndSaysHowToGetTheBaselineModels() throws Exception {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit = ChartCoderCli.run(new BenchCommand(new PrintStream(output, true, StandardCharsets.UTF_8)), new String[] {
                "--charts", charts.toString(), "--codeset", codeSet.toString(), "--seconds", "1", "--threads", "2",
                "--corenlp-models", temp.resolve("absent-models.jar").toString()});
        String report = output.toString(StandardCharsets.UTF_8);
        assertEquals(1, exit, report);
        assertTrue(report.matches("(?s).*\\| engine +\\| +1 \\| +[0-9.]+ \\|.*"), report);
        assertTrue(report.matches("(?s).*\\| engine +\\| +2 \\| +[0-9.]+ \\|.*"), report);
        assertTrue(report.contains("live heap after load"), report);

        IOException missing = assertThrows(IOException.class, () -> CoreNlpBaseline.load(temp.resolve("absent-models.jar")));
        assertTrue(missing.getMessage().contains("mvn dependency:get -Dartifact=edu.stanford.nlp:stanford-corenlp:4.5.10:jar:models"),
                missing.getMessage());
    }
}
