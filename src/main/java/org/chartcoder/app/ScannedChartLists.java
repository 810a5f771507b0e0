package org.chartcoder.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@link ChartLists} over {@link ChartQueries}: each request lists the bucket as today and returns
 * one page of the result. Correct at any size, fast only at small ones; the index (issue 10)
 * replaces it where lists grow.
 */
public class ScannedChartLists implements ChartLists {

    private final ChartQueries queries;

    public ScannedChartLists(ChartQueries queries) {
        this.queries = queries;
    }

    @Override
    public Page<String> batchIds(PageRequest page) {
        return ChartLists.slice(queries.batchIds(), id -> id, page);
    }

    @Override
    public Optional<BatchPage> batch(String batchId, PageRequest page) {
        return queries.batch(batchId).map(status -> {
            List<ChartState> charts = new ArrayList<>();
            status.charts().queued().forEach(id -> charts.add(new ChartState(id, "queued")));
            status.charts().coded().forEach(id -> charts.add(new ChartState(id, "coded")));
            status.charts().failed().forEach(id -> charts.add(new ChartState(id, "failed")));
            status.charts().deadLettered().forEach(id -> charts.add(new ChartState(id, "dead-lettered")));
            charts.sort(Comparator.comparing(ChartState::chartId));
            return new BatchPage(batchId, status.total(), status.queued(), status.coded(), status.failed(),
                    status.deadLettered(), ChartLists.slice(charts, ChartState::chartId, page));
        });
    }

    @Override
    public Page<ChartRef> chartsWithCode(String code, PageRequest page) {
        List<ChartRef> charts = queries.chartsWithCode(code).stream()
                .map(chart -> new ChartRef(chart.get("chartId"), chart.get("batchId")))
                .sorted(Comparator.comparing(ChartRef::batchId).thenComparing(ChartRef::chartId))
                .toList();
        return ChartLists.slice(charts, chart -> chart.batchId() + "/" + chart.chartId(), page);
    }
}
