package org.chartcoder.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.chartcoder.engine.CodingEngine;
import org.chartcoder.lifecycle.LocalRun;
import org.chartcoder.runtime.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * In one run, codes the charts end to
 * end in local mode (intake, SQS, worker, encrypted S3) in a fresh data directory, then codes the
 * same texts with the engine alone, and prints both throughputs and their ratio.
 */
@Command(name = "bench-local", mixinStandardHelpOptions = true,
        description = "Code charts end to end in local mode, then with the engine alone, in the same run; print both rates.")
public final class BenchLocalCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;
    @Mixin
    EngineOptions engineOptions;

    @Option(names = "--charts", required = true, paramLabel = "DIR", description = "Directory of *.txt charts.")
    Path charts;

    @Option(names = "--consumers", paramLabel = "N", description = "Worker threads (chartcoder.worker.concurrentConsumers).")
    Integer consumers;

    @Override
    public Integer call() throws Exception {
        Path dataDir = Files.createTempDirectory("chart-coder-bench");
        Settings settings = common.settings("local", engineOptions.values(), CommonOptions.options(
                "chartcoder.data-dir", dataDir, "camel.server.port", freePort(), "camel.management.enabled", false,
                "chartcoder.worker.concurrentConsumers", consumers));
        PrintStream out = System.out;
        try (LocalRun run = LocalRun.start(new LocalRun.Options(charts, true, Optional.empty()), settings, out)) {
            run.awaitDone(out, 500);
            double endToEnd = (System.nanoTime() - run.intakeStartedNanos()) / 1e9;
            int consumers = Integer.parseInt(run.application().context()
                    .resolvePropertyPlaceholders("{{chartcoder.worker.concurrentConsumers}}"));
            CodingEngine engine = run.application().context().getRegistry().lookupByNameAndType("codingEngine", CodingEngine.class);
            List<String> texts = run.charts().charts().values().stream()
                    .map(bytes -> new String(bytes, StandardCharsets.UTF_8)).toList();
            int charts = texts.size();
            double engineOne = engineSeconds(engine, texts, 1);
            double engineN = engineSeconds(engine, texts, consumers);
            out.printf("bench-local: %d charts, %d consumers%n", charts, consumers);
            out.printf("  end to end (intake -> SQS -> worker -> encrypted S3): %.2f s, %.1f charts/s%n", endToEnd, charts / endToEnd);
            out.printf("  engine alone, 1 thread:  %.2f s, %.1f charts/s%n", engineOne, charts / engineOne);
            out.printf("  engine alone, %d threads: %.2f s, %.1f charts/s%n", consumers, engineN, charts / engineN);
            out.printf("  end to end / engine alone (%d threads): %.2f%n", consumers, engineN / endToEnd);
        } finally {
            deleteRecursively(dataDir);
        }
        return 0;
    }

    private static double engineSeconds(CodingEngine engine, List<String> texts, int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        try {
            List<Future<?>> futures = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < texts.size(); i = next.getAndIncrement()) {
                        engine.code(texts.get(i));
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        return (System.nanoTime() - started) / 1e9;
    }

    public static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    public static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
