package org.chartcoder.lifecycle;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * A program run under {@code setsid nohup}: its own session and process group (so it survives a
 * hang-up of the master's terminal and can be killed as a whole, children included), output
 * appended to a log file, its pid in a pid file. The supervisor reads progress from the log.
 */
public final class DetachedProcess {

    private final Process process;
    private final Path logFile;
    private final Path pidFile;
    private final Instant started = Instant.now();

    private DetachedProcess(Process process, Path logFile, Path pidFile) {
        this.process = process;
        this.logFile = logFile;
        this.pidFile = pidFile;
    }

    public static DetachedProcess start(List<String> command, Path workDir, Path logFile, Path pidFile,
                                        Map<String, String> environment) throws IOException {
        List<String> detached = new ArrayList<>(List.of("setsid", "nohup"));
        detached.addAll(command);
        Files.createDirectories(logFile.toAbsolutePath().getParent());
        ProcessBuilder builder = new ProcessBuilder(detached).directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().putAll(environment);
        Process process = builder.start();
        // A child of the JVM is no process-group leader, so setsid execs in place: pid == group id.
        Files.createDirectories(pidFile.toAbsolutePath().getParent());
        Files.writeString(pidFile, process.pid() + "\n");
        return new DetachedProcess(process, logFile, pidFile);
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Duration age() {
        return Duration.between(started, Instant.now());
    }

    public OptionalInt exitCode() {
        return process.isAlive() ? OptionalInt.empty() : OptionalInt.of(process.exitValue());
    }

    public boolean waitFor(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** SIGTERM to the whole process group, SIGKILL after the grace period. */
    public void killGroup(Duration grace) throws InterruptedException {
        signalGroup("TERM");
        if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            signalGroup("KILL");
            process.waitFor(5, TimeUnit.SECONDS);
        }
        // children that left the group's leader behind
        signalGroup("KILL");
    }

    private void signalGroup(String signal) throws InterruptedException {
        try {
            new ProcessBuilder("kill", "-s", signal, "--", "-" + process.pid())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot signal process group " + process.pid(), e);
        }
    }

    public Path logFile() {
        return logFile;
    }

    public Path pidFile() {
        return pidFile;
    }

    /** The last lines of the log (at most 64 KiB are read). */
    public List<String> logTail(int lines) {
        if (!Files.exists(logFile)) {
            return List.of();
        }
        try (RandomAccessFile file = new RandomAccessFile(logFile.toFile(), "r")) {
            long length = file.length();
            long from = Math.max(0, length - 65_536);
            byte[] bytes = new byte[(int) (length - from)];
            file.seek(from);
            file.readFully(bytes);
            Deque<String> tail = new ArrayDeque<>();
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    tail.addLast(line);
                    if (tail.size() > lines) {
                        tail.removeFirst();
                    }
                }
            }
            return List.copyOf(tail);
        } catch (IOException e) {
            return List.of("(log unreadable: " + e.getClass().getSimpleName() + ")");
        }
    }

    /** Ansible's latest PLAY/TASK header, as progress for the heartbeat. */
    public String lastStep() {
        List<String> tail = logTail(200);
        for (int i = tail.size() - 1; i >= 0; i--) {
            String line = tail.get(i);
            if (line.startsWith("TASK [") || line.startsWith("PLAY [") || line.startsWith("PLAY RECAP")) {
                return line.replaceAll("\\**$", "").trim();
            }
        }
        return tail.isEmpty() ? "(no output yet)" : "(" + tail.size() + " lines)";
    }
}
