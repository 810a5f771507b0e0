package org.chartcoder.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.chartcoder.engine.codeset.CodeSet;
import org.chartcoder.engine.codeset.CodeSetInstaller;
import org.chartcoder.engine.codeset.CodeSetLoader;
import org.chartcoder.runtime.EngineConfiguration;
import org.chartcoder.runtime.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Installs a CMS ICD-10-CM release into the data directory, or shows what the engine would load. */
@Command(name = "codeset", mixinStandardHelpOptions = true, description = "Install or inspect the ICD-10-CM code set.",
        subcommands = {CodeSetCommand.Install.class, CodeSetCommand.Info.class})
public final class CodeSetCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "expected a subcommand: install or info");
    }

    @Command(name = "install", mixinStandardHelpOptions = true,
            description = "Download a CMS release (HTTPS) and store it under <data-dir>/codeset/<year>/.")
    static final class Install implements Callable<Integer> {

        @Mixin
        CommonOptions common;

        @Option(names = "--year", paramLabel = "YYYY", description = "Fiscal year (default: the current one).")
        String year;

        @picocli.CommandLine.ArgGroup(exclusive = true)
        Source source;

        static final class Source {
            @Option(names = "--url", paramLabel = "URL", description = "Release zip URL (default: the CMS URL of the year).")
            URI url;

            @Option(names = "--file", paramLabel = "PATH", description = "A release zip downloaded by hand.")
            Path file;
        }

        @Option(names = "--retries", paramLabel = "N", defaultValue = "4",
                description = "Download attempts, with waits of 2, 4, 8... s between them (default ${DEFAULT-VALUE}).")
        int attempts;

        @Option(names = "--sha256", paramLabel = "HEX", description = "Expected SHA-256 of the zip.")
        String sha256;

        private final CodeSetInstaller installer;
        private final PrintStream out;

        Install() {
            this(null, System.out);
        }

        /** @param installer a given installer (tests), or null for one with the default client and --retries */
        Install(CodeSetInstaller installer, PrintStream out) {
            this.installer = installer;
            this.out = out;
        }

        @Override
        public Integer call() throws Exception {
            Settings settings = common.settings("local");
            String fiscalYear = year != null ? year : CodeSetInstaller.currentFiscalYear(LocalDate.now());
            if (!fiscalYear.matches("\\d{4}")) {
                throw new IllegalArgumentException("--year must be a four-digit fiscal year");
            }
            Path root = EngineConfiguration.dataDirectory(settings.lookup());
            CodeSetInstaller codeSets = installer != null ? installer
                    : CodeSetInstaller.withDefaultClient(new CodeSetInstaller.Retry(attempts, Duration.ofSeconds(2)));
            try {
                CodeSetInstaller.Installed installed = source != null && source.file != null
                        ? codeSets.installFromFile(source.file, fiscalYear, sha256, root)
                        : codeSets.install(source != null && source.url != null ? source.url
                                : CodeSetInstaller.defaultUrl(fiscalYear), fiscalYear, sha256, root);
                out.printf("installed ICD-10-CM %s: %d codes (%d billable) in %s%n", installed.version(), installed.codes(),
                        installed.billable(), installed.zip());
                return 0;
            } catch (IOException e) {
                System.err.println(e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "info", mixinStandardHelpOptions = true, description = "Show the code set the engine would load.")
    static final class Info implements Callable<Integer> {

        @Mixin
        CommonOptions common;
        @Mixin
        EngineOptions engine;

        private final PrintStream out;

        Info() {
            this(System.out);
        }

        Info(PrintStream out) {
            this.out = out;
        }

        @Override
        public Integer call() {
            Settings settings = common.settings("local", engine.values());
            Path path = EngineConfiguration.engineSettings(settings.lookup()).codeSetPath();
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
    }
}
