package org.chartcoder.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Turns a stored chunk record (result or dead letter) into the index's per-chart outcomes. */
public final class ChunkIndexer {

    private final ChartStore store;
    private final ChartIndex index;
    private final ObjectMapper mapper;

    public ChunkIndexer(ChartStore store, ChartIndex index, ObjectMapper mapper) {
        this.store = store;
        this.index = index;
        this.mapper = mapper;
    }

    public void index(ChartRecords.ChunkResult stored) {
        List<ChartIndex.Outcome> outcomes = new ArrayList<>();
        for (ChartRecords.Result result : stored.results()) {
            outcomes.add(new ChartIndex.Outcome(result.chartId(), ChartIndex.CODED, null,
                    result.codes().stream().map(code -> ChartCodes.normalise(code.code())).distinct().toList()));
        }
        for (ChartRecords.Error error : stored.errors()) {
            outcomes.add(new ChartIndex.Outcome(error.chartId(), ChartIndex.FAILED, error.reason().name(), List.of()));
        }
        index.finished(stored.batchId(), stored.chunkId(), outcomes);
    }

    public void index(ChartRecords.DeadLetterChunk dead) {
        index.finished(dead.batchId(), dead.chunkId(), dead.chartIds().stream()
                .map(chartId -> new ChartIndex.Outcome(chartId, ChartIndex.DEAD_LETTERED, dead.reason(), List.of())).toList());
    }

    /** True when the index shows the chunk recorded (no longer queued). */
    public boolean isFinished(String batchId, String chunkId) {
        return index.isFinished(batchId, chunkId);
    }

    /** Indexes the chunk record stored under {@code key} (a results/ or deadletters/ chunk key). */
    public void reindex(String key) throws IOException {
        byte[] json = store.read(key).orElseThrow(() -> new IllegalStateException("listed chunk record is missing"));
        if (key.startsWith(ChartKeys.DEAD_LETTERS)) {
            index(mapper.readValue(json, ChartRecords.DeadLetterChunk.class));
        } else {
            index(mapper.readValue(json, ChartRecords.ChunkResult.class));
        }
    }
}
