package org.chartcoder.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.chartcoder.runtime.Settings;
import org.junit.jupiter.api.Test;

/** master.yml run by hand sizes and stops a run as the Java master would: its defaults are the aws profile's. */
class AnsibleDefaultsTest {

    @Test
    void fleetDefaultsEqualTheLifecycleSettingsOfTheAwsProfile() throws IOException {
        Map<String, String> ansible = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("ansible/roles/fleet/defaults/main.yml"))) {
            int colon = line.indexOf(':');
            if (!line.startsWith(" ") && !line.startsWith("#") && colon > 0) {
                ansible.put(line.substring(0, colon), line.substring(colon + 1).trim());
            }
        }
        LifecycleSettings java = new LifecycleSettings(Settings.load("aws", Map.of(), Map.of(), new Properties()).lookup());
        assertEquals(Integer.toString(java.chartsPerWorker()), ansible.get("charts_per_worker"));
        assertEquals(Integer.toString(java.chartsPerJob()), ansible.get("charts_per_job"));
        assertEquals(Integer.toString(java.maxWorkers()), ansible.get("max_workers"));
        assertEquals(Long.toString(java.pollInterval().toSeconds()), ansible.get("poll_interval_seconds"));
        assertEquals(Long.toString(java.quietPeriod().toSeconds()), ansible.get("quiet_period_seconds"));
        assertEquals(Long.toString(java.maxRun().toMinutes()), ansible.get("max_run_minutes"));
        assertEquals("\"" + org.chartcoder.app.ChartIds.RUN_ID_PATTERN + "\"", ansible.get("run_id_pattern"));
    }
}
