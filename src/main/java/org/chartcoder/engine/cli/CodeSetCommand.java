package org.chartcoder.engine.cli;

import org.chartcoder.ChartCoder;
import org.chartcoder.engine.codeset.CodeSet;
import org.chartcoder.engine.codeset.CodeSetInstaller;
import org.chartcoder.engine.codeset.CodeSetLoader;
import org.chartcoder.engine.codeset.DataDirectory;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;

/**
 * {@code chart-coder codeset install [--year Y] [--url U] [--sha256 HEX] [--data-dir DIR]} downloads and
 * stores a CMS release; {@code chart-coder codeset info [--codeset PATH] [--data-dir DIR]} shows what
 * the engine would load.
 */
public final class CodeSetCommand implements ChartCoder.Command {

    private static final String USAGE = "usage: chart-coder codeset install [--year Y] [--url U] [--sha256 HEX] [--data-dir DIR]\n"
            + "       chart-coder codeset info [--codeset PATH] [--data-dir DIR]";

    private final CodeSetInstaller installer;
    private final PrintStream out;

    public CodeSetCommand() {
        this(CodeSetInstaller.withDefaultClient(), System.out);
    }

    CodeSetCommand(CodeSetInstaller installer, PrintStream out) {
        this.installer = installer;
        this.out = out;
    }

    @Override
    public int run(String[] args) throws Exception {
        String action = args.length == 0 ? "" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (action) {
                case "install" -> install(new Arguments(rest, Set.of("year", "url", "sha256", "data-dir")));
                case "info" -> info(new Arguments(rest, Set.of("codeset", "data-dir")));
                default -> throw new IllegalArgumentException("expected install or info");
            };
        } catch (IllegalArgumentException e) {
            System.err.println("codeset: " + e.getMessage());
            System.err.println(USAGE);
            return 2;
        }
    }

    private int install(Arguments arguments) throws InterruptedException {
        String year = arguments.option("year", CodeSetInstaller.currentFiscalYear(LocalDate.now()));
        if (!year.matches("\\d{4}")) {
            throw new IllegalArgumentException("--year must be a four-digit fiscal year");
        }
        String url = arguments.option("url", null);
        URI source = url == null ? CodeSetInstaller.defaultUrl(year) : URI.create(url);
        Path root = dataRoot(arguments);
        try {
            CodeSetInstaller.Installed installed = installer.install(source, year, arguments.option("sha256", null), root);
            out.printf("installed ICD-10-CM %s: %d codes (%d billable) in %s%n", installed.version(), installed.codes(),
                    installed.billable(), installed.zip());
            return 0;
        } catch (IOException e) {
            System.err.println("codeset install failed: " + e.getMessage());
            return 1;
        }
    }

    private int info(Arguments arguments) {
        Path path = arguments.path("codeset");
        if (path == null) {
            path = DataDirectory.installedCodeSet(dataRoot(arguments)).orElse(null);
        }
        if (path == null) {
            out.println("no code set installed: the engine codes with its built-in lexicon only");
            return 0;
        }
        try {
            CodeSet codeSet = CodeSetLoader.load(path);
            out.printf("ICD-10-CM %s from %s: %d codes (%d billable)%n", codeSet.version(), path, codeSet.codes().size(),
                    codeSet.billableCount());
            return 0;
        } catch (IOException e) {
            System.err.println("codeset info: cannot load " + path + ": " + e.getMessage());
            return 1;
        }
    }

    private static Path dataRoot(Arguments arguments) {
        Path configured = arguments.path("data-dir");
        return configured != null ? configured : DataDirectory.root();
    }
}
