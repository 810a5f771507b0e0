package org.chartcoder.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.chartcoder.app.QueryApiRoute;
import org.chartcoder.lifecycle.RunsApiRoute;
import org.chartcoder.local.LocalSecrets;
import org.chartcoder.runtime.ChartCoderApplication;
import org.chartcoder.runtime.EngineConfiguration;
import org.chartcoder.runtime.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Serves the HTTPS API (batch intake and queries) without coding anything. */
@Command(name = "api", mixinStandardHelpOptions = true,
        description = {"Serve the HTTPS API (intake and queries) without coding.",
                "The aws profile takes its keystore from camel.ssl.keyStore / camel.ssl.keystorePassword",
                "and its token from CHARTCODER_API_TOKEN."})
public final class ApiCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--port", paramLabel = "PORT", description = "HTTPS port (camel.server.port, default 8443).")
    Integer port;

    @Option(names = "--management-port", paramLabel = "PORT",
            description = "Port of /observe/health and /observe/metrics on 127.0.0.1 (camel.management.port, default 9876).")
    Integer managementPort;

    @Override
    public Integer call() throws Exception {
        Settings settings = common.settings("local", CommonOptions.options("camel.server.port", port,
                "camel.management.port", managementPort));
        Map<String, String> roleValues = WorkerCommand.localEmulators(settings);
        if ("local".equals(settings.profile())) {
            LocalSecrets secrets = new LocalSecrets(EngineConfiguration.dataDirectory(settings.lookup()).toAbsolutePath());
            roleValues.put("camel.ssl.keyStore", "file:" + secrets.keystore());
            roleValues.put("camel.ssl.keystorePassword",
                    Files.readString(secrets.keystorePasswordFile(), StandardCharsets.US_ASCII).trim());
            if (settings.get("chartcoder.api.token").isEmpty()) {
                roleValues.put("chartcoder.api.token", LocalSecrets.readToken(secrets.apiToken()));
            }
        }
        roleValues.put("chartcoder.worker.enabled", "false");
        ChartCoderApplication application = ChartCoderApplication.startUntilSignalled(settings.with(roleValues),
                List.of(new QueryApiRoute(), new RunsApiRoute(EngineConfiguration.dataDirectory(settings.lookup()))));
        application.awaitStopped();
        return 0;
    }
}
