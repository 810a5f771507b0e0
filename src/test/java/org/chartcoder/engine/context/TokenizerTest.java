package org.chartcoder.engine.context;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static String norms(String text) {
        return Tokenizer.tokenize(text).stream().map(Token::norm).collect(Collectors.joining(" "));
    }

    @Test
    void abbreviationsNumbersAndContractionsStayWhole() {
        assertEquals("r/o mi , s/p cabg", norms("R/O MI, s/p CABG"));
        assertEquals("tylenol prn pain bid", norms("Tylenol p.r.n. pain b.i.d."));
        assertEquals("temp 38.5 , 2 / 6 murmur", norms("Temp 38.5, 2/6 murmur"));
        assertEquals("patient's pain does not radiate", norms("Patient\u2019s pain doesn't radiate"));
        assertEquals("he can not walk , will not eat", norms("He cannot walk, won't eat"));
        assertEquals("non - tender , pain - free", norms("non-tender, pain-free"));
        assertEquals("healed left 9th and 10th rib , 10 mg", norms("Healed left 9th and 10th rib, 10mg"));
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "No fever.";
        List<Token> tokens = Tokenizer.tokenize(text);
        assertEquals("fever", text.substring(tokens.get(1).begin(), tokens.get(1).end()));
    }

    @Test
    void periodsEndSentencesOnlyBeforeACapitalOrTheEnd() {
        assertEquals(Token.Type.BOUNDARY, type("No fever. Has cough", "."));
        assertEquals(Token.Type.PUNCTUATION, type("Seen by Dr. Smith", "."));
        assertEquals(Token.Type.PUNCTUATION, type("1. Hypertension", "."));
        assertEquals(Token.Type.BOUNDARY, type("Fever - no. Cough - yes", "."));
        assertEquals(Token.Type.BOUNDARY, type("no fever; cough", ";"));
        assertEquals(Token.Type.COLON, type("Lungs: clear", ":"));
    }

    @Test
    void aQuestionMarkApartFromThePreviousWordQueriesWhatFollows() {
        assertEquals(Token.Type.PUNCTUATION, type("Anemia ?GI bleed", "?"));
        assertEquals(Token.Type.PUNCTUATION, type("MGF - ? hemochromatosis", "?"));
        assertEquals(Token.Type.BOUNDARY, type("Is it pneumonia? No.", "?"));
        assertEquals(Token.Type.BOUNDARY, type("Pneumonia ?", "?"));
    }

    private static Token.Type type(String text, String punctuation) {
        return Tokenizer.tokenize(text).stream().filter(t -> t.norm().equals(punctuation)).findFirst().orElseThrow()
                .type();
    }
}
