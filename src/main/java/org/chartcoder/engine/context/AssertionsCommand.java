package org.chartcoder.engine.context;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Supplier;

import org.chartcoder.ChartCoder;

/**
 * {@code chart-coder assertions [--gold]}: reads {@code id<TAB>sentence<TAB>target phrase} lines on
 * stdin and writes {@code id<TAB>traits} on stdout, one line per input line, in order, as each line
 * is read. With {@code --gold}, a fourth column holds the expected traits and a score report goes
 * to stderr at the end. Diagnostics name line numbers, never the text (it may be PHI).
 */
public final class AssertionsCommand implements ChartCoder.Command {

    private final Supplier<ContextClassifier> classifier;
    private final InputStream in;
    private final OutputStream out;
    private final PrintStream err;

    /** Reads stdin, writes stdout; the lexicon is loaded on the first run, not when commands are registered. */
    public AssertionsCommand() {
        this(ContextClassifier::standard, System.in, System.out, System.err);
    }

    AssertionsCommand(Supplier<ContextClassifier> classifier, InputStream in, OutputStream out, PrintStream err) {
        this.classifier = classifier;
        this.in = in;
        this.out = out;
        this.err = err;
    }

    @Override
    public int run(String[] args) throws IOException {
        boolean gold = false;
        for (String arg : args) {
            if (arg.equals("--gold")) {
                gold = true;
            } else {
                err.println("usage: chart-coder assertions [--gold] < id<TAB>sentence<TAB>target[<TAB>gold traits]");
                err.println("  writes id<TAB>traits (NEGATION,HYPOTHETICAL,HISTORICAL,FAMILY; empty for none)");
                return arg.equals("--help") || arg.equals("-h") ? 0 : 2;
            }
        }
        ContextClassifier contextClassifier = classifier.get();
        AssertionScorer scorer = gold ? new AssertionScorer() : null;
        int lines = 0;
        int malformed = 0;
        int notFound = 0;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            lines++;
            String[] fields = stripCarriageReturn(line).split("\t", -1);
            String id = fields[0];
            Set<Assertion> traits = Set.of();
            if (fields.length < 3 || fields[1].isBlank() || fields[2].isBlank()) {
                malformed++;
                err.println("assertions: line " + lines + ": expected id, sentence and target separated by tabs; "
                        + "found " + fields.length + " field(s)" + (fields.length >= 3 ? " with an empty one" : ""));
            } else {
                TargetLocator.Span span = TargetLocator.locate(fields[1], fields[2]);
                if (span == null) {
                    notFound++;
                    traits = contextClassifier.classifySentence(fields[1]);
                } else {
                    traits = contextClassifier.classify(fields[1], span.begin(), span.end());
                }
            }
            if (scorer != null) {
                scoreLine(scorer, fields, traits, lines);
            }
            writer.write(id);
            writer.write('\t');
            writer.write(AssertionScorer.formatTraits(traits));
            writer.write('\n');
            if (!reader.ready()) {
                writer.flush();
            }
        }
        writer.flush();
        err.println("assertions: " + lines + " line(s), " + malformed + " malformed, " + notFound
                + " target(s) not found in their sentence (classified at sentence level)");
        if (scorer != null) {
            err.print(scorer.report());
        }
        return 0;
    }

    private void scoreLine(AssertionScorer scorer, String[] fields, Set<Assertion> traits, int lineNumber) {
        if (fields.length < 4) {
            err.println("assertions: line " + lineNumber + ": no gold column, not scored");
            return;
        }
        try {
            scorer.add(AssertionScorer.parseTraits(fields[3]), traits);
        } catch (IllegalArgumentException e) {
            err.println("assertions: line " + lineNumber + ": unknown trait in the gold column, not scored");
        }
    }

    private static String stripCarriageReturn(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
