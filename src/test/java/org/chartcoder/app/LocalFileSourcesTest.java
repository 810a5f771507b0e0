package org.chartcoder.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.chartcoder.cli.BenchLocalCommand;
import org.chartcoder.engine.CodingEngines;
import org.chartcoder.engine.codeset.CodeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A local directory coded where it lies: intake names each chart's file, byte range and hash, and the
 * worker reads the range, refusing a file changed (HASH_MISMATCH), gone (MISSING_OBJECT) or replaced
 * by a link since submission, and refusing local files altogether where the profile does not allow them.
 */
class LocalFileSourcesTest {

    private Path dir;
    private ExecutorService threads;
    private ChartIndex index;

    @BeforeEach
    void start() throws Exception {
        dir = Files.createTempDirectory("local-sources-test");
        threads = Executors.newSingleThreadExecutor();
        index = TestIndexes.h2();
        Files.writeString(dir.resolve("a-1.txt"), "Known hypertension. Denies chest pain.");
        Files.writeString(dir.resolve("a-2.txt"), "Type 2 diabetes mellitus without complications.");
        Files.writeString(dir.resolve("export.jsonl"), "{\"chartId\":\"j-1\",\"text\":\"Essential hypertension.\"}\n"
                + "not json\n{\"chartId\":\"j-2\",\"text\":\"Chronic kidney disease, stage 3.\"}");
    }

    @AfterEach
    void stop() throws Exception {
        threads.shutdown();
        index.close();
        BenchLocalCommand.deleteRecursively(dir);
    }

    private ChartWorker worker(boolean localFiles) {
        ObjectMapper mapper = new ObjectMapper();
        InMemoryChartStore store = new InMemoryChartStore();
        return new ChartWorker(CodingEngines.createRuleEngine(CodeSet.empty()), store, new ChartSourceReader(null, localFiles),
                new ChunkIndexer(store, index, mapper), mapper, 1 << 16, 1 << 20, threads, new ChartMetrics(new SimpleMeterRegistry()));
    }

    private Map<String, ChartSource> located() throws Exception {
        Map<String, ChartSource> sources = new LinkedHashMap<>();
        new ChartFilesSource(1 << 16, refusal -> { }).streamLocated(dir, (chart, where) -> sources.put(chart.chartId(), where));
        return sources;
    }

    private Map<String, Object> code(ChartWorker worker, Map<String, ChartSource> sources) {
        ChartJob job = ChartJob.inPlace("b1", "c000000", "0".repeat(64), List.copyOf(sources.keySet()),
                List.copyOf(sources.values()));
        ChartRecords.ChunkResult result = worker.codeChunk(job);
        Map<String, Object> outcomes = new LinkedHashMap<>();
        result.results().forEach(r -> outcomes.put(r.chartId(), r.codes().isEmpty() ? "coded" : r.codes().get(0).code()));
        result.errors().forEach(e -> outcomes.put(e.chartId(), e.reason()));
        return outcomes;
    }

    @Test
    void eachChartIsNamedByItsFileRangeAndHashAndCodedFromThere() throws Exception {
        Map<String, ChartSource> sources = located();
        assertEquals(List.of("a-1", "a-2", "j-1", "j-2"), List.copyOf(sources.keySet()));
        ChartSource a1 = sources.get("a-1");
        assertTrue(a1.isLocalFile() && a1.isValid(), a1.toString());
        assertEquals(dir.resolve("a-1.txt").toRealPath().toString(), a1.key());
        assertEquals(ChartDigest.hex(Files.readAllBytes(dir.resolve("a-1.txt"))), a1.eTag());
        ChartSource j2 = sources.get("j-2");
        byte[] export = Files.readAllBytes(dir.resolve("export.jsonl"));
        assertEquals(export.length, j2.end(), "the last line, with no newline, ends the file");
        assertEquals(ChartDigest.hex(java.util.Arrays.copyOfRange(export, (int) j2.start(), (int) j2.end())), j2.eTag());

        Map<String, Object> outcomes = code(worker(true), sources);
        assertEquals("I10", outcomes.get("a-1"));
        assertEquals("I10", outcomes.get("j-1"));
        assertEquals(4, outcomes.values().stream().filter(String.class::isInstance).count(), outcomes.toString());
        List<ChartBundle.Chart> read = new ChartSourceReader(null, true).read(sources.get("j-1"));
        assertEquals("Essential hypertension.", new String(read.get(0).bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void aFileChangedGoneOrReplacedByALinkSinceSubmissionIsRefused() throws Exception {
        Map<String, ChartSource> sources = located();
        Files.writeString(dir.resolve("a-1.txt"), "Known hypertension. Denies chest pain!");
        Files.delete(dir.resolve("a-2.txt"));
        Path outside = Files.createTempFile("outside", ".txt");
        try {
            Files.writeString(outside, "{\"chartId\":\"j-1\",\"text\":\"Essential hypertension.\"}\n");
            Files.move(dir.resolve("export.jsonl"), dir.resolve("moved.jsonl"));
            Files.createSymbolicLink(dir.resolve("export.jsonl"), outside);
            Map<String, Object> outcomes = code(worker(true), sources);
            assertEquals(ErrorReason.HASH_MISMATCH, outcomes.get("a-1"));
            assertEquals(ErrorReason.MISSING_OBJECT, outcomes.get("a-2"));
            assertEquals(ErrorReason.HASH_MISMATCH, outcomes.get("j-1"), "a link is never followed");
            assertEquals(ErrorReason.HASH_MISMATCH, outcomes.get("j-2"));
        } finally {
            Files.delete(outside);
        }
    }

    @Test
    void whereLocalFilesAreNotAllowedAJobNamingThemCodesNothing() throws Exception {
        Map<String, Object> outcomes = code(worker(false), located());
        assertEquals(4, outcomes.size());
        outcomes.forEach((chartId, outcome) -> assertEquals(ErrorReason.MALFORMED_JOB, outcome, chartId));
    }

    @Test
    void onlyAnAbsoluteNormalisedPathWithAHashIsAValidLocalSource() {
        String sha = "0".repeat(64);
        assertTrue(new ChartSource(null, "/data/notes/a-1.txt", sha, 0, 5).isValid());
        List<ChartSource> invalid = new ArrayList<>(List.of(
                new ChartSource(null, "notes/a-1.txt", sha, 0, 5),
                new ChartSource(null, "/data/notes/../../etc/a-1.txt", sha, 0, 5),
                new ChartSource(null, "/data/notes/a-1.pdf", sha, 0, 5),
                new ChartSource(null, "/data/notes/a-1.txt", "\"etag\"", 0, 5),
                new ChartSource(null, "/data/notes/a-1.txt", sha, 6, 5)));
        invalid.forEach(source -> assertFalse(source.isValid(), source.toString()));
    }
}
