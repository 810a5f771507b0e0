package org.chartcoder.lifecycle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Workers as local processes of the same jar, for local mode (no Ansible needed). Each runs under
 * {@link ParentWatchedWorker} with a pipe from this process on its stdin, so it exits when this
 * process dies, kill -9 included. Terminating sends SIGTERM: the worker finishes its current chart.
 * A worker that dies unasked (kill -9, a crash) no longer counts: the master's next poll starts a
 * replacement, whose charts are those the dead one held once their visibility timeout ends.
 */
public final class LocalProcessFleet implements Fleet {

    private static final Logger LOG = LoggerFactory.getLogger(LocalProcessFleet.class);

    private final String runId;
    private final List<String> javaCommand;
    private final String mainClass;
    private final List<String> roleArgs;
    private final Path logDir;
    private final Map<String, String> environment;
    private final List<Worker> workers = new CopyOnWriteArrayList<>();
    /** Set by the dead-man timer and the teardown: no worker is started any more. */
    private volatile boolean closed;

    private static final class Worker {
        final String id;
        final Process process;
        final Instant start = Instant.now();
        volatile Instant end;

        Worker(String id, Process process) {
            this.id = id;
            this.process = process;
        }

        /** The end of a worker is when it was seen gone first. */
        Instant endIfGone() {
            if (end == null && !process.isAlive()) {
                end = Instant.now();
            }
            return end;
        }
    }

    /**
     * @param javaCommand the JVM and its options (classpath, system properties) for each worker
     * @param mainClass   the main class to run inside the watched child (the jar's entry point)
     * @param roleArgs    its arguments (e.g. "worker" and its options)
     */
    public LocalProcessFleet(String runId, List<String> javaCommand, String mainClass, List<String> roleArgs,
                             Path logDir, Map<String, String> environment) {
        this.runId = runId;
        this.javaCommand = List.copyOf(javaCommand);
        this.mainClass = mainClass;
        this.roleArgs = List.copyOf(roleArgs);
        this.logDir = logDir;
        this.environment = Map.copyOf(environment);
    }

    @Override
    public synchronized void size(int count) throws IOException {
        Files.createDirectories(logDir);
        while (!closed && size() < count) {
            String id = runId + "-worker-" + (workers.size() + 1);
            List<String> command = new ArrayList<>(javaCommand);
            command.add(ParentWatchedWorker.class.getName());
            command.add(Long.toString(ProcessHandle.current().pid()));
            command.add(mainClass);
            command.addAll(roleArgs);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logDir.resolve(id + ".log").toFile()))
                    .redirectInput(ProcessBuilder.Redirect.PIPE);
            builder.environment().putAll(environment);
            Process process = builder.start();
            workers.add(new Worker(id, process));
            LOG.info("run {}: worker {} started (pid {}), log {}", runId, id, process.pid(), logDir.resolve(id + ".log"));
        }
    }

    /** Live workers: one that died no longer counts, so sizing to the same count replaces it. */
    @Override
    public int size() {
        return (int) workers.stream().filter(worker -> worker.process.isAlive()).count();
    }

    @Override
    public void terminate(Duration grace) throws InterruptedException {
        closed = true;
        for (Worker worker : workers) {
            worker.process.destroy();
        }
        long deadline = System.nanoTime() + grace.toNanos();
        for (Worker worker : workers) {
            long left = Math.max(0, deadline - System.nanoTime());
            if (!worker.process.waitFor(left, TimeUnit.NANOSECONDS)) {
                LOG.warn("run {}: worker {} still busy after {}s, killed", runId, worker.id, grace.toSeconds());
                worker.process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
            worker.endIfGone();
        }
    }

    /** Starts no more workers; the teardown's {@link #terminate} then stops them with their grace. */
    @Override
    public void abort() {
        closed = true;
    }

    @Override
    public Optional<String> failure() {
        return Optional.empty();
    }

    @Override
    public String progress() {
        return size() + " worker processes alive, " + workers.size() + " started";
    }

    @Override
    public List<WorkerUsage> usage() {
        return workers.stream().map(worker -> new WorkerUsage(worker.id, worker.start, worker.endIfGone())).toList();
    }

    /**
     * Completes when the first worker process started so far ends, at once if one has ended already:
     * for a caller that cannot go on without its workers.
     */
    public CompletableFuture<Void> anyEnded() {
        return CompletableFuture.anyOf(workers.stream().map(worker -> worker.process.onExit()).toArray(CompletableFuture[]::new))
                .thenAccept(ended -> { });
    }

    /** Pids of the worker processes (tests check none survives). */
    public List<Long> pids() {
        return workers.stream().map(worker -> worker.process.pid()).toList();
    }
}
