package org.chartcoder.lifecycle;

import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceState;
import software.amazon.awssdk.services.ec2.model.InstanceStateChange;
import software.amazon.awssdk.services.ec2.model.Reservation;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;
import software.amazon.awssdk.services.ec2.model.RunInstancesResponse;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.ec2.model.TerminateInstancesRequest;
import software.amazon.awssdk.services.ec2.model.TerminateInstancesResponse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An in-memory EC2 that keeps the instances it launched and the requests it received. Like EC2 (and
 * unlike moto) a RunInstances with a client token seen before returns that launch's instances.
 * {@link #describeLags} makes DescribeInstances miss the instances it launched, as EC2's eventually
 * consistent reads may right after a launch.
 */
final class RecordingEc2Client implements Ec2Client {

    final List<RunInstancesRequest> runRequests = new CopyOnWriteArrayList<>();
    private final java.util.Map<String, List<Instance>> launchesByToken = new java.util.HashMap<>();
    private final java.util.Set<String> launchedIds = java.util.concurrent.ConcurrentHashMap.newKeySet();
    volatile boolean describeLags;
    final List<TerminateInstancesRequest> terminateRequests = new CopyOnWriteArrayList<>();
    final List<Instance> instances = new CopyOnWriteArrayList<>();

    @Override
    public synchronized RunInstancesResponse runInstances(RunInstancesRequest request) {
        runRequests.add(request);
        if (request.clientToken() != null && launchesByToken.containsKey(request.clientToken())) {
            return RunInstancesResponse.builder().instances(launchesByToken.get(request.clientToken())).build();
        }
        List<Tag> tags = request.tagSpecifications().stream()
                .filter(spec -> "instance".equals(spec.resourceTypeAsString()))
                .flatMap(spec -> spec.tags().stream()).toList();
        List<Instance> launched = new ArrayList<>();
        for (int i = 0; i < request.maxCount(); i++) {
            Instance instance = Instance.builder().instanceId("i-" + (1000 + instances.size()))
                    .imageId(request.imageId()).instanceType(request.instanceTypeAsString())
                    .launchTime(Instant.now()).tags(tags)
                    .state(InstanceState.builder().name("pending").build()).build();
            instances.add(instance);
            launched.add(instance);
            launchedIds.add(instance.instanceId());
        }
        if (request.clientToken() != null) {
            launchesByToken.put(request.clientToken(), launched);
        }
        return RunInstancesResponse.builder().instances(launched).build();
    }

    /** Adds an instance as if another process had launched it. */
    void add(String id, String state, Tag... tags) {
        add(id, state, Instant.now(), tags);
    }

    void add(String id, String state, Instant launchTime, Tag... tags) {
        instances.add(Instance.builder().instanceId(id).launchTime(launchTime).tags(tags)
                .state(InstanceState.builder().name(state).build()).build());
    }

    String state(String id) {
        return instances.stream().filter(i -> i.instanceId().equals(id)).findFirst().orElseThrow().state().nameAsString();
    }

    @Override
    public DescribeInstancesResponse describeInstances(DescribeInstancesRequest request) {
        List<Instance> matching = instances.stream()
                .filter(instance -> !(describeLags && launchedIds.contains(instance.instanceId())))
                .filter(instance -> matches(instance, request.filters())).toList();
        return DescribeInstancesResponse.builder()
                .reservations(matching.isEmpty() ? List.of() : List.of(Reservation.builder().instances(matching).build()))
                .build();
    }

    @Override
    public synchronized TerminateInstancesResponse terminateInstances(TerminateInstancesRequest request) {
        terminateRequests.add(request);
        List<InstanceStateChange> changes = new ArrayList<>();
        for (int i = 0; i < instances.size(); i++) {
            Instance instance = instances.get(i);
            if (request.instanceIds().contains(instance.instanceId())) {
                instances.set(i, instance.toBuilder().state(InstanceState.builder().name("terminated").build()).build());
                changes.add(InstanceStateChange.builder().instanceId(instance.instanceId()).build());
            }
        }
        return TerminateInstancesResponse.builder().terminatingInstances(changes).build();
    }

    long live() {
        return instances.stream().filter(i -> !"terminated".equals(i.state().nameAsString())).count();
    }

    private static boolean matches(Instance instance, List<Filter> filters) {
        for (Filter filter : filters) {
            String value;
            if (filter.name().equals("instance-state-name")) {
                value = instance.state().nameAsString();
            } else if (filter.name().equals("tag-key")) {
                value = instance.tags().stream().map(Tag::key).filter(filter.values()::contains).findFirst().orElse(null);
            } else if (filter.name().startsWith("tag:")) {
                value = MasterLaunchPlan.tag(instance, filter.name().substring(4));
            } else {
                throw new UnsupportedOperationException("filter " + filter.name());
            }
            if (!filter.values().contains(value)) {
                return false;
            }
        }
        return true;
    }

    static List<String> tagKeys(TagSpecification spec) {
        return spec.tags().stream().map(Tag::key).toList();
    }

    @Override
    public String serviceName() {
        return "ec2";
    }

    @Override
    public void close() {
    }
}
