package org.chartcoder.lifecycle;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Runs a role of the jar in a child process that must not outlive its parent: it exits (gracefully,
 * through the shutdown hooks, so a worker finishes its current chart) when its stdin reaches EOF,
 * which happens as soon as the parent dies, even by kill -9, or when the parent pid disappears.
 * Usage: {@code java -cp chart-coder.jar org.chartcoder.lifecycle.ParentWatchedWorker PARENT_PID MAIN_CLASS ARGS...}
 */
public final class ParentWatchedWorker {

    private ParentWatchedWorker() {
    }

    public static void main(String[] args) throws Throwable {
        long parentPid = Long.parseLong(args[0]);
        String mainClass = args[1];
        String[] rest = Arrays.copyOfRange(args, 2, args.length);
        Thread stdinWatch = new Thread(() -> {
            try (InputStream in = System.in) {
                while (in.read() != -1) {
                    // the parent writes nothing: only EOF matters
                }
            } catch (IOException ignored) {
                // a broken pipe means the parent is gone too
            }
            exit("parent closed the pipe");
        }, "parent-pipe-watch");
        Thread pidWatch = new Thread(() -> {
            while (ProcessHandle.of(parentPid).map(ProcessHandle::isAlive).orElse(false)) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
            exit("parent " + parentPid + " is gone");
        }, "parent-pid-watch");
        stdinWatch.setDaemon(true);
        pidWatch.setDaemon(true);
        stdinWatch.start();
        pidWatch.start();
        Class.forName(mainClass).getMethod("main", String[].class).invoke(null, (Object) rest);
    }

    private static void exit(String why) {
        System.err.println("worker " + ProcessHandle.current().pid() + " stopping: " + why);
        System.exit(0);
    }
}
