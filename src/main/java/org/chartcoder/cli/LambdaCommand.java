package org.chartcoder.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.chartcoder.lifecycle.LambdaDeployment;
import org.chartcoder.runtime.AwsClients;
import org.chartcoder.runtime.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.sns.SnsClient;

/** Deploys the launcher function. */
@Command(name = "lambda", mixinStandardHelpOptions = true, description = "Deploy the launcher Lambda function.",
        subcommands = LambdaCommand.Deploy.class)
public final class LambdaCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "expected a subcommand: deploy");
    }

    @Command(name = "deploy", mixinStandardHelpOptions = true,
            description = {"Create or update the function from its zip, publish a version, let the alarm topic invoke it",
                    "and subscribe it to the topic. Re-running deploys new code and a new version."})
    static final class Deploy implements Callable<Integer> {

        @Mixin
        CommonOptions common;

        @Option(names = "--zip", paramLabel = "FILE", defaultValue = "target/chart-coder-lambda.zip",
                description = "The launcher's deployment package, built beside the jar (default ${DEFAULT-VALUE}).")
        Path zip;

        @Option(names = "--function", required = true, paramLabel = "NAME", description = "Function name.")
        String function;

        @Option(names = "--role", required = true, paramLabel = "ARN", description = "Execution role ARN.")
        String role;

        @Option(names = "--topic", required = true, paramLabel = "ARN", description = "Alarm topic ARN.")
        String topic;

        @Option(names = "--env", paramLabel = "KEY=VALUE", description = "Function environment variable (repeatable).")
        Map<String, String> environment = new LinkedHashMap<>();

        @Option(names = "--memory", paramLabel = "MB", defaultValue = "512", description = "Memory (default ${DEFAULT-VALUE}, as Ansible's lambda role).")
        int memoryMb;

        @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60", description = "Timeout (default ${DEFAULT-VALUE}).")
        int timeoutSeconds;

        @Override
        public Integer call() throws Exception {
            Settings settings = common.settings("aws");
            AwsClients clients = new AwsClients(settings.lookup());
            try (LambdaClient lambda = clients.lambda(); SnsClient sns = clients.sns()) {
                LambdaDeployment.Deployment deployment = new LambdaDeployment(lambda, sns).deploy(zip, function, role,
                        topic, environment, memoryMb, timeoutSeconds);
                System.out.println("deployed " + deployment);
                return 0;
            }
        }
    }
}
