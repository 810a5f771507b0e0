package org.chartcoder;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Entry point of the executable jar. The first argument names a role (a long-running camel-main
 * process) or a command (a one-shot tool); without one the role comes from {@code chartcoder.role}
 * or {@code CHARTCODER_ROLE}, and defaults to {@code local}.
 */
public final class ChartCoder {

    /** A role or a command: takes the remaining arguments, returns the process exit code. */
    @FunctionalInterface
    public interface Command {
        int run(String[] args) throws Exception;
    }

    private static final Map<String, Command> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("local", new org.chartcoder.app.LocalCommand());
        COMMANDS.put("worker", new org.chartcoder.app.WorkerCommand());
        COMMANDS.put("api", new org.chartcoder.app.ApiCommand());
        COMMANDS.put("bench-local", new org.chartcoder.app.BenchLocalCommand());
        COMMANDS.put("code", new org.chartcoder.engine.cli.CodeCommand());
        COMMANDS.put("evaluate", new org.chartcoder.engine.cli.EvaluateCommand());
        COMMANDS.put("codeset", new org.chartcoder.engine.cli.CodeSetCommand());
        COMMANDS.put("assertions", new org.chartcoder.engine.context.AssertionsCommand());
        COMMANDS.put("train", new org.chartcoder.engine.cli.TrainCommand());
        COMMANDS.put("bench", new org.chartcoder.engine.cli.BenchCommand());
        COMMANDS.put("controller", new org.chartcoder.lifecycle.ControllerCommand());
        COMMANDS.put("master", new org.chartcoder.lifecycle.MasterCommand());
        COMMANDS.put("lambda", org.chartcoder.lifecycle.LambdaCommand::main);
    }

    private ChartCoder() {
    }

    public static void main(String[] args) throws Exception {
        String name;
        String[] rest;
        if (args.length > 0 && COMMANDS.containsKey(args[0])) {
            name = args[0];
            rest = Arrays.copyOfRange(args, 1, args.length);
        } else if (args.length > 0 && !args[0].startsWith("-")) {
            System.err.println("chart-coder: unknown role or command '" + args[0] + "'");
            printUsage();
            System.exit(2);
            return;
        } else {
            name = defaultRole();
            rest = args;
        }
        int exitCode;
        try {
            exitCode = COMMANDS.get(name).run(rest);
        } catch (Exception e) {
            // a role leaves non-daemon threads (Camel, emulators) behind: without an explicit exit
            // a failed run would hang instead of ending with an error
            System.err.println("chart-coder " + name + " failed: " + e);
            exitCode = 1;
        }
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    static String defaultRole() {
        String role = System.getProperty("chartcoder.role");
        if (role == null || role.isBlank()) {
            role = System.getenv("CHARTCODER_ROLE");
        }
        return role == null || role.isBlank() ? "local" : role;
    }

    private static void printUsage() {
        System.err.println("usage: java -jar chart-coder.jar [ROLE|COMMAND] [options]");
        System.err.println("  roles and commands: " + String.join(", ", COMMANDS.keySet()));
    }
}
