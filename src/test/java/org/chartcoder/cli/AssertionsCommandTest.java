package org.chartcoder.cli;

import org.chartcoder.engine.context.ContextClassifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class AssertionsCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String input, String... args) throws Exception {
        AssertionsCommand command = new AssertionsCommand(ContextClassifier::standard,
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return ChartCoderCli.run(command, args);
    }

    @Test
    void writesOneLineOfTraitsPerInputLineInOrder() throws Exception {
        int exit = run("""
                s1\tThe patient denies chest pain.\tchest pain
                s2\tHistory of hypertension.\thypertension
                s3\tRule out pneumonia.\tpneumonia
                s4\tMother has had no diabetes.\tdiabetes
                s5\tCough since yesterday.\tcough
                """);
        assertEquals(0, exit);
        assertEquals("s1\tNEGATION\ns2\tHISTORICAL\ns3\tHYPOTHETICAL\ns4\tNEGATION,FAMILY\ns5\t\n",
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void malformedLinesKeepTheirIdAndAreReportedWithoutTheirText() throws Exception {
        run("a\tNo secret-fever here\r\nb\tDenies secret-pain.\tsecret-pain\n\tonly id missing\tx\n");
        assertEquals("a\t\nb\tNEGATION\n\t\n", out.toString(StandardCharsets.UTF_8));
        String log = err.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("line 1"), log);
        assertFalse(log.contains("secret"), log);
    }

    @Test
    void aTargetNotInTheSentenceFallsBackToTheWholeSentence() throws Exception {
        run("x\tNo acute distress.\tpneumothorax\ny\tAlert and oriented.\tpneumothorax\n");
        assertEquals("x\tNEGATION\ny\t\n", out.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("2 target(s) not found"));
    }

    @Test
    void goldColumnGivesAScoreReport() throws Exception {
        run("a\tNo fever.\tfever\tNEGATION\nb\tFever.\tfever\tNEGATION\n", "--gold");
        String report = err.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("exact-set accuracy 0.5000"), report);
        assertTrue(report.matches("(?s).*NEGATION\\s+1\\.0000\\s+0\\.5000\\s+0\\.6667.*"), report);
    }

    /**
     * Optional groups multiply a lexicon line's phrases: one line of a few of them once took the
     * lexicon past the 512 MB heap of a worker, which died of OutOfMemoryError before coding a chart.
     * The shipped lexicon must load in half of that.
     */
    @Test
    void theShippedLexiconLoadsInHalfAWorkersHeap() throws Exception {
        Process child = new ProcessBuilder(ChildJvm.command("256m", "assertions")).redirectErrorStream(true).start();
        try (var stdin = child.getOutputStream()) {
            stdin.write("a\tNo fever.\tfever\n".getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, child.waitFor(), output);
        assertTrue(output.contains("a\tNEGATION"), output);
    }

    @Test
    void unknownOptionsAreAUsageError() throws Exception {
        assertEquals(2, run("a\tNo fever.\tfever\n", "--frobnicate"));
        assertEquals("", out.toString(StandardCharsets.UTF_8), "nothing is classified");
    }
}
