package org.chartcoder.app;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;

/**
 * chart-coder's own series beside Camel's route metrics, served at /observe/metrics. Labels are
 * fixed words (outcome, reason, queue state): never ids or text.
 */
public final class ChartMetrics {

    private final MeterRegistry registry;
    private final Counter coded;
    private final Counter deadLettered;
    private final Counter submitted;
    private final Timer chartTime;
    private final AtomicLong visible = new AtomicLong();
    private final AtomicLong inFlight = new AtomicLong();

    public ChartMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.coded = Counter.builder("chartcoder.charts.coded").description("Charts coded and stored").register(registry);
        this.deadLettered = Counter.builder("chartcoder.charts.deadlettered")
                .description("Charts moved to the dead-letter queue after their last receive").register(registry);
        this.submitted = Counter.builder("chartcoder.charts.submitted").description("Charts stored and queued by intake")
                .register(registry);
        this.chartTime = Timer.builder("chartcoder.chart").description("Time per chart from receiving its job to storing its result")
                .register(registry);
        // registered at start, so each kind reads 0 until it happens and an alert can compare with it
        for (StorageHealth.Fault fault : StorageHealth.Fault.values()) {
            storageErrors(fault);
        }
        registry.gauge("chartcoder.queue.depth", List.of(Tag.of("state", "visible")), visible);
        registry.gauge("chartcoder.queue.depth", List.of(Tag.of("state", "inflight")), inFlight);
    }

    /** @param receivedNanos {@link System#nanoTime()} when the chart's job was received */
    public void coded(long receivedNanos) {
        coded.increment();
        chartTime.record(System.nanoTime() - receivedNanos, TimeUnit.NANOSECONDS);
    }

    public void failed(ErrorReason reason) {
        Counter.builder("chartcoder.charts.failed").description("Charts refused with a recorded reason")
                .tag("reason", reason.name()).register(registry).increment();
    }

    /** {@code chartcoder_storage_errors_total{kind}}: a storage write failed for want of space, with an I/O error or permission denied. */
    public void storageError(StorageHealth.Fault fault) {
        storageErrors(fault).increment();
    }

    private Counter storageErrors(StorageHealth.Fault fault) {
        return Counter.builder("chartcoder.storage.errors").description("Storage writes that failed, by kind")
                .tag("kind", fault.label).register(registry);
    }

    /** @param charts the charts of the dead-lettered chunk */
    public void deadLettered(int charts) {
        deadLettered.increment(charts);
    }

    /** @param charts the charts of the chunk stored and queued */
    public void submitted(int charts) {
        submitted.increment(charts);
    }

    public void queueDepth(long visibleMessages, long inFlightMessages) {
        visible.set(visibleMessages);
        inFlight.set(inFlightMessages);
    }

    /** {@code chartcoder_run_active}: 1 while a run's master is working, 0 otherwise. */
    public void runActive(BooleanSupplier active) {
        Gauge.builder("chartcoder.run.active", () -> active.getAsBoolean() ? 1 : 0)
                .description("1 while a run's master is working").register(registry);
    }
}
