package org.chartcoder.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.chartcoder.app.ChartIds;
import org.chartcoder.lifecycle.MasterProcess;
import org.chartcoder.lifecycle.RunSummary;
import org.chartcoder.runtime.ChartCoderApplication;
import org.chartcoder.runtime.EngineConfiguration;
import org.chartcoder.runtime.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The master of one run, as started by the master instance's user data. */
@Command(name = "master", mixinStandardHelpOptions = true,
        description = {"Run the master of one run; the master instance's user data starts it.",
                "Ansible starts workers, the queue drains, workers are terminated, the run summary is written,",
                "then this instance terminates itself."})
public final class MasterCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--run-id", required = true, paramLabel = "RUN", description = "The run's id (" + ChartIds.RUN_ID_PATTERN + ").")
    String runId;

    @Option(names = "--instance-id", paramLabel = "ID", description = "This instance's id, terminated last.")
    String instanceId;

    @Override
    public Integer call() throws Exception {
        if (!ChartIds.isValidRunId(runId)) {
            throw new IllegalArgumentException("--run-id must match " + ChartIds.RUN_ID_PATTERN);
        }
        Settings settings = common.settings("aws");
        Path dataDir = EngineConfiguration.dataDirectory(settings.lookup());
        try (ChartCoderApplication application = ChartCoderApplication.start(settings.with(MasterProcess.ROLE_SETTINGS),
                List.of())) {
            RunSummary summary = MasterProcess.run(application.context(), runId, instanceId, dataDir);
            System.out.print(summary.describe());
            return "drained".equals(summary.status()) ? 0 : 1;
        }
    }
}
