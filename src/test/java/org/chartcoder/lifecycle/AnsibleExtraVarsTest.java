package org.chartcoder.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chartcoder.app.ChartIds;
import org.junit.jupiter.api.Test;

/** Every value the master hands to a playbook with -e is valid JSON of the intended type (the rehearsal found a regex that was not). */
class AnsibleExtraVarsTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void stringsThatLookLikeArraysOrHoldQuotesAndBackslashesStayStrings() throws Exception {
        for (String text : new String[] {ChartIds.RUN_ID_PATTERN, "say \"hi\"", "C:\\path", "run-1"}) {
            JsonNode parsed = json.readTree(AnsibleFleet.jsonValue(text));
            assertEquals(text, parsed.asText(), text);
            assertEquals(true, parsed.isTextual(), text);
        }
    }

    @Test
    void numbersBooleansAndArraysKeepTheirType() throws Exception {
        assertEquals(true, json.readTree(AnsibleFleet.jsonValue("42")).isInt());
        assertEquals(true, json.readTree(AnsibleFleet.jsonValue("true")).isBoolean());
        assertEquals(2, json.readTree(AnsibleFleet.jsonValue("[\"sg-1\",\"sg-2\"]")).size());
    }
}
