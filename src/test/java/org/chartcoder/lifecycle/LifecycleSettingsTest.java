package org.chartcoder.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class LifecycleSettingsTest {

    @Test
    void workerJvmOptionsAreSplitOnWhiteSpaceOnlySoThatAnOptionKeepsItsCommas() {
        Properties properties = new Properties();
        properties.setProperty("chartcoder.lifecycle.local.worker-jvm-options",
                " -Xmx1g  -XX:StartFlightRecording=filename=worker.jfr,settings=profile\t-Xlog:gc*,safepoint ");
        assertEquals(List.of("-Xmx1g", "-XX:StartFlightRecording=filename=worker.jfr,settings=profile", "-Xlog:gc*,safepoint"),
                LifecycleSettings.of(properties).words("local.worker-jvm-options"));
    }

    @Test
    void anEmptySettingHasNoWords() {
        Properties properties = new Properties();
        properties.setProperty("chartcoder.lifecycle.local.worker-jvm-options", "  ");
        assertEquals(List.of(), LifecycleSettings.of(properties).words("local.worker-jvm-options"));
    }
}
