package org.chartcoder.lifecycle;

import java.nio.file.Files;
import java.nio.file.Path;

/** Stands in for the worker role in fleet tests: idles until stopped and notes a graceful stop. */
public final class SleepingWorker {

    private SleepingWorker() {
    }

    public static void main(String[] args) throws Exception {
        Path stopped = Path.of(args[0]);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.writeString(stopped.resolveSibling(stopped.getFileName() + "-" + ProcessHandle.current().pid()), "stopped");
            } catch (Exception ignored) {
                // the test then sees no graceful stop
            }
        }));
        Thread.sleep(Long.MAX_VALUE);
    }
}
