package org.chartcoder.cli;

import java.io.PrintWriter;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Entry point of the executable jar. The first argument names a role (a long-running camel-main
 * process) or a command (a one-shot tool); without one the role is {@code chartcoder.role}
 * (environment {@code CHARTCODER_ROLE}), {@code local} by default.
 */
@Command(name = "chart-coder", mixinStandardHelpOptions = true, versionProvider = ChartCoderCli.Version.class,
        description = "Assigns ICD-10-CM codes to medical charts: locally against embedded SQS and S3, or on AWS.",
        synopsisSubcommandLabel = "[ROLE | COMMAND]",
        subcommands = {LocalCommand.class, WorkerCommand.class, ApiCommand.class, ControllerCommand.class,
                MasterCommand.class, CodeCommand.class, EvaluateCommand.class, TrainCommand.class, BenchCommand.class,
                BenchLocalCommand.class, BenchIndexCommand.class, SubmitCommand.class, CodeSetCommand.class, AssertionsCommand.class, LambdaCommand.class,
                BackupCommand.class, RestoreCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Without a role or command: the role in CHARTCODER_ROLE, else local.",
                "Exit codes: 0 done, 1 failed, 2 bad usage."})
public final class ChartCoderCli implements Runnable {

    private static final Set<String> TOP_LEVEL_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        int exitCode = execute(args);
        // a role leaves non-daemon threads (Camel, emulators) behind: an explicit exit ends them
        System.exit(exitCode);
    }

    /** Parses and runs; returns the exit code (0 done, 1 failed, 2 bad usage). */
    public static int execute(String... args) {
        CommandLine commandLine = commandLine(new ChartCoderCli());
        return commandLine.execute(withDefaultRole(commandLine, args));
    }

    /** Runs one command object (tests give commands their own output streams) with the same error handling. */
    static int run(Object command, String... args) {
        return commandLine(command).execute(args);
    }

    static CommandLine commandLine(Object command) {
        CommandLine commandLine = new CommandLine(command);
        commandLine.setParameterExceptionHandler((exception, args) -> {
            CommandLine failed = exception.getCommandLine();
            PrintWriter err = failed.getErr();
            err.println(failed.getCommandName() + ": " + exception.getMessage());
            err.println("Try '" + failed.getCommandSpec().qualifiedName() + " --help'.");
            return 2;
        });
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            // one line naming what failed; the message never holds chart text (commands see to that)
            failed.getErr().println("chart-coder " + failed.getCommandName() + " failed: " + describe(exception));
            return exception instanceof IllegalArgumentException ? 2 : 1;
        });
        return commandLine;
    }

    static String describe(Throwable exception) {
        String message = exception.getMessage();
        return message == null || message.isBlank() ? exception.getClass().getSimpleName()
                : message + (exception.getCause() != null && exception.getCause() != exception
                        ? " (" + exception.getCause().getClass().getSimpleName() + ")" : "");
    }

    private static String[] withDefaultRole(CommandLine commandLine, String[] args) {
        if (args.length > 0 && (commandLine.getSubcommands().containsKey(args[0]) || TOP_LEVEL_OPTIONS.contains(args[0]))) {
            return args;
        }
        if (args.length > 0 && !args[0].startsWith("-")) {
            return args;
        }
        String role = System.getenv("CHARTCODER_ROLE");
        String[] withRole = new String[args.length + 1];
        withRole[0] = role == null || role.isBlank() ? "local" : role;
        System.arraycopy(args, 0, withRole, 1, args.length);
        return withRole;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version from the jar's manifest (Maven's project version). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = ChartCoderCli.class.getPackage().getImplementationVersion();
            return new String[] {"chart-coder " + (version == null ? "development build" : version),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
