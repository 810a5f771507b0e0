package org.chartcoder.engine.context;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /** A period ends a sentence only before a capital or the end, and after a number only inside a clause; a question mark apart from the word before it queries what follows. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            No fever. Has cough         | .  | BOUNDARY
            Seen by Dr. Smith           | .  | PUNCTUATION
            1. Hypertension             | .  | PUNCTUATION
            Problems: 1. Chest pain     | .  | PUNCTUATION
            Chest pain, r/o PE 2. Syncope | .  | BOUNDARY
            Fever - no. Cough - yes     | .  | BOUNDARY
            no fever; cough             | ;  | BOUNDARY
            Lungs: clear                | :  | COLON
            Anemia ?GI bleed            | ?  | PUNCTUATION
            MGF - ? hemochromatosis     | ?  | PUNCTUATION
            Is it pneumonia? No.        | ?  | BOUNDARY
            Pneumonia ?                 | ?  | BOUNDARY
            """)
    void punctuationEndsSentencesOnlyWhereItShould(String text, String punctuation, Token.Type expected) {
        assertEquals(expected, type(text, punctuation));
    }

    private static Token.Type type(String text, String punctuation) {
        return Tokenizer.tokenize(text).stream().filter(t -> t.norm().equals(punctuation)).findFirst().orElseThrow()
                .type();
    }
}
