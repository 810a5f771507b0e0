package org.chartcoder.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.ProducerTemplate;
import org.apache.camel.spi.Registry;
import org.chartcoder.app.BatchIntake;
import org.chartcoder.app.ChartChunker;
import org.chartcoder.app.ChartDigest;
import org.chartcoder.app.ChartFilesSource;
import org.chartcoder.app.ChartIds;
import org.chartcoder.app.ChartIndex;
import org.chartcoder.app.ChartStore;
import org.chartcoder.app.IntakeRefusals;
import org.chartcoder.app.S3ChartsSource;
import org.chartcoder.app.S3Intake;
import org.chartcoder.runtime.ChartCoderApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Submits every chart under a directory, or under an S3 prefix, as one batch, streaming.
 * <p>A directory's charts are cut into chunks as they are read and each chunk goes through the intake
 * route (bundle, index, job). The batch id is derived from the directory's absolute path unless
 * given, and the chunks come out the same for the same files, so running it again after a crash
 * skips every chunk already stored and queues no chart twice.
 * <p>An {@code s3://bucket/prefix/} is coded in place: nothing is copied; each chunk's job names the
 * objects (or line ranges of {@code .jsonl} objects) and their ETags, and workers read them once.
 * Run again, it queues again only the chunks the index does not show finished; a chunk queued twice
 * is recognised by its stored result and coded once.
 * <p>With the local profile it joins the emulators of a running local process (its data directory);
 * with the aws profile it writes to S3, the index and SQS.
 */
@Command(name = "submit", mixinStandardHelpOptions = true,
        description = {"Submit every chart under a directory or an s3://bucket/prefix/ (*.txt, one chart each;"
                + " *.jsonl, one {chartId, text} per line) as one batch, streaming; S3 input is coded in place;"
                + " run it again to resume."})
public final class SubmitCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "DIR|s3://BUCKET/PREFIX/", description = "The directory of charts, or the S3 prefix.")
    String input;

    @Option(names = "--batch-id", paramLabel = "ID", description = "The batch id (default: derived from the input's path or URI).")
    String batchId;

    private final PrintStream out;

    public SubmitCommand() {
        this(System.out);
    }

    SubmitCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        var settings = common.settings("local");
        Map<String, String> roleValues = WorkerCommand.localEmulators(settings);
        roleValues.putAll(Map.of("chartcoder.worker.enabled", "false", "camel.server.enabled", "false",
                "camel.ssl.enabled", "false", "camel.management.enabled", "false"));
        boolean inPlace = input.startsWith(S3Intake.SCHEME);
        String where = inPlace ? input : Path.of(input).toAbsolutePath().normalize().toString();
        String batch = batchId != null ? ChartIds.requireValid(batchId, "--batch-id")
                : (inPlace ? "s3-" : "dir-") + ChartDigest.hex(where.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        try (ChartCoderApplication application = ChartCoderApplication.start(settings.with(roleValues), List.of())) {
            Registry registry = application.context().getRegistry();
            ProducerTemplate producer = application.context().createProducerTemplate();
            AtomicInteger submitted = new AtomicInteger();
            AtomicInteger skipped = new AtomicInteger();
            String leftOut;
            if (inPlace) {
                S3ChartsSource.Skipped left = submitInPlace(registry, producer, batch, submitted, skipped);
                leftOut = left.badNames() + left.badLines() == 0 ? "" : String.format(
                        " (%d objects with invalid names, %d bad JSON lines left out)", left.badNames(), left.badLines());
            } else {
                Set<String> stored = registry.lookupByNameAndType("chartStore", ChartStore.class).storedChunks(batch);
                ChartChunker chunker = registry.lookupByNameAndType("batchIntake", BatchIntake.class).chunker(chunk -> {
                    if (stored.contains(chunk.chunkId())) {
                        skipped.addAndGet(chunk.charts().size());
                    } else {
                        BatchIntake.submit(producer, batch, chunk);
                        submitted.addAndGet(chunk.charts().size());
                    }
                });
                IntakeRefusals refusals = registry.lookupByNameAndType("intakeRefusals", IntakeRefusals.class);
                IntakeRefusals.Batch refused = refusals.forBatch(producer, batch);
                ChartFilesSource.Skipped left = refusals.directory(refused).stream(Path.of(input), chunker::add);
                chunker.flush();
                refused.flush();
                leftOut = left.refusedFiles() + left.badLines() == 0 ? "" : String.format(
                        " (%d files refused, each recorded in the batch with its reason; %d bad JSON lines left out)",
                        left.refusedFiles(), left.badLines());
            }
            out.printf("Batch %s: %d charts submitted, %d already submitted earlier%s%n", batch, submitted.get(), skipped.get(),
                    leftOut);
        }
        return 0;
    }

    private S3ChartsSource.Skipped submitInPlace(Registry registry, ProducerTemplate producer, String batch,
                                                 AtomicInteger submitted, AtomicInteger skipped) {
        ChartIndex index = registry.lookupByNameAndType("chartIndex", ChartIndex.class);
        return registry.lookupByNameAndType("s3Intake", S3Intake.class).submit(S3Intake.Location.parse(input), batch,
                producer, chunkId -> index.isFinished(batch, chunkId), submitted::addAndGet, skipped::addAndGet);
    }
}
