package org.chartcoder.lifecycle;

import org.chartcoder.app.ChartMetrics;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

import java.time.Instant;

/**
 * Local mode's CloudWatch: polls the work queue's depth and publishes the alarm notification into
 * the local alarm queue, where the controller reads it exactly as it reads SNS deliveries on AWS.
 * Each look also goes to the {@link Reconciler}, which starts a run for work no master is doing.
 */
public class BacklogMonitorRoutes extends RouteBuilder {

    private final BacklogAlarm alarm;
    private final QueueDepth workQueue;
    private final Reconciler reconciler;

    public BacklogMonitorRoutes(BacklogAlarm alarm, QueueDepth workQueue, Reconciler reconciler) {
        this.alarm = alarm;
        this.workQueue = workQueue;
        this.reconciler = reconciler;
    }

    @Override
    public void configure() {
        from("timer:backlog-monitor?period={{chartcoder.lifecycle.monitor.period-ms:2000}}").routeId("backlog-monitor")
                .process(this::evaluate)
                .filter(body().isNotNull())
                    .log("backlog monitor: work queue ${header.ChartCoderVisible} visible -> alarm ${header.ChartCoderAlarmState},"
                            + " notification published to the alarm queue")
                    .to("{{chartcoder.lifecycle.alarm-queue-uri}}")
                .end();
    }

    private void evaluate(Exchange exchange) {
        QueueDepth.Depth depth = workQueue.read();
        long visible = depth.visible();
        ChartMetrics metrics = exchange.getContext().getRegistry().lookupByNameAndType("chartMetrics", ChartMetrics.class);
        if (metrics != null) {
            metrics.queueDepth(depth.visible(), depth.inFlight());
        }
        exchange.getIn().setHeader("ChartCoderVisible", visible);
        Instant now = Instant.now();
        exchange.getIn().setBody(alarm.evaluate(visible, now).orElse(null));
        reconciler.check(depth, now);
        exchange.getIn().setHeader("ChartCoderAlarmState", alarm.state());
    }
}
