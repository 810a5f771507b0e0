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
import org.chartcoder.app.BatchIntake;
import org.chartcoder.app.ChartChunker;
import org.chartcoder.app.ChartDigest;
import org.chartcoder.app.ChartFilesSource;
import org.chartcoder.app.ChartIds;
import org.chartcoder.app.ChartStore;
import org.chartcoder.runtime.ChartCoderApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Submits every chart under a directory as one batch, streaming: charts are cut into chunks as they
 * are read and each chunk goes through the intake route (bundle, index, job). The batch id is
 * derived from the directory's absolute path unless given, and the chunks come out the same for the
 * same files, so running it again after a crash skips every chunk already stored and queues no chart
 * twice. With the local profile it joins the emulators of a running local process (its data
 * directory); with the aws profile it writes to S3, the index and SQS.
 */
@Command(name = "submit", mixinStandardHelpOptions = true,
        description = {"Submit every chart under a directory (*.txt, one chart each; *.jsonl, one {chartId, text} per line)"
                + " as one batch, streaming; run it again to resume."})
public final class SubmitCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "DIR", description = "The directory of charts.")
    Path input;

    @Option(names = "--batch-id", paramLabel = "ID", description = "The batch id (default: derived from the directory's path).")
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
        String batch = batchId != null ? ChartIds.requireValid(batchId, "--batch-id") : "dir-" + ChartDigest.hex(
                input.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        try (ChartCoderApplication application = ChartCoderApplication.start(settings.with(roleValues), List.of())) {
            var registry = application.context().getRegistry();
            Set<String> stored = registry.lookupByNameAndType("chartStore", ChartStore.class).storedChunks(batch);
            ProducerTemplate producer = application.context().createProducerTemplate();
            AtomicInteger submitted = new AtomicInteger();
            AtomicInteger skipped = new AtomicInteger();
            ChartChunker chunker = registry.lookupByNameAndType("batchIntake", BatchIntake.class).chunker(chunk -> {
                if (stored.contains(chunk.chunkId())) {
                    skipped.addAndGet(chunk.charts().size());
                } else {
                    BatchIntake.submit(producer, batch, chunk);
                    submitted.addAndGet(chunk.charts().size());
                }
            });
            ChartFilesSource.Skipped left = new ChartFilesSource().stream(input, chunker::add);
            chunker.flush();
            out.printf("Batch %s: %d charts submitted, %d already submitted earlier%s%n", batch, submitted.get(), skipped.get(),
                    left.badNames() + left.badLines() > 0 ? String.format(" (%d files with invalid names, %d bad JSON lines left out)",
                            left.badNames(), left.badLines()) : "");
        }
        return 0;
    }
}
