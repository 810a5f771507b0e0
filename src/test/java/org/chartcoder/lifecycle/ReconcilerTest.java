package org.chartcoder.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReconcilerTest {

    @TempDir
    Path dir;

    private final List<String> launched = new ArrayList<>();
    private final AtomicBoolean masterWorking = new AtomicBoolean();
    private final Instant t0 = Instant.parse("2026-12-01T10:00:00Z");

    private Reconciler reconciler() {
        return new Reconciler("backlog", Duration.ofSeconds(30), masterWorking::get, launched::add, new FileRunRecord(dir));
    }

    @Test
    void workWithNoMasterForThePeriodStartsOneRun() {
        Reconciler reconciler = reconciler();
        QueueDepth.Depth stranded = new QueueDepth.Depth(3, 0);
        assertEquals(Optional.empty(), reconciler.check(stranded, t0));
        assertEquals(Optional.empty(), reconciler.check(stranded, t0.plusSeconds(29)));
        Optional<String> run = reconciler.check(stranded, t0.plusSeconds(30));
        assertEquals(List.of("backlog-reconcile-20261201T100030Z"), launched);
        assertEquals(run.orElseThrow(), launched.get(0));
        assertEquals(Optional.empty(), reconciler.check(stranded, t0.plusSeconds(31)), "the period starts again");
    }

    @Test
    void inFlightWorkCountsAsWork() {
        Reconciler reconciler = reconciler();
        reconciler.check(new QueueDepth.Depth(0, 4), t0);
        assertTrue(reconciler.check(new QueueDepth.Depth(0, 4), t0.plusSeconds(30)).isPresent(),
                "a dead worker's jobs are in flight until their visibility ends");
    }

    @Test
    void aWorkingMasterOrAnEmptyQueueResetsTheWait() {
        Reconciler reconciler = reconciler();
        reconciler.check(new QueueDepth.Depth(3, 0), t0);
        masterWorking.set(true);
        reconciler.check(new QueueDepth.Depth(3, 0), t0.plusSeconds(20));
        masterWorking.set(false);
        assertEquals(Optional.empty(), reconciler.check(new QueueDepth.Depth(3, 0), t0.plusSeconds(40)));
        reconciler.check(new QueueDepth.Depth(0, 0), t0.plusSeconds(60));
        assertEquals(Optional.empty(), reconciler.check(new QueueDepth.Depth(3, 0), t0.plusSeconds(75)));
        assertEquals(List.of(), launched);
    }
}
