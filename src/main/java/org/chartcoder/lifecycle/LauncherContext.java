package org.chartcoder.lifecycle;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.Registry;
import software.amazon.awssdk.services.ec2.Ec2Client;

import java.time.Clock;
import java.util.function.Function;

/**
 * Wires the launch code (controller and EC2 launch routes, their beans) into a Camel context; the
 * controller role, the Lambda handler and the tests all go through here so they run the same code.
 */
public final class LauncherContext {

    private LauncherContext() {
    }

    public static void bind(Registry registry, LifecycleSettings settings, Ec2Client ec2, RunRecord record) {
        registry.bind("ec2Client", ec2);
        registry.bind("runRecord", record);
        registry.bind("alarmPolicy", new AlarmPolicy(settings, Clock.systemUTC()));
        registry.bind("masterLaunchPlan", new MasterLaunchPlan(settings));
    }

    /** Reads a setting from the context's properties: the role's {@link org.chartcoder.runtime.Settings}. */
    public static Function<String, String> lookup(CamelContext context) {
        return key -> context.getPropertiesComponent().resolveProperty(key).orElse(null);
    }

    /** Starts a context that launches masters for notifications sent to {@code direct:alarm-notification}. */
    public static CamelContext startWithoutQueue(CamelContext context, Ec2Client ec2, RunRecord record) throws Exception {
        bind(context.getRegistry(), new LifecycleSettings(lookup(context)), ec2, record);
        context.addRoutes(new ControllerRoutes(false));
        context.addRoutes(new Ec2MasterLaunchRoutes());
        context.start();
        return context;
    }
}
