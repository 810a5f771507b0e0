package org.chartcoder.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class WorkerLimitsTest {

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-12-02T06:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private final MovingClock clock = new MovingClock();

    @Test
    void aWorkerThatKeepsReceivingJobsIsNotIdleButEndsAtItsMaximumLifetime() {
        WorkerLimits limits = new WorkerLimits(Duration.ofMinutes(15), Duration.ofMinutes(60), clock);
        for (int minute = 0; minute < 59; minute++) {
            clock.advance(Duration.ofMinutes(1));
            limits.jobReceived();
            assertEquals(Optional.empty(), limits.reasonToEnd(), "minute " + minute);
        }
        clock.advance(Duration.ofMinutes(1));
        assertTrue(limits.reasonToEnd().orElseThrow().startsWith("max-lifetime 60 min"));
    }

    @Test
    void noJobForTheIdleLimitEndsTheWorkerOnceAndTellsTheListenerOnce() {
        WorkerLimits limits = new WorkerLimits(Duration.ofMinutes(15), Duration.ZERO, clock);
        List<String> told = new ArrayList<>();
        limits.onEnd(told::add);
        clock.advance(Duration.ofMinutes(10));
        limits.jobReceived();
        clock.advance(Duration.ofMinutes(14));
        assertFalse(limits.check(), "14 min since the last job");
        assertFalse(limits.ending());
        clock.advance(Duration.ofMinutes(1));

        assertTrue(limits.check());
        assertTrue(limits.check(), "stays ending");
        assertTrue(limits.ending());
        assertEquals(List.of("no job for 900 s (idle limit 900 s)"), told);
        assertEquals(told.get(0), limits.endReason().orElseThrow());
    }

    @Test
    void zeroLimitsAreOff() {
        WorkerLimits limits = new WorkerLimits(Duration.ZERO, Duration.ZERO, clock);
        clock.advance(Duration.ofDays(30));
        assertFalse(limits.check());
    }

    @Test
    void aWorkerWhoseMasterFellSilentEndsItself() {
        java.util.concurrent.atomic.AtomicReference<Optional<Instant>> heartbeat = new java.util.concurrent.atomic.AtomicReference<>(Optional.empty());
        WorkerLimits limits = new WorkerLimits(Duration.ZERO, Duration.ZERO, Duration.ofMinutes(10), heartbeat::get, () -> false, clock);
        clock.advance(Duration.ofMinutes(9));
        assertFalse(limits.check(), "no heartbeat yet, 9 min after the worker's start");
        heartbeat.set(Optional.of(clock.instant()));
        clock.advance(Duration.ofMinutes(9));
        limits.jobReceived();
        assertFalse(limits.check(), "the master wrote 9 min ago");
        clock.advance(Duration.ofMinutes(1));
        assertTrue(limits.check(), "busy or not, a worker of a silent master ends");
        assertEquals("master silent for 600 s (limit 600 s)", limits.endReason().orElseThrow());
    }

    @Test
    void anUnreadableHeartbeatIsNotASilentMaster() {
        WorkerLimits limits = new WorkerLimits(Duration.ZERO, Duration.ZERO, Duration.ofMinutes(10), () -> {
            throw new IllegalStateException("403");
        }, () -> false, clock);
        clock.advance(Duration.ofHours(2));
        assertFalse(limits.check());
    }

    @Test
    void aSpotReclaimNoticeEndsABusyWorker() {
        java.util.concurrent.atomic.AtomicBoolean notice = new java.util.concurrent.atomic.AtomicBoolean();
        WorkerLimits limits = new WorkerLimits(Duration.ofMinutes(15), Duration.ZERO, Duration.ZERO, Optional::empty,
                notice::get, clock);
        limits.jobReceived();
        assertFalse(limits.check());
        notice.set(true);
        limits.jobReceived();
        assertTrue(limits.check(), "a job just received does not keep a reclaimed instance's worker");
        assertEquals("EC2 gave notice that it reclaims this Spot instance", limits.endReason().orElseThrow());
    }
}
