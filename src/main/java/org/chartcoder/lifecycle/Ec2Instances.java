package org.chartcoder.lifecycle;

import org.apache.camel.ProducerTemplate;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.TerminateInstancesRequest;

import java.util.List;

/**
 * A run's instances through camel-aws2-ec2: the workers' launch times for the summary, and the
 * safety-net sweep that terminates whatever a fleet left behind (the master's own instance last,
 * by its own shutdown).
 */
public final class Ec2Instances {

    private final ProducerTemplate producer;

    /** @param producer a template of a context where {@code ec2Client} is bound */
    public Ec2Instances(ProducerTemplate producer) {
        this.producer = producer;
    }

    /** Instances of the run (of one role, or all when role is null) that are not terminated. */
    public List<Instance> ofRun(String runId, String role) {
        return describe(MasterLaunchPlan.instancesOfRun(runId, role));
    }

    public List<Instance> describe(DescribeInstancesRequest request) {
        DescribeInstancesResponse response = producer.requestBody(Ec2MasterLaunchRoutes.EC2 + "describeInstances",
                request, DescribeInstancesResponse.class);
        return MasterLaunchPlan.instances(response);
    }

    /** Terminates every instance of the run except {@code keep} (the master itself); returns their ids. */
    public List<String> sweep(String runId, String keep) {
        List<String> ids = ofRun(runId, null).stream().map(Instance::instanceId)
                .filter(id -> !id.equals(keep)).toList();
        if (!ids.isEmpty()) {
            terminate(ids);
        }
        return ids;
    }

    public void terminate(List<String> ids) {
        producer.requestBody(Ec2MasterLaunchRoutes.EC2 + "terminateInstances",
                TerminateInstancesRequest.builder().instanceIds(ids).build());
    }
}
