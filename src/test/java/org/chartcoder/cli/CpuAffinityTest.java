package org.chartcoder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class CpuAffinityTest {

    @Test
    void readsLinuxCpuLists() {
        assertEquals(List.of(0, 1, 2, 5), CpuAffinity.parse("0-2,5\n"));
        assertEquals(List.of(3), CpuAffinity.parse(" 3"));
        assertEquals(List.of(0, 1, 8, 9, 10), CpuAffinity.parse("0-1,8-10"));
    }

    @Test
    void writesTheListTasksetTakes() {
        assertEquals("0,1,5", CpuAffinity.format(List.of(0, 1, 5)));
    }
}
