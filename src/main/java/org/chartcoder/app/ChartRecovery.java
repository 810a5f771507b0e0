package org.chartcoder.app;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.ProducerTemplate;

/**
 * S3 is the durable state of local mode; the embedded queue is not. On start, every stored chunk
 * bundle is checked: a chunk with a result or dead-letter object that the index still counts as
 * queued (the process stopped between the put and the index write) is indexed from that object;
 * every other chunk gets its job queued again (and is indexed as submitted, in case intake stopped
 * between the bundle put and the index write). With the worker's (chunk, sha256) check this finishes
 * a batch interrupted by a stop or a kill -9 with every chart coded exactly once. Only exact chunk
 * keys count ({@link ChartKeys#chunkOf}), never an emulator's leftover temporary files.
 */
public final class ChartRecovery {

    public record Recovered(List<String> batchIds, int jobs, int charts) {
    }

    private ChartRecovery() {
    }

    public static Recovered requeueUnfinished(ChartStore store, ChartIndex index, ChunkIndexer indexer,
                                              ProducerTemplate producer, String jobSink) throws Exception {
        ObjectMapper mapper = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        Set<String> finished = new HashSet<>();
        for (String prefix : List.of(ChartKeys.RESULTS, ChartKeys.DEAD_LETTERS)) {
            for (String key : store.listKeys(prefix)) {
                Optional<String[]> chunk = ChartKeys.chunkOf(key);
                if (chunk.isPresent() && finished.add(chunk.get()[0] + "/" + chunk.get()[1])
                        && !index.isFinished(chunk.get()[0], chunk.get()[1])) {
                    indexer.reindex(key);
                }
            }
        }
        Set<String> batches = new LinkedHashSet<>();
        int jobs = 0;
        int charts = 0;
        for (String key : store.listKeys(ChartKeys.CHARTS)) {
            Optional<String[]> chunk = ChartKeys.chunkOf(key);
            if (chunk.isEmpty() || finished.contains(chunk.get()[0] + "/" + chunk.get()[1])) {
                continue;
            }
            String batchId = chunk.get()[0];
            String chunkId = chunk.get()[1];
            Optional<byte[]> bundle = store.read(key);
            if (bundle.isEmpty()) {
                continue;
            }
            List<String> chartIds = new ArrayList<>();
            ChartBundle.read(bundle.get()).forEach(chart -> chartIds.add(chart.chartId()));
            index.submitted(batchId, chunkId, chartIds);
            producer.sendBody(jobSink, mapper.writeValueAsString(ChartJob.of(batchId, chunkId, ChartDigest.hex(bundle.get()), chartIds)));
            batches.add(batchId);
            jobs++;
            charts += chartIds.size();
        }
        return new Recovered(List.copyOf(batches), jobs, charts);
    }
}
