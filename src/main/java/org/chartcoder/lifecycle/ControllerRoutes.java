package org.chartcoder.lifecycle;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * The controller: reads alarm notifications, records each one, and asks {@code direct:launch-master}
 * for a master on a fresh transition of the configured alarm to ALARM. The queue consumer is a
 * separate route so the Lambda handler feeds {@code direct:alarm-notification} with the same code.
 * Malformed notifications go to the alarm queue's dead-letter queue with the reason as a header.
 */
public class ControllerRoutes extends RouteBuilder {

    public static final String RUN_ID = "ChartCoderRunId";
    public static final String ALARM = "ChartCoderAlarm";
    public static final String DEAD_LETTER_REASON = "ChartCoderDeadLetterReason";

    private final boolean consumeAlarmQueue;

    /** @param consumeAlarmQueue false where notifications arrive another way (the Lambda handler) */
    public ControllerRoutes(boolean consumeAlarmQueue) {
        this.consumeAlarmQueue = consumeAlarmQueue;
    }

    @Override
    public void configure() {
        AlarmNotificationParser parser = new AlarmNotificationParser();

        onException(MalformedAlarmException.class)
                .handled(true)
                .useOriginalMessage()
                .process(this::recordMalformed)
                .log(LoggingLevel.WARN, "alarm notification dead-lettered: ${header." + DEAD_LETTER_REASON + "}")
                .to("{{chartcoder.lifecycle.alarm-dlq-uri}}");

        if (consumeAlarmQueue) {
            from("{{chartcoder.lifecycle.alarm-queue-uri}}").routeId("alarm-queue")
                    .to("direct:alarm-notification");
        }

        from("direct:alarm-notification").routeId("controller")
                .process(exchange -> exchange.setProperty(ALARM,
                        parser.parse(exchange.getIn().getMandatoryBody(String.class))))
                .process(this::decide)
                .filter(exchangeProperty("launch"))
                    .to("direct:launch-master")
                .end();
    }

    private void decide(Exchange exchange) {
        AlarmNotification alarm = exchange.getProperty(ALARM, AlarmNotification.class);
        AlarmPolicy.Decision decision = bean(AlarmPolicy.class).decide(alarm);
        exchange.getIn().setHeader(RUN_ID, decision.runId());
        exchange.setProperty("launch", decision.launch());
        record().append(RunEvent.of(decision.runId(), decision.launch() ? "alarm.received" : "alarm.recorded",
                "alarm", alarm.alarmName(), "state", alarm.newState(), "previousState", alarm.oldState(),
                "stateChangeTime", alarm.stateChangeTime().toString(), "messageId", alarm.messageId(),
                "reason", decision.reason()));
        log.info("alarm {} {} -> {} run {}: {}", alarm.alarmName(), alarm.oldState(), alarm.newState(),
                decision.runId(), decision.launch() ? "master wanted" : "recorded only (" + decision.reason() + ")");
    }

    private void recordMalformed(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String reason = cause == null ? "unreadable" : cause.getMessage();
        exchange.getIn().setHeader(DEAD_LETTER_REASON, reason);
        record().append(RunEvent.of(RunRecord.NO_RUN, "alarm.malformed", "reason", reason,
                "messageId", exchange.getIn().getMessageId()));
    }

    private RunRecord record() {
        return bean(RunRecord.class);
    }

    private <T> T bean(Class<T> type) {
        return getContext().getRegistry().findSingleByType(type);
    }
}
