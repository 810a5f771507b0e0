package org.chartcoder.engine.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChartTextTest {

    private static final String CHART = "A 54-year-old man with a right flank mass. CT was consistent with renal cell carcinoma.\n"
            + "He had a left knee effusion. Brighter lights hurt; the rightmost lesion was biopsied.";

    @Test
    void sentencesEndAtAFullStopAndASpaceOrAtALine() {
        ChartText text = new ChartText(CHART);
        assertTrue(text.inFirstSentence(CHART.indexOf("flank")));
        assertFalse(text.inFirstSentence(CHART.indexOf("CT was")));
    }

    @Test
    void aSentenceStatesADiagnosisByItsCueWords() {
        ChartText text = new ChartText(CHART);
        assertTrue(text.inDiagnosisSentence(CHART.indexOf("renal cell")));
        assertTrue(text.inDiagnosisSentence(CHART.indexOf("CT was")));
        assertFalse(text.inDiagnosisSentence(CHART.indexOf("flank")));
        assertFalse(text.inDiagnosisSentence(CHART.indexOf("knee")));
        assertTrue(new ChartText("Diagnosed with gout").inDiagnosisSentence(15));
        assertFalse(new ChartText("Undiagnosed pain").inDiagnosisSentence(12));
    }

    @Test
    void occurrencesCountWholeWordsOnly() {
        ChartText text = new ChartText(CHART);
        assertEquals(1, text.occurrences("right"));
        assertEquals(1, text.occurrences("left"));
        assertEquals(0, new ChartText("bright, rightward, leftover").occurrences("right"));
        assertEquals(2, new ChartText("Right and RIGHT").occurrences("right"));
    }
}
