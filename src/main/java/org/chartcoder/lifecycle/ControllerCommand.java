package org.chartcoder.lifecycle;

import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.chartcoder.ChartCoder;
import org.chartcoder.app.AwsClients;
import org.chartcoder.app.ChartCoderApplication;

import java.util.List;
import java.util.function.Function;

/**
 * {@code chart-coder controller [--profile aws]}: consumes the alarm queue and launches one master
 * per run on EC2 (the long-running alternative to the Lambda launcher).
 */
public final class ControllerCommand implements ChartCoder.Command {

    @Override
    public int run(String[] args) throws Exception {
        if (args.length != 0 && !(args.length == 2 && args[0].equals("--profile"))) {
            throw new IllegalArgumentException("usage: chart-coder controller [--profile aws]");
        }
        String profile = args.length == 2 ? args[1] : "aws";
        ChartCoderApplication application = ChartCoderApplication.start(profile, MasterCommand.roleProperties(),
                List.<RoutesBuilder>of());
        CamelContext context = application.context();
        Function<String, String> lookup = LauncherContext.lookup(context);
        AwsClients clients = new AwsClients(lookup);
        LauncherContext.bind(context.getRegistry(), new LifecycleSettings(lookup), clients.ec2(),
                new S3RunRecord(clients.s3(), lookup.apply("chartcoder.bucket"), lookup.apply("chartcoder.s3.kmsKeyId")));
        context.addRoutes(new ControllerRoutes(true));
        context.addRoutes(new Ec2MasterLaunchRoutes());
        Runtime.getRuntime().addShutdownHook(new Thread(application::close, "chart-coder-shutdown"));
        application.awaitStopped();
        return 0;
    }
}
