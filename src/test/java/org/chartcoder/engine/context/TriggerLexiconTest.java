package org.chartcoder.engine.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TriggerLexiconTest {

    private static ContextClassifier classifier(String tsv) {
        return ContextClassifier.fromStream(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "test");
    }

    @Test
    void groupsExpandWithOptionalAlternatives() {
        assertEquals(List.of("no sign of", "no signs of", "no of"), TriggerLexicon.expandGroups("no (sign|signs|) of"));
    }

    @Test
    void groupsNestAndMustBalance() {
        assertEquals(List.of("in his mother", "in her mother", "in mother"),
                TriggerLexicon.expandGroups("in ((his|her)|) mother"));
        assertThrows(IllegalArgumentException.class, () -> TriggerLexicon.expandGroups("no (sign|signs of"));
        assertThrows(IllegalArgumentException.class, () -> TriggerLexicon.expandGroups("no sign) of"));
        assertEquals(List.of("(-)", "-"), TriggerLexicon.expandGroups("(\\(-\\)|-)"));
    }

    @Test
    void macrosAndGroupsBuildEveryVariant() {
        ContextClassifier c = classifier("@REL\tmother|father\n(his|her|) @REL\tTRIGGER\tFAMILY\tforward\n");
        assertEquals(6, c.lexiconSize());
    }

    @Test
    void aPhraseWithTwoMeaningsIsRejectedWithItsLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> classifier("no\tTRIGGER\tNEGATION\tforward\n\nno\tPSEUDO\n"));
        assertTrue(e.getMessage().startsWith("test:3:"), e.getMessage());
    }

    @Test
    void unknownKindsAndMacrosAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> classifier("no\tTRIGGERS\tNEGATION\tforward\n"));
        assertThrows(IllegalArgumentException.class, () -> classifier("@NOPE x\tTRIGGER\tNEGATION\tforward\n"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> classifier("# comment\nno\tTRIGGER\tNEGATED\tforward\n"));
        assertTrue(e.getMessage().startsWith("test:2:"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> classifier("no\tTRIGGER\tNEGATION\tforward\tfar\n"));
    }

    @Test
    void windowsCountWordsBetweenTriggerAndMention() {
        ContextClassifier c = classifier("no\tTRIGGER\tNEGATION\tforward\t2\n");
        assertEquals(Set.of(Assertion.NEGATION), c.classify("no big red dog", 11, 14));
        assertEquals(Set.of(), c.classify("no very big red dog", 16, 19));
    }

    @Test
    void forwardAndBackwardWindowsCanDiffer() {
        ContextClassifier c = classifier("negative\tTRIGGER\tNEGATION\tboth\t0/3\n");
        assertEquals(Set.of(Assertion.NEGATION), c.classify("HIV test was negative", 0, 3));
        assertEquals(Set.of(), c.classify("negative for HIV", 13, 16));
        assertEquals(Set.of(Assertion.NEGATION), c.classify("negative HIV", 9, 12));
    }

    @Test
    void longestMatchLetsPseudoTriggersHideTriggers() {
        ContextClassifier c = classifier("no\tTRIGGER\tNEGATION\tforward\nno change\tPSEUDO\n");
        assertEquals(Set.of(), c.classify("no change in pain", 13, 17));
        assertEquals(Set.of(Assertion.NEGATION), c.classify("no pain", 3, 7));
    }

    @Test
    void aLoneHashMatchesAnyNumber() {
        ContextClassifier c = classifier("previously\tTRIGGER\tHISTORICAL\tboth\npreviously # mm\tPSEUDO\n");
        assertEquals(Set.of(), c.classify("nodule 6 mm, previously 4 mm", 0, 6));
        assertEquals(Set.of(), c.classify("nodule 6 mm, previously 4.5 mm", 0, 6));
        assertEquals(Set.of(Assertion.HISTORICAL), c.classify("nodule, previously seen", 0, 6));
        assertEquals(Set.of(Assertion.HISTORICAL), c.classify("nodule, previously 7th mm", 0, 6));
    }

    @Test
    void aLoneStarMatchesAnyWordButAFunctionWord() {
        ContextClassifier c = classifier("@FUNCTION_WORDS\tto|and\ncall (*|) (*|) for\tTRIGGER\tHYPOTHETICAL\tforward\n");
        assertEquals(Set.of(Assertion.HYPOTHETICAL), c.classify("call for fever", 9, 14));
        assertEquals(Set.of(Assertion.HYPOTHETICAL), c.classify("call the clinic for fever", 20, 25));
        assertEquals(Set.of(), c.classify("call the sleep clinic for fever", 26, 31));
        assertEquals(Set.of(), c.classify("call to book for fever", 17, 22));
        assertEquals(Set.of(), c.classify("call, then for fever", 15, 20));
        ContextClassifier withoutFunctionWords = classifier("call (*|) (*|) for\tTRIGGER\tHYPOTHETICAL\tforward\n");
        assertEquals(Set.of(Assertion.HYPOTHETICAL), withoutFunctionWords.classify("call to book for fever", 17, 22));
    }

    @Test
    void macrosMayUseEarlierMacrosAndNameTheKinAPronounFollows() {
        String lexicon = """
                @FEMALE_KIN\tmother|sister
                @MALE_KIN\tfather
                @REL\t@FEMALE_KIN|@MALE_KIN|cousin
                @REL\tTRIGGER\tFAMILY\tforward
                (she|he)\tTERMINATE\tFAMILY\tforward
                """;
        ContextClassifier c = classifier(lexicon);
        assertEquals(Set.of(Assertion.FAMILY), c.classify("Cousin has asthma", 11, 17));
        String sentence = "Mother had a stroke and she has gout";
        assertEquals(Set.of(Assertion.FAMILY), c.classify(sentence, 32, 36));
        assertEquals(Set.of(), c.classify("Father had a stroke and she has gout", 32, 36));
        ContextClassifier withoutGender = classifier(lexicon.replace("@FEMALE_KIN\tmother|sister\n", "@FEMALE_KIN\tsister\n")
                .replace("@FEMALE_KIN|", "@FEMALE_KIN|mother|"));
        assertEquals(Set.of(), withoutGender.classify(sentence, 32, 36));
    }

    @Test
    void aCaretMatchesOnlyWhereASentenceStarts() {
        ContextClassifier c = classifier("^ report\tTRIGGER\tHYPOTHETICAL\tforward\n");
        assertEquals(Set.of(Assertion.HYPOTHETICAL), c.classify("Report any fever", 11, 16));
        assertEquals(Set.of(Assertion.HYPOTHETICAL), c.classify("Rest. Report fever", 13, 18));
        assertEquals(Set.of(), c.classify("The report showed fever", 18, 23));
        assertThrows(IllegalArgumentException.class, () -> classifier("call ^ for\tTRIGGER\tHYPOTHETICAL\tforward\n"));
        assertThrows(IllegalArgumentException.class, () -> classifier("^\tPSEUDO\n"));
    }

    @Test
    void aPhraseCannotOpenWithAWildcard() {
        assertThrows(IllegalArgumentException.class, () -> classifier("* for\tTRIGGER\tHYPOTHETICAL\tforward\n"));
        assertThrows(IllegalArgumentException.class, () -> classifier("(# mm|x mm)\tPSEUDO\n"));
    }

    @Test
    void terminationsCloseOnlyTheirCategoriesAndDirections() {
        ContextClassifier c = classifier("""
                no\tTRIGGER\tNEGATION\tforward
                if\tTRIGGER\tHYPOTHETICAL\tforward
                denied\tTRIGGER\tNEGATION\tbackward
                has\tTERMINATE\tNEGATION\tforward
                but\tTERMINATE\tALL\tboth
                """);
        assertEquals(Set.of(), c.classify("no fever, has cough", 15, 19));
        assertEquals(Set.of(Assertion.HYPOTHETICAL), c.classify("if he has cough", 10, 15));
        assertEquals(Set.of(Assertion.NEGATION), c.classify("cough has been denied", 0, 5));
        assertEquals(Set.of(), c.classify("cough but fever denied", 0, 5));
    }

    @Test
    void aTriggerInsideTheMentionIsPartOfTheMention() {
        ContextClassifier c = classifier("free\tTRIGGER\tNEGATION\tbackward\n");
        assertEquals(Set.of(), c.classify("free air under the diaphragm", 0, 8));
    }
}
