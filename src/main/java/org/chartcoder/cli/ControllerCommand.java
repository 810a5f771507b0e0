package org.chartcoder.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.chartcoder.lifecycle.Controller;
import org.chartcoder.lifecycle.MasterProcess;
import org.chartcoder.runtime.ChartCoderApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Consumes the alarm queue and launches one master per run (the long-running alternative to the Lambda launcher). */
@Command(name = "controller", mixinStandardHelpOptions = true,
        description = "Consume the alarm queue and launch one master per run on EC2 (instead of the Lambda launcher).")
public final class ControllerCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        ChartCoderApplication application = ChartCoderApplication.startUntilSignalled(
                common.settings("aws").with(MasterProcess.ROLE_SETTINGS), List.of());
        Controller.install(application.context());
        application.awaitStopped();
        return 0;
    }
}
