package org.chartcoder.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

import org.chartcoder.cli.BenchLocalCommand;
import org.chartcoder.lifecycle.MotoServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.SSEType;

/**
 * One contract, both index stores: H2 (embedded, encrypted file) and DynamoDB (on moto, SSE-KMS).
 * Counters stay exact under redelivery, lookups find the latest batch, every list pages with a
 * cursor, and codes match without case or dots.
 */
class ChartIndexContractTest {

    abstract static class Contract {

        ChartIndex index;

        abstract ChartIndex open();

        @BeforeEach
        void openIndex() {
            index = open();
        }

        @AfterEach
        void closeIndex() {
            index.close();
        }

        @Test
        void anIdempotencyKeyStaysBoundToItsFirstBatchUntilAndAfterItIsStored() {
            ChartIndex.IntakeClaim first = index.claimIntake("key-1", "b-first", "sha-a");
            assertEquals(new ChartIndex.IntakeClaim("key-1", "b-first", "sha-a", false), first);
            assertEquals(first, index.claimIntake("key-1", "b-second", "sha-b"), "the earlier binding holds");
            index.intakeStored("key-1");
            assertEquals(new ChartIndex.IntakeClaim("key-1", "b-first", "sha-a", true), index.claimIntake("key-1", "b-third", "sha-a"));
            assertEquals("b-other", index.claimIntake("key-2", "b-other", "sha-a").batchId(), "keys are independent");
        }

        @Test
        void countersStayExactWhateverIsRedelivered() {
            index.submitted("b1", "c000000", List.of("a", "b", "c"));
            index.submitted("b1", "c000000", List.of("a", "b", "c"));
            index.submitted("b1", "c000001", List.of("d"));
            assertEquals(new ChartRecords.BatchStatus("b1", 4, 4, 0, 0, 0), index.batch("b1").orElseThrow());
            assertFalse(index.isFinished("b1", "c000000"));

            List<ChartIndex.Outcome> outcomes = List.of(coded("a", "I10"), coded("b", "I10", "E119"),
                    new ChartIndex.Outcome("c", ChartIndex.FAILED, "EMPTY_TEXT", List.of()));
            index.finished("b1", "c000000", outcomes);
            index.finished("b1", "c000000", outcomes);
            index.finished("b1", "c000001", List.of(new ChartIndex.Outcome("d", ChartIndex.DEAD_LETTERED, "MAX_RECEIVES_EXCEEDED", List.of())));
            index.finished("b1", "c000001", List.of(coded("d", "I10")));

            assertEquals(new ChartRecords.BatchStatus("b1", 4, 0, 2, 1, 1), index.batch("b1").orElseThrow());
            assertTrue(index.isFinished("b1", "c000000"));
            assertEquals(new ChartIndex.ChartEntry("c", "b1", "c000000", ChartIndex.FAILED, "EMPTY_TEXT"), index.chart("c").orElseThrow());
            assertEquals(ChartIndex.DEAD_LETTERED, index.chart("d").orElseThrow().status(), "the first outcome stays");
            assertEquals(List.of("a", "b"), ids(index.chartsWithCode("I10", 10, null)));
            assertEquals(Optional.empty(), index.batch("nope"));
            assertEquals(Optional.empty(), index.chart("nope"));
        }

        @Test
        void aChunkNeverSubmittedCountsFromItsOutcome() {
            index.finished("stray", "c000000", List.of(new ChartIndex.Outcome("gone", ChartIndex.FAILED, "MISSING_OBJECT", List.of())));
            assertEquals(new ChartRecords.BatchStatus("stray", 1, 0, 0, 1, 0), index.batch("stray").orElseThrow());
            assertEquals("MISSING_OBJECT", index.chart("gone").orElseThrow().reason());
        }

        @Test
        void aChartAnswersForTheBatchThatSubmittedItLast() throws Exception {
            index.submitted("b-old", "c000000", List.of("x"));
            index.finished("b-old", "c000000", List.of(coded("x", "I10")));
            Thread.sleep(5);
            index.submitted("a-new", "c000000", List.of("x"));
            assertEquals(new ChartIndex.ChartEntry("x", "a-new", "c000000", ChartIndex.QUEUED, null), index.chart("x").orElseThrow());
        }

