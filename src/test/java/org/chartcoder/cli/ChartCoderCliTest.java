package org.chartcoder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ChartCoderCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        CommandLine commandLine = ChartCoderCli.commandLine(new ChartCoderCli());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void everyCommandAndSubcommandHasHelpThatExitsZero() {
        List<String> paths = new ArrayList<>();
        collect(ChartCoderCli.commandLine(new ChartCoderCli()), new ArrayList<>(), paths);
        assertTrue(paths.size() >= 15, paths.toString());
        for (String path : paths) {
            List<String> args = new ArrayList<>(List.of(path.split(" ")));
            args.removeIf(String::isEmpty);
            args.add("--help");
            out.getBuffer().setLength(0);
            assertEquals(0, execute(args.toArray(String[]::new)), path);
            assertTrue(out.toString().startsWith("Usage: chart-coder"), path + ": " + out);
        }
    }

    private static void collect(CommandLine commandLine, List<String> prefix, List<String> paths) {
        paths.add(String.join(" ", prefix));
        commandLine.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                List<String> path = new ArrayList<>(prefix);
                path.add(name);
                collect(sub, path, paths);
            }
        });
    }

    @Test
    void versionAndHelpCommandExitZero() {
        assertEquals(0, execute("--version"));
        assertTrue(out.toString().startsWith("chart-coder "), out.toString());
        assertEquals(0, execute("help", "code"));
        assertTrue(out.toString().contains("Usage: chart-coder code"));
    }

    @Test
    void badOptionExitsTwoWithOneLineNamingIt() {
        assertEquals(2, execute("code", "--frobnicate", "x.txt"));
        String[] lines = err.toString().strip().split("\n");
        assertEquals(2, lines.length, err.toString());
        assertTrue(lines[0].contains("--frobnicate"), lines[0]);
        assertTrue(lines[1].contains("chart-coder code --help"), lines[1]);
        assertFalse(err.toString().contains("\tat "), "no stack trace");
    }

    @Test
    void badValueAndMissingRequiredOptionExitTwo() {
        assertEquals(2, execute("code", "--format", "xml", "x.txt"));
        assertTrue(err.toString().contains("--format"), err.toString());
        assertEquals(2, execute("evaluate", "--charts", "x"));
        assertTrue(err.toString().contains("--gold"), err.toString());
        assertEquals(2, execute("master", "--run-id", "bad id/with slash"));
    }

    @Test
    void unknownCommandExitsTwo() {
        assertEquals(2, execute("frobnicate"));
        assertTrue(err.toString().contains("frobnicate"), err.toString());
    }
}
