package org.chartcoder.lifecycle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A parent process for the kill -9 test: starts two watched workers, writes their pids, waits. */
public final class FleetParent {

    private FleetParent() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        LocalProcessFleet fleet = new LocalProcessFleet("orphan-test",
                List.of(Executables.currentJava(), "-Xmx64m", "-cp", System.getProperty("java.class.path")),
                SleepingWorker.class.getName(), List.of(dir.resolve("stopped").toString()), dir, Map.of());
        fleet.size(2);
        Files.writeString(dir.resolve("pids.tmp"), fleet.pids().stream().map(String::valueOf).collect(Collectors.joining(",")));
        Files.move(dir.resolve("pids.tmp"), dir.resolve("pids"));
        Thread.sleep(Long.MAX_VALUE);
    }
}
