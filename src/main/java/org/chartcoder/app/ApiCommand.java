package org.chartcoder.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.chartcoder.ChartCoder;
import org.chartcoder.lifecycle.RunsApiRoute;
import org.chartcoder.local.LocalSecrets;

/**
 * {@code chart-coder api [--profile local|aws] [--data-dir DIR] [--port N]}: serves the HTTPS API
 * (batch intake and queries) without coding anything. The aws profile takes its keystore from
 * CHART_CODER_KEYSTORE / CHART_CODER_KEYSTORE_PASSWORD and its token from CHART_CODER_API_TOKEN.
 */
public final class ApiCommand implements ChartCoder.Command {

    @Override
    public int run(String[] args) throws Exception {
        RoleOptions options = RoleOptions.parse(args, "local");
        Properties properties = WorkerCommand.roleProperties(options);
        if ("local".equals(options.profile())) {
            Path dataDir = options.dataDir().toAbsolutePath();
            LocalSecrets secrets = new LocalSecrets(dataDir);
            properties.setProperty("camel.ssl.keyStore", "file:" + secrets.keystore());
            properties.setProperty("camel.ssl.keystorePassword",
                    Files.readString(secrets.keystorePasswordFile(), StandardCharsets.US_ASCII).trim());
            String envToken = System.getenv("CHART_CODER_API_TOKEN");
            if (envToken == null || envToken.isBlank()) {
                properties.setProperty("chartcoder.api.token", LocalSecrets.readToken(secrets.apiToken()));
            }
        }
        properties.setProperty("chartcoder.worker.enabled", "false");
        if (options.port() != null) {
            properties.setProperty("camel.server.port", options.port().toString());
        }
        ChartCoderApplication application = ChartCoderApplication.start(options.profile(), properties,
                List.of(new QueryApiRoute(), new RunsApiRoute(options.dataDir())));
        Runtime.getRuntime().addShutdownHook(new Thread(application::close, "chart-coder-shutdown"));
        application.awaitStopped();
        return 0;
    }
}