        @Test
        void everyListPagesWithACursorAndMissesNothing() {
            for (int chunk = 0; chunk < 5; chunk++) {
                int c = chunk;
                List<String> ids = IntStream.range(0, 7).mapToObj(i -> String.format("k%02d-%d", c, i)).toList();
                index.submitted("b1", ChartKeys.chunkId(chunk), ids);
                if (chunk < 4) {
                    index.finished("b1", ChartKeys.chunkId(chunk), ids.stream().map(id -> coded(id, "K269")).toList());
                }
            }
            index.submitted("b2", "c000000", List.of("z1"));
            index.finished("b2", "c000000", List.of(coded("z1", "K269")));

            List<String> all = drain((limit, token) -> index.chartsWithCode("K269", limit, token), 6);
            assertEquals(29, all.size());
            assertEquals(all.stream().distinct().count(), all.size(), "no chart twice");
            assertEquals("z1", all.get(all.size() - 1), "batch by batch");
            assertEquals(35, drain((limit, token) -> index.batchCharts("b1", null, limit, token), 4).size());
            assertEquals(7, drain((limit, token) -> index.batchCharts("b1", ChartIndex.QUEUED, limit, token), 3).size());
            assertEquals(List.of("b1", "b2"), drainBatches());
            assertNull(index.chartsWithCode("K269", 100, null).nextToken(), "one page holds everything");
            assertThrows(IllegalArgumentException.class, () -> index.chartsWithCode("K269", 5, "not a token"));
        }

        private List<String> drain(BiFunction<Integer, String, ChartIndex.Page<ChartIndex.ChartEntry>> list, int limit) {
            List<String> all = new ArrayList<>();
            String token = null;
            do {
                ChartIndex.Page<ChartIndex.ChartEntry> page = list.apply(limit, token);
                assertTrue(page.items().size() <= limit);
                all.addAll(ids(page));
                token = page.nextToken();
            } while (token != null);
            return all;
        }

        private List<String> drainBatches() {
            List<String> all = new ArrayList<>();
            String token = null;
            do {
                ChartIndex.Page<String> page = index.batches(1, token);
                all.addAll(page.items());
                token = page.nextToken();
            } while (token != null);
            return all;
        }

        static ChartIndex.Outcome coded(String chartId, String... codes) {
            return new ChartIndex.Outcome(chartId, ChartIndex.CODED, null, List.of(codes));
        }

        static List<String> ids(ChartIndex.Page<ChartIndex.ChartEntry> page) {
            return page.items().stream().map(ChartIndex.ChartEntry::chartId).toList();
        }
    }

    @Nested
    class H2 extends Contract {

        private Path dir;

        @Override
        ChartIndex open() {
            try {
                dir = Files.createTempDirectory("h2-index");
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            return H2ChartIndex.open(dir.resolve("charts"), "file-key-1");
        }

        @AfterEach
        void deleteFiles() throws Exception {
            BenchLocalCommand.deleteRecursively(dir);
        }

        @Test
        void theFileIsEncryptedAndUnreadableWithAnotherKey() throws Exception {
            index.submitted("batch-in-clear", "c000000", List.of("chart-id-in-clear"));
            index.close();
            byte[] file = Files.readAllBytes(dir.resolve("charts.mv.db"));
            assertFalse(new String(file, StandardCharsets.ISO_8859_1).contains("chart-id-in-clear"), "ids are not stored in clear");
            assertThrows(RuntimeException.class, () -> H2ChartIndex.open(dir.resolve("charts"), "another-key").close());
            index = H2ChartIndex.open(dir.resolve("charts"), "file-key-1");
            assertEquals(1, index.batch("batch-in-clear").orElseThrow().total(), "durable across a reopen");
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class DynamoDb extends Contract {

        private MotoServer moto;
        private DynamoDbClient client;
        private int tables;

        @BeforeAll
        void startMoto() throws Exception {
            Optional<MotoServer> started = MotoServer.start(Path.of("target", "moto-index.log"));
            assumeTrue(started.isPresent(), "skipped: moto_server is not on the PATH (DynamoDB index test)");
            moto = started.get();
        }

        @AfterAll
        void stopMoto() throws Exception {
            if (moto != null) {
                moto.close();
            }
        }

        @Override
        ChartIndex open() {
            client = DynamoDbClient.builder().endpointOverride(URI.create(moto.endpoint)).region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"))).build();
            return DynamoChartIndex.open(client, "chart-index-" + tables++, "alias/chart-coder");
        }

        @Test
        void theTableIsEncryptedWithKmsAndBilledPerRequest() {
            var table = client.describeTable(b -> b.tableName("chart-index-" + (tables - 1))).table();
            assertEquals(SSEType.KMS, table.sseDescription().sseType());
            assertEquals("PAY_PER_REQUEST", table.billingModeSummary().billingModeAsString());
        }
    }
}
