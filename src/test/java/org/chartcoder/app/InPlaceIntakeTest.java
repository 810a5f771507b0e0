package org.chartcoder.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.chartcoder.cli.BenchLocalCommand;
import org.chartcoder.engine.CodingEngines;
import org.chartcoder.engine.codeset.CodeSet;
import org.chartcoder.local.LocalEmulators;
import org.chartcoder.local.LocalEndpoints;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Charts coded in place from an S3 prefix, against the embedded S3 emulator: intake lists the prefix
 * and reads only the .jsonl objects, cutting chunks of whole objects and line ranges; the worker
 * reads each source once with the ETag seen at submission. A changed object is refused
 * (HASH_MISMATCH), a deleted one is MISSING_OBJECT, an oversized .txt is TOO_LARGE without being
 * read, and bad names and lines are counted, not coded.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InPlaceIntakeTest {

    private static final String INPUT = "hospital-exports";
    private static final int MAX_CHART_BYTES = 2_000;

    private Path dataDir;
    private LocalEmulators emulators;
    private S3Client s3;
    private ExecutorService threads;
    private ChartIndex index;
    private ChartWorker worker;

    @BeforeAll
    void start() throws Exception {
        dataDir = Files.createTempDirectory("in-place-test").resolve("data");
        emulators = LocalEmulators.start(dataDir, "work", "work-dlq", "chart-coder-data", 3, 1);
        LocalEndpoints endpoints = emulators.endpoints();
        s3 = S3Client.builder().endpointOverride(endpoints.s3Endpoint()).region(Region.of(endpoints.region()))
                .forcePathStyle(true).credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(endpoints.accessKeyId(), endpoints.secretAccessKey()))).build();
        threads = Executors.newSingleThreadExecutor();
        index = TestIndexes.h2();
        ObjectMapper mapper = new ObjectMapper();
        InMemoryChartStore store = new InMemoryChartStore();
        worker = new ChartWorker(CodingEngines.createRuleEngine(CodeSet.empty()), store, new ChartSourceReader(s3, false),
                new ChunkIndexer(store, index, mapper), mapper, MAX_CHART_BYTES, 1 << 20, threads,
                new ChartMetrics(new SimpleMeterRegistry()));
        s3.createBucket(b -> b.bucket(INPUT));
        put("notes/2026/a-1.txt", "Known hypertension. Denies chest pain.");
        put("notes/2026/a-2.txt", "Type 2 diabetes mellitus without complications.");
        put("notes/2026/bad name.txt", "never coded: the name is no chart id");
        put("notes/2026/huge-1.txt", "x".repeat(MAX_CHART_BYTES + 1));
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            lines.append("{\"chartId\":\"j-").append(i).append("\",\"text\":\"Chronic kidney disease, stage ").append(i)
                    .append(".\"}\n");
            if (i == 3) {
                lines.append("not json\n\n");
            }
        }
        put("notes/2026/export.jsonl", lines.toString());
        put("elsewhere/z-1.txt", "outside the prefix");
    }

    @AfterAll
    void stop() throws Exception {
        threads.shutdown();
        index.close();
        s3.close();
        emulators.close();
        BenchLocalCommand.deleteRecursively(dataDir.getParent());
    }

    @Test
    void chunksNameObjectsAndLineRangesAndTheWorkerCodesThemInPlace() throws Exception {
        List<ChartSource.Chunk> chunks = new ArrayList<>();
        S3ChartsSource.Skipped skipped = new S3ChartsSource(s3, 3, 1 << 20, chunks::add).stream(INPUT, "notes/");

        assertEquals(new S3ChartsSource.Skipped(1, 1), skipped);
        // key order: a-1, a-2, export.jsonl (j-1..j-5), huge-1; three charts a chunk
        assertEquals(List.of(List.of("a-1", "a-2", "j-1"), List.of("j-2", "j-3", "j-4"), List.of("j-5", "huge-1")),
                chunks.stream().map(ChartSource.Chunk::chartIds).toList());
        ChartSource firstRange = chunks.get(0).sources().get(2);
        ChartSource secondRange = chunks.get(1).sources().get(0);
        assertEquals(0, firstRange.start());
        assertEquals(firstRange.end(), secondRange.start(), "the next chunk's range starts where the last one ended");

        s3.deleteObject(b -> b.bucket(INPUT).key("notes/2026/a-2.txt"));
        Map<String, Object> outcomes = new TreeMap<>();
        for (ChartSource.Chunk chunk : chunks) {
            ChartJob job = ChartJob.inPlace("b1", chunk.chunkId(), "0".repeat(64), chunk.chartIds(), chunk.sources());
            ChartRecords.ChunkResult result = worker.codeChunk(job);
            result.results().forEach(r -> outcomes.put(r.chartId(), r.codes().isEmpty() ? "coded" : r.codes().get(0).code()));
            result.errors().forEach(e -> outcomes.put(e.chartId(), e.reason()));
            if (chunk.chunkId().equals(ChartKeys.chunkId(0))) {
                // the export changes after submission: its later ranges are refused
                put("notes/2026/export.jsonl", "{\"chartId\":\"j-1\",\"text\":\"edited\"}\n");
            }
        }
        assertEquals("I10", outcomes.get("a-1"));
        assertEquals(ErrorReason.MISSING_OBJECT, outcomes.get("a-2"));
        assertTrue(outcomes.get("j-1") instanceof String, "coded from the first range: " + outcomes.get("j-1"));
        for (String changed : List.of("j-2", "j-3", "j-4", "j-5")) {
            assertEquals(ErrorReason.HASH_MISMATCH, outcomes.get(changed), changed);
        }
        assertEquals(ErrorReason.TOO_LARGE, outcomes.get("huge-1"));
        assertEquals(8, outcomes.size(), "nothing outside the prefix, nothing with a bad name");
    }

    @Test
    void aJobWithSourcesIsParsedAndOneWithBadSourcesIsMalformed() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ChartSource source = new ChartSource(INPUT, "notes/2026/a-1.txt", "\"etag\"", 0, 10);
        String json = new ChartJobs(mapper).toJson("b1", "c000000", "0".repeat(64), List.of("a-1"), List.of(source));
        assertTrue(!json.contains("s3Key"), json);
        org.apache.camel.Exchange exchange = new org.apache.camel.support.DefaultExchange(new org.apache.camel.impl.DefaultCamelContext());
        assertEquals(List.of(source), worker.parseJob(json, exchange).sources());
        String badBucket = json.replace(INPUT, "Not_A_Bucket");
        assertEquals(ErrorReason.MALFORMED_JOB, assertInvalid(() -> worker.parseJob(badBucket, exchange)));
        String otherFormat = json.replace("a-1.txt", "a-1.pdf");
        assertEquals(ErrorReason.MALFORMED_JOB, assertInvalid(() -> worker.parseJob(otherFormat, exchange)));
    }

    private static ErrorReason assertInvalid(Runnable call) {
        try {
            call.run();
        } catch (InvalidChartException e) {
            return e.reason();
        }
        throw new AssertionError("accepted");
    }

    private void put(String key, String text) {
        s3.putObject(b -> b.bucket(INPUT).key(key), RequestBody.fromString(text, StandardCharsets.UTF_8));
    }
}
