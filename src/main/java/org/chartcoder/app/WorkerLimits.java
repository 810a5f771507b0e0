package org.chartcoder.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When a worker ends itself: once it received no job for the idle limit (its consumers poll all the
 * time, so the queue had nothing visible for it), at its maximum lifetime, whatever its master
 * does, or (AWS) once its master's heartbeat is older than the silence limit (no heartbeat at all
 * counts from the worker's start), or (AWS Spot) once EC2 gives notice that it reclaims the instance. A zero limit is off. Once ending, every job the worker receives but has not started (the
 * rest of a prefetched batch) is released with visibility 0 instead of being coded, so another
 * worker takes it at once; the job in hand is finished by the graceful stop.
 */
public final class WorkerLimits {

    private static final Logger LOG = LoggerFactory.getLogger(WorkerLimits.class);

    private final Duration idleLimit;
    private final Duration maxLifetime;
    private final Duration masterSilence;
    private final Supplier<Optional<Instant>> masterHeartbeat;
    private final BooleanSupplier reclaimNotice;
    private final Clock clock;
    private final Instant started;
    private final AtomicInteger released = new AtomicInteger();
    private volatile Instant lastJob;
    private volatile String endReason;
    private volatile Consumer<String> onEnd = reason -> { };

    public WorkerLimits(Duration idleLimit, Duration maxLifetime, Clock clock) {
        this(idleLimit, maxLifetime, Duration.ZERO, Optional::empty, () -> false, clock);
    }

    /**
     * @param masterHeartbeat the time of the master's latest heartbeat, empty while there is none
     * @param reclaimNotice   true once the instance is to be reclaimed (a Spot interruption notice)
     */
    public WorkerLimits(Duration idleLimit, Duration maxLifetime, Duration masterSilence,
                        Supplier<Optional<Instant>> masterHeartbeat, BooleanSupplier reclaimNotice, Clock clock) {
        this.idleLimit = idleLimit;
        this.maxLifetime = maxLifetime;
        this.masterSilence = masterSilence;
        this.masterHeartbeat = masterHeartbeat;
        this.reclaimNotice = reclaimNotice;
        this.clock = clock;
        this.started = clock.instant();
        this.lastJob = started;
    }

    /** A job arrived (and will be coded). */
    public void jobReceived() {
        lastJob = clock.instant();
    }

    /** Why the worker should end now, if it should. */
    public Optional<String> reasonToEnd() {
        Instant now = clock.instant();
        if (reclaimNotice.getAsBoolean()) {
            return Optional.of("EC2 gave notice that it reclaims this Spot instance");
        }
        if (!maxLifetime.isZero() && !now.isBefore(started.plus(maxLifetime))) {
            return Optional.of("max-lifetime " + maxLifetime.toMinutes() + " min reached");
        }
        if (!idleLimit.isZero() && !now.isBefore(lastJob.plus(idleLimit))) {
            return Optional.of("no job for " + Duration.between(lastJob, now).toSeconds() + " s (idle limit "
                    + idleLimit.toSeconds() + " s)");
        }
        if (!masterSilence.isZero()) {
            Instant heard = masterHeartbeat().orElse(started);
            if (!now.isBefore(heard.plus(masterSilence))) {
                return Optional.of("master silent for " + Duration.between(heard, now).toSeconds() + " s (limit "
                        + masterSilence.toSeconds() + " s)");
            }
        }
        return Optional.empty();
    }

    private Optional<Instant> masterHeartbeat() {
        try {
            return masterHeartbeat.get();
        } catch (RuntimeException e) {
            // unreadable is not silent: only a heartbeat seen to be old ends the worker
            LOG.warn("master heartbeat not read: {}", e.getClass().getSimpleName());
            return Optional.of(clock.instant());
        }
    }

    /** Checks the limits; the first time one is reached, marks the worker ending and tells the listener. */
    public synchronized boolean check() {
        if (endReason != null) {
            return true;
        }
        Optional<String> reason = reasonToEnd();
        if (reason.isEmpty()) {
            return false;
        }
        endReason = reason.get();
        LOG.info("worker ending itself: {}; the chart in hand is finished, received jobs are released", endReason);
        onEnd.accept(endReason);
        return true;
    }

    /** Called with the reason once the worker decides to end (the command stops the application). */
    public void onEnd(Consumer<String> listener) {
        this.onEnd = listener;
    }

    public boolean ending() {
        return endReason != null;
    }

    public Optional<String> endReason() {
        return Optional.ofNullable(endReason);
    }

    void countReleased() {
        released.incrementAndGet();
    }

    public int released() {
        return released.get();
    }
}
