package org.chartcoder.engine.context;

/**
 * One section of a chart: {@code [begin, end)} in chart offsets, where the heading (if any) takes
 * {@code [begin, bodyBegin)}. Holds no text, so it is safe to log.
 */
public record Section(SectionKind kind, int begin, int bodyBegin, int end) {

    public boolean contains(int offset) {
        return offset >= begin && offset < end;
    }
}
