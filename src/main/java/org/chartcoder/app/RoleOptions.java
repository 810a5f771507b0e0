package org.chartcoder.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Command-line options shared by the roles. Unknown options are an error, so typos don't go unnoticed. */
public record RoleOptions(Path dataDir, Path charts, boolean exitWhenDone, String profile, Integer consumers,
                          Integer port, boolean runWorker) {

    public static final Path DEFAULT_DATA_DIR = Path.of(".chart-coder");

    public static RoleOptions parse(String[] args, String defaultProfile) {
        Path dataDir = DEFAULT_DATA_DIR;
        Path charts = null;
        boolean exitWhenDone = false;
        String profile = firstNonBlank(System.getenv("CHARTCODER_PROFILE"), System.getProperty("chartcoder.profile"), defaultProfile);
        Integer consumers = null;
        Integer port = null;
        boolean runWorker = true;
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String option = rest.remove(0);
            switch (option) {
                case "--data-dir" -> dataDir = Path.of(value(option, rest));
                case "--charts" -> charts = Path.of(value(option, rest));
                case "--exit-when-done" -> exitWhenDone = true;
                case "--profile" -> profile = value(option, rest);
                case "--consumers" -> consumers = Integer.parseInt(value(option, rest));
                case "--port" -> port = Integer.parseInt(value(option, rest));
                case "--no-worker" -> runWorker = false;
                default -> throw new IllegalArgumentException("unknown option " + option
                        + " (options: --data-dir DIR, --charts DIR, --exit-when-done, --profile local|aws,"
                        + " --consumers N, --port N, --no-worker)");
            }
        }
        return new RoleOptions(dataDir, charts, exitWhenDone, profile, consumers, port, runWorker);
    }

    private static String value(String option, List<String> rest) {
        if (rest.isEmpty()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return rest.remove(0);
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
