package org.chartcoder.lifecycle;

import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;
import org.chartcoder.ChartCoder;

import java.util.Properties;
import java.util.function.Function;

/**
 * {@code chart-coder controller [--profile aws]}: consumes the alarm queue and launches one master
 * per run on EC2 (the long-running alternative to the Lambda launcher).
 */
public final class ControllerCommand implements ChartCoder.Command {

    @Override
    public int run(String[] args) throws Exception {
        String profile = args.length == 2 && args[0].equals("--profile") ? args[1] : "aws";
        if (args.length != 0 && args.length != 2) {
            throw new IllegalArgumentException("usage: chart-coder controller [--profile aws]");
        }
        Main main = new Main();
        Properties overrides = new Properties();
        overrides.setProperty("camel.main.profile", profile);
        main.setOverrideProperties(overrides);
        main.configure().addRoutesBuilder(new ControllerRoutes(true));
        main.configure().addRoutesBuilder(new Ec2MasterLaunchRoutes());
        main.addMainListener(new org.apache.camel.main.MainListenerSupport() {
            @Override
            public void beforeConfigure(org.apache.camel.main.BaseMainSupport support) {
                CamelContext context = support.getCamelContext();
                Function<String, String> lookup = LauncherContext.lookup(context);
                AwsClients clients = new AwsClients(lookup);
                LauncherContext.bind(context.getRegistry(), new LifecycleSettings(lookup), clients.ec2(),
                        new S3RunRecord(clients.s3(), lookup.apply("chartcoder.bucket"),
                                lookup.apply("chartcoder.s3.kmsKeyId")));
            }
        });
        main.run();
        return 0;
    }
}
