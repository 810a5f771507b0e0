package org.chartcoder.lifecycle;

import java.util.function.Function;

import org.apache.camel.CamelContext;
import org.chartcoder.runtime.AwsClients;

/** The controller role: the alarm queue's consumer launching one master per run on EC2. */
public final class Controller {

    private Controller() {
    }

    public static void install(CamelContext context) throws Exception {
        Function<String, String> lookup = LauncherContext.lookup(context);
        AwsClients clients = new AwsClients(lookup);
        LauncherContext.bind(context.getRegistry(), new LifecycleSettings(lookup), clients.ec2(),
                new S3RunRecord(clients.s3(), lookup.apply("chartcoder.bucket"), lookup.apply("chartcoder.s3.kmsKeyId")));
        context.addRoutes(new ControllerRoutes(true));
        context.addRoutes(new Ec2MasterLaunchRoutes());
    }
}
