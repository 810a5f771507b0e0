package org.chartcoder.engine.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {

    private static ChartModel model;

    @TempDir
    Path directory;

    @BeforeAll
    static void train() throws Exception {
        model = new ModelTrainer(new ModelTrainer.Settings(3, 5, 2, 2, 11), message -> { })
                .train(SyntheticCharts.corpus(30, 3), SyntheticCharts.SILENT_ENGINE, code -> null);
    }

    @Test
    void roundTripKeepsTheModelAndItsRanking() throws Exception {
        Path file = directory.resolve("charts.model");
        ModelFile.write(model, file);
        ChartModel read = ModelFile.read(file);

        assertEquals(model.version(), read.version());
        assertEquals(model.trainingCharts(), read.trainingCharts());
        String chart = "Wheezing with bronchospasm; burning on urination.";
        LearnedCodingEngine before = new LearnedCodingEngine(SyntheticCharts.SILENT_ENGINE, model, SyntheticCharts.NO_CODE_SET);
        LearnedCodingEngine after = new LearnedCodingEngine(SyntheticCharts.SILENT_ENGINE, read, SyntheticCharts.NO_CODE_SET);
        assertEquals(before.code(chart).codes(), after.code(chart).codes());
    }

    @Test
    void refusesAnUnknownFormatVersionWithAClearError() throws Exception {
        Path file = directory.resolve("future.model");
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(Files.newOutputStream(file)))) {
            out.writeUTF("chart-coder model");
            out.writeInt(ModelFile.FORMAT_VERSION + 98);
            out.writeUTF("0123456789ab");
        }
        IOException error = assertThrows(IOException.class, () -> ModelFile.read(file));
        assertTrue(error.getMessage().contains("format version " + (ModelFile.FORMAT_VERSION + 98)), error.getMessage());
        assertTrue(error.getMessage().contains("retrain"), error.getMessage());
    }

    @Test
    void refusesAFileThatIsNotAModel() throws Exception {
        Path file = directory.resolve("notes.txt");
        Files.writeString(file, "not a model");
        IOException error = assertThrows(IOException.class, () -> ModelFile.read(file));
        assertTrue(error.getMessage().contains("is not a chart-coder model file"), error.getMessage());
    }

    @Test
    void refusesADamagedModel() throws Exception {
        Path file = directory.resolve("damaged.model");
        ModelFile.write(model, file);
        byte[] content;
        try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            content = in.readAllBytes();
        }
        content[content.length - 3] ^= 0x40;
        ByteArrayOutputStream damaged = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(damaged)) {
            out.write(content);
        }
        Files.write(file, damaged.toByteArray());
        IOException error = assertThrows(IOException.class, () -> ModelFile.read(file));
        assertTrue(error.getMessage().contains("damaged"), error.getMessage());
    }

    @Test
    void aMissingFileIsNamedInTheError() {
        IOException error = assertThrows(IOException.class, () -> ModelFile.read(directory.resolve("absent.model")));
        assertTrue(error.getMessage().contains("absent.model"), error.getMessage());
    }
}
