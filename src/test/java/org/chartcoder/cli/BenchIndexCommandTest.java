package org.chartcoder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchIndexCommandTest {

    @TempDir
    Path temp;

    @Test
    void buildsTheSyntheticIndexAndTimesEveryQuery() {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit = ChartCoderCli.run(new BenchIndexCommand(new PrintStream(output, true, StandardCharsets.UTF_8)),
                new String[] {"--charts", "2500", "--batches", "3"});
        String printed = output.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, printed);
        assertTrue(printed.contains("bench-index: 2,500 charts in 3 batches"), printed);
        Matcher times = Pattern.compile("chart lookup ([0-9.]+) ms, batch counters ([0-9.]+) ms").matcher(printed);
        assertTrue(times.find(), printed);
        assertTrue(printed.contains("code C0000 (the most used) first page (100)"), printed);
    }

    @Test
    void replicatedChartsAreDistinctCopies() throws Exception {
        Path source = Files.createDirectories(temp.resolve("in"));
        Files.writeString(source.resolve("a.txt"), "Known hypertension.");
        Files.writeString(source.resolve("b.txt"), "Asthma.");
        Path copies = BenchLocalCommand.replicate(source, temp.resolve("out"), 5, "r");
        try (var files = Files.list(copies)) {
            assertEquals(java.util.List.of("a-r0.txt", "a-r1.txt", "a-r2.txt", "b-r0.txt", "b-r1.txt"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        assertTrue(Files.readString(copies.resolve("a-r2.txt")).startsWith("Known hypertension.\n(copy r2)"));
    }
}
