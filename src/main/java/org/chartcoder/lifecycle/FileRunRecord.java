package org.chartcoder.lifecycle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The run record of local mode: {@code lifecycle.jsonl} appended under a file lock (the controller,
 * the master and tests may share it), summaries as {@code runs/{runId}.json} in the data directory,
 * master claims as {@code runs/{alarm}.master-claim} read and written under a lock file.
 */
public final class FileRunRecord implements RunRecord {

    private final Path journal;
    private final Path summaries;

    public FileRunRecord(Path dataDir) {
        this.journal = dataDir.resolve("lifecycle.jsonl");
        this.summaries = dataDir.resolve("runs");
    }

    @Override
    public synchronized void append(RunEvent event) {
        byte[] line = (RunEventJson.write(event) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(journal.getParent());
            try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                 FileLock ignored = channel.lock()) {
                channel.write(ByteBuffer.wrap(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + journal, e);
        }
    }

    @Override
    public List<RunEvent> events(String runId) {
        return all().stream().filter(event -> event.runId().equals(runId)).toList();
    }

    @Override
    public List<RunOverview> runs() {
        return RunEventJson.overview(all());
    }

    @Override
    public Optional<String> summaryJson(String runId) {
        Path file = summaries.resolve(runId + ".json");
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    @Override
    public void writeSummary(String runId, String json) {
        try {
            Files.createDirectories(summaries);
            Files.writeString(summaries.resolve(runId + ".json"), json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the summary of run " + runId, e);
        }
    }

    @Override
    public void heartbeat(String runId, Instant at) {
        try {
            Files.createDirectories(summaries);
            Files.writeString(summaries.resolve(runId + ".heartbeat"), at.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the heartbeat of run " + runId, e);
        }
    }

    @Override
    public Optional<Instant> lastHeartbeat(String runId) {
        Path file = summaries.resolve(runId + ".heartbeat");
        try {
            return Files.exists(file) ? Optional.of(Instant.parse(Files.readString(file).trim())) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    @Override
    public synchronized String claimMaster(String alarmName, String runId, Instant now, Duration hold,
                                           java.util.function.Predicate<String> holderEnded) {
        Path claim = summaries.resolve(alarmName + ".master-claim");
        try {
            Files.createDirectories(summaries);
            try (FileChannel lock = FileChannel.open(summaries.resolve(alarmName + ".master-claim.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = lock.lock()) {
                if (Files.exists(claim)) {
                    String[] holderAndTime = Files.readString(claim).trim().split(" ");
                    if (holderAndTime[0].equals(runId) || now.isBefore(Instant.parse(holderAndTime[1]).plus(hold))
                            && !holderEnded.test(holderAndTime[0])) {
                        return holderAndTime[0];
                    }
                }
                Files.writeString(claim, runId + " " + now);
                return runId;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot claim the master of " + alarmName, e);
        }
    }

    private synchronized List<RunEvent> all() {
        if (!Files.exists(journal)) {
            return List.of();
        }
        try {
            return Files.readAllLines(journal, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank()).map(RunEventJson::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + journal, e);
        }
    }
}
