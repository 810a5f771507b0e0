package org.chartcoder.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.ProducerTemplate;

/**
 * S3 is the durable state of local mode; the embedded queue is not. On start, every chart that has
 * neither a result, an error record nor a dead-letter record gets its job queued again. Together with
 * the worker's (chartId, sha256) check this finishes a batch interrupted by a stop or a kill -9 with
 * every chart coded exactly once.
 */
public final class ChartRecovery {

    public record Recovered(List<String> batchIds, int jobs) {
    }

    private ChartRecovery() {
    }

    public static Recovered requeueUnfinished(ChartQueries queries, ChartStore store, ProducerTemplate producer,
                                              String jobSink) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        List<String> batches = new ArrayList<>();
        int jobs = 0;
        for (String batchId : queries.batchIds()) {
            Optional<ChartRecords.BatchStatus> status = queries.batch(batchId);
            if (status.isEmpty() || status.get().done()) {
                continue;
            }
            batches.add(batchId);
            for (String chartId : status.get().charts().queued()) {
                Optional<byte[]> chart = store.read(ChartKeys.chart(batchId, chartId));
                if (chart.isPresent()) {
                    ChartJob job = ChartJob.of(batchId, chartId, ChartDigest.hex(chart.get()));
                    producer.sendBody(jobSink, mapper.writeValueAsString(job));
                    jobs++;
                }
            }
        }
        return new Recovered(batches, jobs);
    }
}
