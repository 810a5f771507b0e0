package org.chartcoder.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.component.aws2.s3.AWS2S3Constants;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Files refused by directory intake become failed charts of their batch, stored and indexed like the
 * workers' error records: counted in the batch, listed with it, answered by the chart query with
 * their reason and file; recording them again (a resumed intake) counts nothing twice.
 */
class IntakeRefusalsTest extends CamelTestSupport {

    private final ObjectMapper mapper = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final InMemoryChartStore store = new InMemoryChartStore();
    private final ChartIndex index = TestIndexes.h2();
    private MeterRegistry meters;
    /** chartcoder.chunk.maxCharts here, smaller than the default: the refusals fill two chunks. */
    private static final int PER_CHUNK = 40;

    private IntakeRefusals refusals;

    @Override
    protected void bindToRegistry(Registry registry) {
        meters = RouteBeans.bind(registry);
        refusals = new IntakeRefusals(mapper, new ChunkIndexer(store, index, mapper),
                registry.lookupByNameAndType("chartMetrics", ChartMetrics.class), "direct:store", 1024, PER_CHUNK);
    }

    @Override
    protected org.apache.camel.RoutesBuilder createRouteBuilder() {
        return new org.apache.camel.builder.RouteBuilder() {
            @Override
            public void configure() {
                // stands in for the encrypted-s3-sink: the object lands in the bucket under its key
                from("direct:store").process(e -> store.put(e.getMessage().getHeader(AWS2S3Constants.KEY, String.class),
                        e.getMessage().getBody(byte[].class)));
            }
        };
    }

    @AfterEach
    void closeIndex() {
        index.close();
    }

    @Test
    void refusedFilesAreFailedChartsOfTheBatchWithTheirReason() throws Exception {
        List<ChartFilesSource.Refusal> refused = IntStream.range(0, PER_CHUNK + 1)
                .mapToObj(i -> new ChartFilesSource.Refusal("big-" + i, ErrorReason.TOO_LARGE, "dir/big-" + i + ".txt")).toList();
        for (int attempt = 0; attempt < 2; attempt++) {
            IntakeRefusals.Batch batch = refusals.forBatch(template, "b-dir");
            refused.forEach(batch);
            batch.accept(new ChartFilesSource.Refusal(ChartFilesSource.fileId("leak"), ErrorReason.LINK_OUTSIDE, "leak"));
            batch.flush();
        }

        assertEquals(new ChartRecords.BatchStatus("b-dir", PER_CHUNK + 2, 0, 0, PER_CHUNK + 2, 0), index.batch("b-dir").orElseThrow(),
                "every refusal counted once, though recorded twice");
        assertEquals(List.of(ChartKeys.result("b-dir", "c900000000"), ChartKeys.result("b-dir", "c900000001")),
                store.listKeys(ChartKeys.RESULTS), "two refusal chunks, numbered apart from the batch's chunks of charts");
        ChartQueries queries = new ChartQueries(store, null, index, mapper);
        ChartQueries.Answer big = queries.chart("big-" + PER_CHUNK);
        assertEquals(200, big.status());
        JsonNode record = (JsonNode) big.body();
        assertEquals("TOO_LARGE", record.path("reason").asText());
        assertEquals("failed", record.path("status").asText());
        assertTrue(record.path("detail").asText().startsWith("file dir/big-" + PER_CHUNK + ".txt: "), record.toString());
        assertEquals("LINK_OUTSIDE", ((JsonNode) queries.chart(ChartFilesSource.fileId("leak")).body()).path("reason").asText());
        assertEquals(ChartIndex.FAILED, index.batchCharts("b-dir", null, 1, null).items().get(0).status());
        assertEquals(PER_CHUNK + 2.0, meters.get("chartcoder.charts.failed").tag("reason", "TOO_LARGE").counter().count()
                + meters.get("chartcoder.charts.failed").tag("reason", "LINK_OUTSIDE").counter().count(), "counted once, when first recorded");
    }
}
