package org.chartcoder.app;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The query API's lists, one page at a time. A page ends with a cursor: an opaque string that the
 * implementation hands out and gets back unchanged to continue after the page's last item; the
 * query core only wraps it into the {@code nextToken} users see. {@link ScannedChartLists} pages
 * lists read whole from the bucket; an index store (issue 10) implements the same methods with its
 * own cursors (e.g. a DynamoDB LastEvaluatedKey) and reads one page per request.
 */
public interface ChartLists {

    /** At most {@code limit} items, after the item the cursor names (from the start without one). */
    record PageRequest(int limit, Optional<String> cursor) {
    }

    /** The items of one page, in list order; {@code cursor} is present while more items follow. */
    record Page<T>(List<T> items, Optional<String> cursor) {
    }

    record ChartRef(String chartId, String batchId) {
    }

    /** {@code status}: queued, coded, failed or dead-lettered. */
    record ChartState(String chartId, String status) {
    }

    /** A batch's counts and one page of its charts, by chart id. */
    record BatchPage(String batchId, int total, int queued, int coded, int failed, int deadLettered,
                     Page<ChartState> charts) {
    }

    /** Batches that have charts, by batch id. */
    Page<String> batchIds(PageRequest page);

    Optional<BatchPage> batch(String batchId, PageRequest page);

    /** Charts whose chart-level code list holds the code, by batch id then chart id. */
    Page<ChartRef> chartsWithCode(String code, PageRequest page);

    /**
     * One page of a list held whole in memory, with each item's cursor given by {@code cursorOf}.
     * A cursor that names no item of the list is refused rather than silently restarting.
     */
    static <T> Page<T> slice(List<T> ordered, Function<T, String> cursorOf, PageRequest page) {
        int start = 0;
        if (page.cursor().isPresent()) {
            String after = page.cursor().get();
            int at = 0;
            while (at < ordered.size() && !cursorOf.apply(ordered.get(at)).equals(after)) {
                at++;
            }
            if (at == ordered.size()) {
                throw new IllegalArgumentException("nextToken does not belong to this list");
            }
            start = at + 1;
        }
        int end = Math.min(ordered.size(), start + page.limit());
        List<T> items = List.copyOf(ordered.subList(start, end));
        Optional<String> next = end < ordered.size() ? Optional.of(cursorOf.apply(ordered.get(end - 1))) : Optional.empty();
        return new Page<>(items, next);
    }
}
