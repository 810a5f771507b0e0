package org.chartcoder.cli;

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
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.chartcoder.engine.context.Assertion;
import org.chartcoder.engine.context.AssertionScorer;
import org.chartcoder.engine.context.ContextClassifier;
import org.chartcoder.engine.context.TargetLocator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Reads {@code id<TAB>sentence<TAB>target phrase} lines on
 * stdin and writes {@code id<TAB>traits} on stdout, one line per input line, in order, as each line
 * is read. With {@code --gold}, a fourth column holds the expected traits and a score report goes
 * to stderr at the end. Diagnostics name line numbers, never the text (it may be PHI).
 */
@Command(name = "assertions", mixinStandardHelpOptions = true,
        description = {"Classify the context (negation, family, history, hypothetical, low confidence) of phrases read on stdin.",
                "Reads id<TAB>sentence<TAB>target[<TAB>gold traits] lines, writes id<TAB>traits",
                "(NEGATION,HYPOTHETICAL,HISTORICAL,FAMILY,LOW_CONFIDENCE; empty for none) on stdout."})
public final class AssertionsCommand implements Callable<Integer> {

    @Option(names = "--gold", description = "A fourth column holds the expected traits; a score report goes to stderr at the end.")
    boolean gold;


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
    public Integer call() throws IOException {
        long loadStart = System.nanoTime();
        ContextClassifier contextClassifier = classifier.get();
        long classifyStart = System.nanoTime();
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
                try {
                    TargetLocator.Span span = TargetLocator.locate(fields[1], fields[2]);
                    if (span == null) {
                        notFound++;
                        traits = contextClassifier.classifySentence(fields[1]);
                    } else {
                        traits = contextClassifier.classify(fields[1], span.begin(), span.end());
                    }
                } catch (RuntimeException e) {
                    // One bad line must not cost the lines after it; the message could quote the text.
                    malformed++;
                    err.println("assertions: line " + lines + ": could not be classified ("
                            + e.getClass().getSimpleName() + ")");
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
        long end = System.nanoTime();
        err.println("assertions: " + lines + " line(s), " + malformed + " malformed, " + notFound
                + " target(s) not found in their sentence (classified at sentence level)");
        err.printf(Locale.ROOT, "assertions: lexicon ready in %d ms; %d line(s) in %d ms (%.0f lines/s)%n",
                (classifyStart - loadStart) / 1_000_000, lines, (end - classifyStart) / 1_000_000,
                lines / Math.max((end - classifyStart) / 1e9, 1e-9));
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
