package org.chartcoder.engine.context;

import static org.chartcoder.engine.context.Words.ARTICLES;
import static org.chartcoder.engine.context.Words.CLAUSE_ENDS;
import static org.chartcoder.engine.context.Words.isAge;
import static org.chartcoder.engine.context.Words.wordAt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * NegEx/ConText-style context classifier: decides whether a mention in a sentence is negated,
 * hypothetical, historical or about a family member, from a hand-written trigger lexicon.
 *
 * <p>How it decides: the sentence is tokenized, the lexicon is matched once left to right (longest
 * phrase first, so the pseudo-trigger "no change" hides the "no" in it). Every trigger opens a scope
 * forward and/or backward, up to a word window; the scope stops at a termination phrase of its
 * category ("but", "except", "which", "secondary to", a new clause verb, except after "whether"),
 * at a semicolon or sentence end, and at a colon (for a backward scope, a forward doubt and a
 * forward warning also a spaced dash, and for a backward doubt a comma) that does not stand next to
 * the trigger, unless it lists what may happen right after naming it. A mention whose first word
 * lies in a scope gets the trigger's trait, and so does a mention that opens with a forward trigger
 * ("Childhood asthma"). A family-history heading governs its line across semicolons, and a pronoun
 * of a relative's own gender does not end the relative's scope. The dates around the mention are
 * read apart ({@link DatedHistory}): an event the patient "had", dated to a past time after it ("in
 * 2019", "at age 28"), is historical, and so is a list item dated to a past year and closed
 * ("Delirium 1/2024 - resolved"); a finding seen before that a report finds again is not. A mention that is negated or a family member's is not also called historical, a
 * negated mention is not also hypothetical or uncertain, and good health named as a mention ("alive
 * and well") has no trait.
 *
 * <p>Instances are immutable and thread-safe; build one and share it.
 */
public final class ContextClassifier {

    /** The lexicon shipped in the jar. */
    public static final String DEFAULT_LEXICON = "/org/chartcoder/engine/context/triggers.tsv";

    private static final class DefaultHolder {
        static final ContextClassifier INSTANCE = fromResource(DEFAULT_LEXICON);
    }

    /** The longest name a list after a colon may follow: "signs of infection: redness, pus". */
    private static final int LIST_NAME_WORDS = 6;
    /** Dashes that part a list item from its comment however they are spaced ("rigidity—MH suspected"). */
    private static final Set<String> DASHES = Set.of("\u2014", "\u2013");
    private static final Set<String> MODALS = Set.of("may", "might", "could", "can");
    /** What a sign may be or tell of, after its modal and perhaps a hedge: "which can rarely signal a blood clot". */
    private static final Set<String> SIGNALS = Set.of("be", "signal", "mean", "indicate");
    private static final Set<String> HEDGES = Set.of("rarely", "sometimes", "also", "occasionally", "even");
    /** What lists the signs of the mention, or what they call for: "Signs of adrenal crisis include", "require". */
    private static final Set<String> SIGNS_LISTED = Set.of("include", "includes", "are", "require", "requires", "mean",
            "means");
    /** What teaching does with the signs of the mention: "Signs of hypoglycemia (shakiness, sweating) were reviewed". */
    private static final Set<String> SIGNS_TAUGHT = Set.of("reviewed", "discussed", "taught", "explained");
    private static final Set<String> BE_PAST = Set.of("was", "were");
    /** What a precaution's clause after a semicolon tells the patient to do: "; call 911", "; go to the ED". */
    private static final Set<String> ACTIONS = Set.of("call", "go", "return", "come", "seek");
    /** What points back at the signs a precaution named: "; this may be neutropenic fever". */
    private static final Set<String> POINTERS = Set.of("this", "that", "it", "these");
    /**
     * Words naming the signs of what may happen, which a dash may list as a colon would: "call for symptoms of low
     * sugar - sweating, shaking" ("screening MRI - mother and sister with breast cancer" names no signs).
     */
    private static final Set<String> SIGNS = Set.of("signs", "sign", "symptoms", "symptom");
    /**
     * What may stand before a relative who opens a sentence: "Paternal uncle died at 44", "Three children, all
     * healthy".
     */
    private static final Set<String> KIN_QUALIFIERS = Set.of("maternal", "paternal", "older", "younger",
            "both", "two", "three", "four", "five");
    /** What a named person does right after the name: "Sofia has eczema", "Eli shows limited pointing". */
    private static final Set<String> SUBJECT_VERBS = Set.of("has", "had", "is", "was", "shows", "showed", "now", "also",
            "presents", "developed");
    /** A mention that opens with one of these is of the present: "may reflect past infection or current infection". */
    private static final Set<String> PRESENT_TIMES = Set.of("current", "active", "ongoing", "present", "new");
    /** What a time may be counted from, and whose: "after your stab wound", "since his blast injury". */
    private static final Set<String> SINCE_WORDS = Set.of("after", "following", "since");
    private static final Set<String> EVENT_OWNERS = Set.of("your", "the", "her", "his", "their");
    /** The words of a trigger that gives a test's negative result. */
    private static final Set<String> NEGATIVE_RESULTS = Set.of("negative", "neg");
    /** The words of a trigger that asks to rule something out: "rule out", "r/o", "to exclude". */
    private static final Set<String> RULE_OUT_WORDS = Set.of("rule", "ruling", "r/o", "exclude");
    /** The words of a trigger that calls what comes before it expected: "is expected", "are common", "is normal". */
    private static final Set<String> EXPECTED_WORDS = Set.of("expected", "common", "normal", "usual", "uncommon", "rare",
            "temporary");
    /** How many words "your" may stand before a mention it owns: "Your taste changes and poor appetite are common". */
    private static final int OWNER_WORDS = 4;
    /** What says a condition called expected is there already: "is present today and is expected". */
    private static final Set<String> FOUND_NOW = Set.of("present", "today", "now", "currently");
    /** What says, after it is called expected, that a condition is there: "and is unchanged on today's ECG". */
    private static final Set<String> SEEN_AGAIN = Set.of("unchanged", "stable", "persists", "persisting");
    /** Good health or a history untold, named as a mention: no condition, so no context ("alive and well", "unknown"). */
    private static final Set<String> NO_CONDITION = Set.of("healthy", "well", "alive and well", "alive and healthy",
            "in good health", "good health", "a & w", "unremarkable", "otherwise unremarkable", "noncontributory",
            "non - contributory", "unknown", "family history", "maternal family history", "paternal family history",
            "maternal history", "paternal history", "adopted");
    private static final Set<String> DENIALS_AFTER_BUT = Set.of("no", "without");
    /** Kin whom instructions to a caregiver name as the one cared for: "if your mother falls". */
    private static final Set<String> CARED_FOR_KIN = Set.of("mother", "father", "mom", "dad", "husband", "wife",
            "grandmother", "grandfather");
    /** What a caregiver may see come over the one they care for: "if your mother falls", "seems more confused". */
    private static final Set<String> WATCHED_CHANGES = Set.of("falls", "seems", "becomes", "has", "gets", "develops",
            "stops", "is", "looks", "acts", "cannot", "refuses", "feels", "starts");
    /** What makes "has" or "is" tell a relative's own history: "if your father has had", "is diagnosed with". */
    private static final Set<String> KIN_HISTORY = Set.of("had", "been", "diagnosed");
    private static final Set<String> FEMALE_PRONOUNS = Set.of("she", "her", "herself");
    private static final Set<String> MALE_PRONOUNS = Set.of("he", "his", "him", "himself");
    /** The patient of a pediatric note, after "in the": "Parents deny any prior burns or fractures in the child". */
    private static final Set<String> THE_CHILD = Set.of("child", "baby", "infant");
    /** The words that may stand before "patient" in "in the patient". */
    private static final Set<String> PATIENT_DETERMINERS = Set.of("the", "this", "our");
    /**
     * The patient's possessives beside "your": they make a relative the patient's, after which "her" or "he" may be
     * the patient again, and a condition the patient's own ("Her fatigue is expected with chemotherapy").
     */
    private static final Set<String> PATIENT_OWNERS = Set.of("her", "his", "patient's", "pt's");
    /** The verbs that open a new assertion unless a trigger about the whole clause governs them ("unclear whether"). */
    private static final Set<String> CLAUSE_VERBS = Set.of("is", "are", "was", "were", "has", "have", "had");
    /** The last word of a trigger that governs the whole clause after it: "unclear whether", "no sign that". */
    private static final Set<String> CLAUSE_OPENERS = Set.of("whether", "that");
    /** The first words of a purpose or a condition, which end a denial's scope: "to prevent", "if". */
    private static final Set<String> CONDITION_OPENERS = Set.of("to", "if");
    /** The verbs that tie a finding to its cause: "is from", "came from", "is related to", "is coming from". */
    private static final Set<String> CAUSE_VERBS = Set.of("is", "are", "was", "were", "came", "comes");
    private static final Set<String> CAUSE_LINKS = Set.of("from", "related", "due", "caused", "coming");
    /** How many words may follow the mention before the verb of its cause: "your fever on Monday came from". */
    private static final int CAUSE_VERB_WORDS = 3;
    /** The words of a reason that may open a sentence before its comma: "Since you already had a stroke in 2021,". */
    private static final Set<String> FRONTED_REASONS = Set.of("because", "since", "given");

    private final TriggerLexicon lexicon;
    private final Set<String> femaleKin;
    private final Set<String> maleKin;
    private final Set<String> eitherKin;
    private final Set<String> relatives;

    private ContextClassifier(TriggerLexicon lexicon) {
        this.lexicon = lexicon;
        this.femaleKin = lexicon.macroWords("FEMALE_KIN");
        this.maleKin = lexicon.macroWords("MALE_KIN");
        this.eitherKin = lexicon.macroWords("EITHER_KIN");
        this.relatives = lexicon.macroWords("REL");
    }

    /** The classifier over the shipped lexicon, loaded once. */
    public static ContextClassifier standard() {
        return DefaultHolder.INSTANCE;
    }

    /** A classifier over another lexicon in the format documented in the shipped triggers.tsv. */
    public static ContextClassifier fromStream(InputStream lexicon, String sourceName) {
        return new ContextClassifier(TriggerLexicon.load(lexicon, sourceName));
    }

    private static ContextClassifier fromResource(String resource) {
        try (InputStream in = ContextClassifier.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("trigger lexicon " + resource + " is missing from the classpath");
            }
            return fromStream(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Number of phrases in the lexicon once its groups are expanded. */
    public int lexiconSize() {
        return lexicon.size();
    }

    /**
     * The traits of the mention at {@code [targetBegin, targetEnd)} of {@code sentence}.
     *
     * @param sentence    one sentence (or clause) of text; longer text works, but scopes then stop
     *                    only at sentence ends the tokenizer recognises
     * @param targetBegin character offset of the mention in {@code sentence}, inclusive
     * @param targetEnd   character offset of the mention in {@code sentence}, exclusive
     * @return the traits, possibly empty; a new mutable set owned by the caller
     */
    public Set<Assertion> classify(String sentence, int targetBegin, int targetEnd) {
        if (targetBegin < 0 || targetEnd > sentence.length() || targetBegin > targetEnd) {
            throw new IllegalArgumentException("target offsets " + targetBegin + ".." + targetEnd
                    + " outside a sentence of length " + sentence.length());
        }
        List<Token> tokens = Tokenizer.tokenize(sentence);
        int first = firstTokenEndingAfter(tokens, targetBegin);
        int last = lastTokenStartingBefore(tokens, Math.max(targetEnd, targetBegin + 1));
        if (first >= tokens.size() || last < first || spells(tokens, first, last, NO_CONDITION)) {
            return EnumSet.noneOf(Assertion.class);
        }
        Set<Assertion> traits = classifyTokens(tokens, first, last);
        traits.addAll(leadingQualifier(tokens, first, last));
        if (hasItsSignsListed(tokens, first, last) || namesWhatAWarningMayBe(tokens, first)
                || namesWhatSignsMayBeBesideAnAction(tokens, first)) {
            traits.add(Assertion.HYPOTHETICAL);
        }
        if (DatedHistory.isDatedHistory(tokens, first, last)) {
            traits.add(Assertion.HISTORICAL);
        }
        if (DatedHistory.isSeenAgain(tokens, first, last) || PRESENT_TIMES.contains(tokens.get(first).norm())) {
            traits.remove(Assertion.HISTORICAL);
        }
        if (negatedByPrefix(sentence, tokens.get(first), targetBegin)) {
            traits.add(Assertion.NEGATION);
        }
        if (followsItsOwnEvent(tokens, first)) {
            traits.remove(Assertion.HYPOTHETICAL);
        }
        if (isFoundInThePatient(tokens, last)) {
            traits.remove(Assertion.FAMILY);
        }
        return withoutRedundantTraits(traits);
    }

    /**
     * Traits when the mention cannot be placed in the sentence: a category counts when any of its
     * triggers has a word in scope, as sentence-level NegEx would say.
     */
    public Set<Assertion> classifySentence(String sentence) {
        List<Token> tokens = Tokenizer.tokenize(sentence);
        Set<Assertion> traits = EnumSet.noneOf(Assertion.class);
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isWord()) {
                traits.addAll(classifyTokens(tokens, i, i));
            }
        }
        return withoutRedundantTraits(traits);
    }

    private Set<Assertion> classifyTokens(List<Token> tokens, int first, int last) {
        List<TriggerLexicon.Match> matches = lexicon.findMatches(tokens, first, last);
        Set<Assertion> traits = EnumSet.noneOf(Assertion.class);
        for (int m = 0; m < matches.size(); m++) {
            TriggerLexicon.Match match = matches.get(m);
            TriggerLexicon.Entry entry = match.entry();
            if (entry.kind() != TriggerLexicon.Kind.TRIGGER || traits.containsAll(entry.categories())) {
                continue;
            }
            for (Assertion category : entry.categories()) {
                if (traits.contains(category)) {
                    continue;
                }
                boolean before = match.last() < first;
                if (!before && category == Assertion.HYPOTHETICAL
                        && callsTheirOwnConditionExpected(tokens, match, first, last)
                        || category == Assertion.FAMILY && isWatchedByTheirCaregiver(tokens, match)
                        || before && (category == Assertion.LOW_CONFIDENCE || category == Assertion.NEGATION)
                                && asksOnlyOfItsCause(tokens, match, last)) {
                    continue;
                }
                if ((before ? entry.forward() : (entry.backward() && !isQueryMark(tokens, match)))
                        && scopeReaches(tokens, matches, m, category, first, last,
                                before && category == Assertion.NEGATION && isWatchedFor(tokens, matches, m))) {
                    traits.add(category);
                }
            }
        }
        return traits;
    }

    /**
     * A family member's condition is not the patient's history; a denied history ("no prior
     * surgeries") is stated as absent rather than as past; a test's negative result outweighs the
     * question it was asked ("CT to rule out PE was negative") and any doubt.
     */
    private static Set<Assertion> withoutRedundantTraits(Set<Assertion> traits) {
        if (traits.contains(Assertion.FAMILY) || traits.contains(Assertion.NEGATION)) {
            traits.remove(Assertion.HISTORICAL);
        }
        if (traits.contains(Assertion.NEGATION)) {
            traits.remove(Assertion.HYPOTHETICAL);
            traits.remove(Assertion.LOW_CONFIDENCE);
        }
        if (traits.contains(Assertion.HYPOTHETICAL)) {
            // "call if you have possible signs of infection": a condition to watch for is not a diagnosis at all,
            // nor is it history ("because of your history of cancer, call if you lose weight")
            traits.remove(Assertion.LOW_CONFIDENCE);
            traits.remove(Assertion.HISTORICAL);
        }
        return traits;
    }

    /**
     * Walks from the trigger towards the mention. A termination stops the scope, except one that starts
     * right after a forward trigger ("no longer has chest pain"; after a comma, ", she" does stop it).
     */
    private boolean scopeReaches(List<Token> tokens, List<TriggerLexicon.Match> matches, int m,
                                        Assertion category, int targetFirst, int targetLast, boolean stopsAtComma) {
        TriggerLexicon.Match trigger = matches.get(m);
        boolean forward = trigger.last() < targetFirst;
        int step = forward ? 1 : -1;
        int stop = forward ? targetFirst : targetLast;
        boolean heading = forward && (category == Assertion.FAMILY && isHeading(tokens, trigger)
                || category == Assertion.HISTORICAL && isListHeading(tokens, trigger)
                || category == Assertion.HYPOTHETICAL && opensAList(tokens, trigger));
        int words = 0;
        int openedParentheses = 0;
        int wordsBeforeAside = 0;
        int closedAsideWords = 0;
        int other = m + step;
        for (int i = forward ? trigger.last() + 1 : trigger.first() - 1; i != stop; i += step) {
            Token token = tokens.get(i);
            if (forward && category == Assertion.LOW_CONFIDENCE && words > 0 && openedParentheses == 0
                    && asideGivesEvidence(tokens, i)) {
                // "Possible Lewy body disease (fluctuations, visual hallucinations)", "Probable cerebral amyloid
                // angiopathy (4 lobar microbleeds on SWI)": what a doubted diagnosis rests on is found
                return false;
            }
            if (forward && token.norm().equals("(")) {
                wordsBeforeAside = openedParentheses == 0 ? words : wordsBeforeAside;
                openedParentheses++;
            } else if (forward && token.norm().equals(")") && openedParentheses == 1) {
                // in a list of warning signs a closed aside is one word of distance, however long: "Signs of OHSS to
                // watch for: rapid weight gain (more than 2 lb in a day), increasing abdominal swelling, shortness of
                // breath, or decreased urination"
                openedParentheses--;
                closedAsideWords += category == Assertion.HYPOTHETICAL ? words - wordsBeforeAside - 1 : 0;
            } else if (!forward && token.norm().equals(")")
                    && (category == Assertion.NEGATION && i == trigger.first() - 1
                            || category == Assertion.LOW_CONFIDENCE && i == trigger.first() - 2
                                    && tokens.get(i + 1).norm().equals(","))) {
                openedParentheses++;
            } else if (!forward && token.norm().equals("(") && openedParentheses == 1) {
                // a result right after an aside that lists what the test covered: the aside is one word of distance,
                // "Diabetes autoantibodies (GAD65, IA-2, ZnT8) negative"; so is an abbreviation before a doubt's
                // comma, "Relative energy deficiency in sport (RED-S), suspected"
                openedParentheses--;
                closedAsideWords += words - 1;
            } else if (forward && token.norm().equals(")") && !closesListNumber(tokens, i) && openedParentheses-- == 0
                    && category != Assertion.FAMILY) {
                // "Strict voice rest (no talking, no whispering) to lower the chance of scarring": an aside's trigger
                // stays in it, but an aside that names a relative names the subject ("I-2 (MGM) d. 81 colon CA")
                return false;
            }
            while (other >= 0 && other < matches.size()
                    && (forward ? matches.get(other).last() < i : matches.get(other).first() > i)) {
                other += step;
            }
            // a reason given right after a doubt is still the doubt's end: "cannot be excluded given recurrent axillary
            // nodules"
            if ((!forward || i > trigger.last() + 1 || token.norm().equals("given"))
                    && other >= 0 && other < matches.size() && matches.get(other).covers(i)
                    && terminates(tokens, matches.get(other), category, forward)
                    && !(category == Assertion.FAMILY && isPronounOfTheRelative(tokens, trigger, matches.get(other).last()))
                    && !(category == Assertion.FAMILY && forward && (deniesMoreOfTheRelative(tokens, matches.get(other))
                            || isBut(tokens, matches.get(other)) && !namesKinIn(tokens, trigger, eitherKin)
                                    && isPronounOfTheRelative(tokens, trigger, matches.get(other).last() + 1)))
                    && !(forward && governsItsClause(tokens, trigger, matches.get(other)))) {
                return false;
            }
            if (token.type() == Token.Type.BOUNDARY && !(heading && token.norm().equals(";"))
                    && !(category == Assertion.FAMILY && forward && token.norm().equals(";")
                            && relativeGoesOnAfterSemicolon(tokens, trigger, i))
                    || token.type() == Token.Type.COLON && words > 0 && !heading
                            && !colonListsWhatMayHappen(tokens, trigger, forward, category, words - closedAsideWords)
                    || !forward && words > 0 && (isSpacedDash(tokens, i) || doubtStopsAtComma(token, category)
                            || category == Assertion.HYPOTHETICAL && closesAClauseBeforeAnd(tokens, i))
                    || forward && category == Assertion.FAMILY && words > 0 && isSpacedDash(tokens, i)
                            && speaksToThePatient(tokens, i + 1)
                    || forward && category != Assertion.FAMILY && words > 0 && isSpacedDash(tokens, i)
                            && !(colonListsWhatMayHappen(tokens, trigger, forward, category, words)
                                    && hasWordBetween(tokens, trigger.last() + 1, i, SIGNS))
                    || stopsAtComma && words > 0 && token.norm().equals(",")
                    || closesFrontedReason(tokens, i)) {
                return false;
            }
            if (token.isWord()) {
                words++;
            }
        }
        TriggerLexicon.Entry entry = trigger.entry();
        return heading || words - closedAsideWords <= (forward ? entry.forwardWindow() : entry.backwardWindow());
    }

    /**
     * "Since you already had a stroke in 2021, any new face drooping ... is an emergency", "Because your father
     * died suddenly at 40, call us right away if you pass out": the comma at {@code i} closes a reason that
     * opens the sentence, which is an assertion of its own.
     */
    private static boolean closesFrontedReason(List<Token> tokens, int i) {
        if (!tokens.get(i).norm().equals(",")) {
            return false;
        }
        int opening = 0;
        while (opening < i && tokens.get(opening).type() == Token.Type.PUNCTUATION) {
            opening++;
        }
        if (opening >= i || !FRONTED_REASONS.contains(tokens.get(opening).norm())) {
            return false;
        }
        for (int j = opening + 1; j < i; j++) {
            if (tokens.get(j).norm().equals(",") || tokens.get(j).type() == Token.Type.BOUNDARY) {
                return false;
            }
        }
        return true;
    }

    /**
     * "FHx: Father - sudden cardiac death at 41; autopsy showed HCM", "Mother - polycystic kidney
     * disease, on dialysis from age 54, died at 61 of a ruptured brain aneurysm": a family heading
     * (a colon or a spaced dash after it, or after a parenthesis: "Stepfather (not biologically
     * related):") that opens the line governs all of it, semicolons included and however long, as its
     * section would.
     */
    private static boolean isHeading(List<Token> tokens, TriggerLexicon.Match trigger) {
        if (!opensTheSentence(tokens, trigger, Set.of())) {
            return false;
        }
        int next = afterAside(tokens, trigger.last() + 1);
        return next < tokens.size() && (tokens.get(next).type() == Token.Type.COLON || isSpacedDash(tokens, next));
    }

    /**
     * "Resolved problems: infantile eczema; umbilical hernia (closed spontaneously by age 3)", "PMH: CVA 2018 with
     * residual right hemiparesis; seizure disorder": a heading of past problems that opens the line and ends at its
     * colon governs its items across their semicolons ("History of: pulmonary tuberculosis, treated 1988; calcified
     * granulomas on current CT" is a history that ends at its first item).
     */
    private static boolean isListHeading(List<Token> tokens, TriggerLexicon.Match trigger) {
        return opensTheSentence(tokens, trigger, Set.of()) && tokens.get(trigger.last()).type() == Token.Type.COLON
                || opensAList(tokens, trigger) && !wordAt(tokens, trigger.last()).equals("of");
    }

    /**
     * "Come back right away for: 1) vomiting that will not stop; 2) chest pain; 3) fainting": a precaution that
     * opens the line and ends at its colon governs its items across their semicolons.
     */
    private static boolean opensAList(List<Token> tokens, TriggerLexicon.Match trigger) {
        return opensTheSentence(tokens, trigger, Set.of()) && trigger.last() + 1 < tokens.size()
                && tokens.get(trigger.last() + 1).type() == Token.Type.COLON;
    }

    /**
     * "Mother had moyamoya disease; the CTA raises concern for early moyamoya changes in the patient as well", "Family
     * hx medullary thyroid carcinoma (father) - RET testing negative in patient": a finding placed in the patient, at
     * most one word after it, is the patient's whichever relative the sentence began with.
     */
    private static boolean isFoundInThePatient(List<Token> tokens, int last) {
        int in = wordAt(tokens, last + 1).equals("in") ? last + 1 : last + 2;
        if (!wordAt(tokens, in).equals("in") || in == last + 2 && !tokens.get(last + 1).isWord()) {
            return false;
        }
        int patient = PATIENT_DETERMINERS.contains(wordAt(tokens, in + 1)) ? in + 2 : in + 1;
        return wordAt(tokens, patient).equals("patient") || patient == in + 2 && THE_CHILD.contains(wordAt(tokens, patient));
    }

    /**
     * "Return for trouble swallowing ... after your stab wound to the neck", "a blood clot after your cesarean in
     * 2016": what a time is counted from has happened, whatever may happen after it.
     */
    private static boolean followsItsOwnEvent(List<Token> tokens, int first) {
        return EVENT_OWNERS.contains(wordAt(tokens, first - 1)) && SINCE_WORDS.contains(wordAt(tokens, first - 2));
    }

    /** "1) vomiting": the parenthesis at {@code i} closes a number that opens the text or a clause, not an aside. */
    private static boolean closesListNumber(List<Token> tokens, int i) {
        return i >= 1 && isAge(tokens.get(i - 1).norm()) && Tokenizer.opensClause(tokens.subList(0, i));
    }

    /**
     * Whether the relative of {@code trigger} is still spoken of after the semicolon at {@code semicolon}:
     * "Father with loud snoring, never evaluated; likely undiagnosed OSA" (a relative who opens the sentence
     * is its subject, through its semicolons, until someone else is named: "; the patient snores"), and
     * "Paternal grandmother died at 88; she had macular degeneration" (the relative's pronoun). A name opening
     * the clause after the semicolon is someone else: "Older sister with atopic dermatitis; Sofia has eczema".
     */
    private boolean relativeGoesOnAfterSemicolon(List<Token> tokens, TriggerLexicon.Match trigger, int semicolon) {
        return opensTheSentence(tokens, trigger, KIN_QUALIFIERS) && hasWordIn(tokens, trigger, relatives)
                && !speaksToThePatient(tokens, semicolon + 1) && !opensWithAName(tokens, semicolon + 1)
                || isPronounOfTheRelative(tokens, trigger, semicolon + 1);
    }

    /**
     * "; Sofia has eczema", "; Leo's right inguinal hernia": a capitalized word that names no relative opens the clause,
     * as its subject or its owner (not "; Brugada syndrome suspected", "; Fragile X testing").
     */
    private boolean opensWithAName(List<Token> tokens, int i) {
        if (i >= tokens.size() || !tokens.get(i).capitalized()) {
            return false;
        }
        String word = tokens.get(i).norm();
        boolean owner = word.endsWith("'s");
        String name = owner ? word.substring(0, word.length() - 2) : word;
        return (owner || SUBJECT_VERBS.contains(wordAt(tokens, i + 1))) && !relatives.contains(name)
                && !KIN_QUALIFIERS.contains(name);
    }

    /**
     * "Wife tested positive for COVID yesterday; if you develop fever or cough": the clause from {@code i}
     * addresses the patient.
     */
    private static boolean speaksToThePatient(List<Token> tokens, int i) {
        for (; i < tokens.size() && tokens.get(i).type() != Token.Type.BOUNDARY; i++) {
            if (tokens.get(i).norm().equals("you")) {
                return true;
            }
        }
        return false;
    }

    /** Whether only punctuation, or words of {@code mayPrecede}, stand before {@code trigger}. */
    private static boolean opensTheSentence(List<Token> tokens, TriggerLexicon.Match trigger, Set<String> mayPrecede) {
        for (int i = 0; i < trigger.first(); i++) {
            if (tokens.get(i).type() != Token.Type.PUNCTUATION && !mayPrecede.contains(tokens.get(i).norm())) {
                return false;
            }
        }
        return true;
    }

    /** Whether a word of {@code match} is one of {@code words}. */
    private static boolean hasWordIn(List<Token> tokens, TriggerLexicon.Match match, Set<String> words) {
        return hasWordBetween(tokens, match.first(), match.last() + 1, words);
    }

    /** Whether a token in {@code [from, to)} is one of {@code words}. */
    private static boolean hasWordBetween(List<Token> tokens, int from, int to, Set<String> words) {
        for (int i = from; i < to; i++) {
            if (words.contains(tokens.get(i).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "(fluctuations, visual hallucinations)", "(4 lobar microbleeds on SWI)": an aside opening at {@code i} that lists
     * findings or counts them, not one that names the diagnosis before it ("a stomach virus (viral gastroenteritis)").
     */
    private static boolean asideGivesEvidence(List<Token> tokens, int i) {
        if (!tokens.get(i).norm().equals("(")) {
            return false;
        }
        if (isAge(wordAt(tokens, i + 1))) {
            return true;
        }
        for (int j = i + 1; j < tokens.size() && tokens.get(j).type() != Token.Type.BOUNDARY; j++) {
            switch (tokens.get(j).norm()) {
                case ")":
                    return false;
                case ",":
                    return true;
                default:
                    break;
            }
        }
        return false;
    }

    /**
     * Where the text goes on after an aside that opens at {@code i}: a parenthesis ("Stepfather (not
     * biologically related):") or an age ("Daughter, 14:"); {@code i} itself when there is none.
     */
    private static int afterAside(List<Token> tokens, int i) {
        if (i + 1 < tokens.size() && tokens.get(i).norm().equals(",") && isAge(tokens.get(i + 1).norm())) {
            return i + 2;
        }
        if (i >= tokens.size() || !tokens.get(i).norm().equals("(")) {
            return i;
        }
        for (int j = i + 1; j < tokens.size() && tokens.get(j).type() != Token.Type.BOUNDARY; j++) {
            if (tokens.get(j).norm().equals(")")) {
                return j + 1;
            }
        }
        return i;
    }

    /**
     * "Mother had a PE during her second pregnancy and was found to be factor V Leiden heterozygous",
     * "Paternal grandmother died at 88; she had macular degeneration": a pronoun of the relative's gender
     * (at {@code i}), or either pronoun after a relative of either sex ("Paternal cousin died in her sleep"),
     * goes on speaking of the relative, across a semicolon too (and a "but", after a relative of one sex: "Mother does
     * not have osteoporosis per her last DEXA, but she had a wrist fracture at 60"), unless the sentence has
     * made the relative the patient's ("her mother ..., she"), when the pronoun may be the patient again; not when the
     * patient is of the other sex ("His mother had a goiter, but she was never treated for thyroid disease").
     */
    private boolean isPronounOfTheRelative(List<Token> tokens, TriggerLexicon.Match relative, int i) {
        if (i >= tokens.size()) {
            return false;
        }
        String pronoun = tokens.get(i).norm();
        Set<String> kin = FEMALE_PRONOUNS.contains(pronoun) ? femaleKin : MALE_PRONOUNS.contains(pronoun) ? maleKin : Set.of();
        String owner = relative.first() == 0 ? "" : wordAt(tokens, relative.first() - 1);
        boolean ownerIsTheOtherSex = owner.equals("his") && kin == femaleKin || owner.equals("her") && kin == maleKin;
        return (namesKinIn(tokens, relative, kin) || !kin.isEmpty() && namesKinIn(tokens, relative, eitherKin))
                && (!PATIENT_OWNERS.contains(owner) || ownerIsTheOtherSex);
    }

    /** Whether the relative's phrase names one of {@code kin}, possessive or not ("Her cousin's"). */
    private static boolean namesKinIn(List<Token> tokens, TriggerLexicon.Match relative, Set<String> kin) {
        for (int k = relative.first(); k <= relative.last(); k++) {
            if (kin.contains(tokens.get(k).norm().replaceFirst("'s$", ""))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Call 911 right away if your father has chest pain", "If your husband has shaking chills after his chemotherapy":
     * the parent or spouse whom instructions to a caregiver tell how to watch is the patient, as "your son" is in
     * instructions to a parent; not one who "has had" a disease or "is diagnosed" with it.
     */
    private static boolean isWatchedByTheirCaregiver(List<Token> tokens, TriggerLexicon.Match relative) {
        int kin = relative.first();
        return kin == relative.last() && CARED_FOR_KIN.contains(tokens.get(kin).norm())
                && wordAt(tokens, kin - 1).equals("your") && wordAt(tokens, kin - 2).equals("if")
                && WATCHED_CHANGES.contains(wordAt(tokens, kin + 1)) && !KIN_HISTORY.contains(wordAt(tokens, kin + 2));
    }

    /**
     * "Her twin sister has celiac disease but no hair loss", "Sister has systemic sclerosis with Raynaud phenomenon but
     * no known lung involvement": what "but" denies after a relative's condition is denied of the relative.
     */
    private static boolean deniesMoreOfTheRelative(List<Token> tokens, TriggerLexicon.Match terminator) {
        return isBut(tokens, terminator) && DENIALS_AFTER_BUT.contains(wordAt(tokens, terminator.last() + 1));
    }

    private static boolean isBut(List<Token> tokens, TriggerLexicon.Match terminator) {
        return terminator.first() == terminator.last() && tokens.get(terminator.first()).norm().equals("but");
    }

    /**
     * "We are not sure whether the sore on your heel is from pressure or from poor blood flow", "not yet sure whether
     * her speech delay is related to her early crisis", "It is unlikely that her high sugars were caused by the steroid
     * shot": a question, or a denial, of where a finding comes from is about its cause, not the finding it is asked of.
     */
    private static boolean asksOnlyOfItsCause(List<Token> tokens, TriggerLexicon.Match trigger, int last) {
        if (!CLAUSE_OPENERS.contains(tokens.get(trigger.last()).norm())
                && !CLAUSE_OPENERS.contains(wordAt(tokens, trigger.last() + 1))) {
            return false;
        }
        int lastVerb = Math.min(last + 1 + CAUSE_VERB_WORDS, tokens.size() - 2);
        for (int i = last + 1; i <= lastVerb && tokens.get(i).isWord(); i++) {
            if (CAUSE_VERBS.contains(tokens.get(i).norm()) && CAUSE_LINKS.contains(tokens.get(i + 1).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "It is unclear whether she has glaucoma", "unclear whether her late father's 'weak eyes' were glaucoma",
     * "there is no sign that the shingles has affected your eye": a doubt or a denial of a whole clause reaches
     * past the clause's verb, which otherwise opens a new assertion.
     */
    private static boolean governsItsClause(List<Token> tokens, TriggerLexicon.Match trigger, TriggerLexicon.Match terminator) {
        return CLAUSE_OPENERS.contains(tokens.get(trigger.last()).norm()) && terminator.first() == terminator.last()
                && CLAUSE_VERBS.contains(tokens.get(terminator.first()).norm());
    }

    /** Whether the tokens {@code [first, last]} spell one of {@code phrases}. */
    private static boolean spells(List<Token> tokens, int first, int last, Set<String> phrases) {
        StringBuilder text = new StringBuilder();
        for (int i = first; i <= last; i++) {
            text.append(i > first ? " " : "").append(tokens.get(i).norm());
        }
        return phrases.contains(text.toString());
    }

    /**
     * "Signs of dehydration to watch for include no tears, a dry mouth": in a list of what may happen,
     * "no" names one sign (an absence), so its negation ends with that item, not the list. A test's
     * negative result is no sign but an answer, for all it lists: "Infectious disease screening this
     * cycle: negative for HIV, hepatitis B, and hepatitis C".
     */
    private boolean isWatchedFor(List<Token> tokens, List<TriggerLexicon.Match> matches, int negation) {
        TriggerLexicon.Match trigger = matches.get(negation);
        if (hasWordIn(tokens, trigger, NEGATIVE_RESULTS)) {
            return false;
        }
        for (int h = 0; h < negation; h++) {
            TriggerLexicon.Entry entry = matches.get(h).entry();
            if (entry.kind() == TriggerLexicon.Kind.TRIGGER && entry.forward() && entry.categories().contains(Assertion.HYPOTHETICAL)
                    && scopeReaches(tokens, matches, h, Assertion.HYPOTHETICAL, trigger.first(), trigger.last(), false)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Chest pain - ACS ruled out": a problem-list dash puts a comment after the problem, and what the
     * comment rules out or doubts is the thing it names, not the problem. A hyphen ("pain-free") has no
     * space around it; a dash right next to the trigger ("pneumonia - ruled out") does not separate.
     */
    private static boolean isSpacedDash(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        return DASHES.contains(token.norm()) || token.norm().equals("-") && i > 0 && i + 1 < tokens.size()
                && tokens.get(i - 1).end() < token.begin() && tokens.get(i + 1).begin() > token.end();
    }

    /**
     * "Watch for bleeding: nosebleeds, blood in your urine": a colon after the short name of what may
     * happen lists its kinds, which may happen as much as the name does. After what is to be ruled out
     * it lists the evidence found instead: "Rule out GCA: no headache, jaw claudication".
     */
    private static boolean colonListsWhatMayHappen(List<Token> tokens, TriggerLexicon.Match trigger, boolean forward,
                                                   Assertion category, int wordsBeforeColon) {
        return forward && category == Assertion.HYPOTHETICAL && wordsBeforeColon <= LIST_NAME_WORDS
                && !hasWordIn(tokens, trigger, RULE_OUT_WORDS);
    }

    /**
     * "Your mouth sores are expected at this point in your treatment", "the skin redness you have now is
     * expected", "Her fatigue and mild anemia are expected with chemotherapy", "Mild bruising of the fingers is present
     * today and is expected after this injury", "Right bundle branch block is expected after your repair and is unchanged on
     * today's ECG", "Easy bruising without injury is common for you", "The numbness of your belly skin is normal after a
     * tummy tuck" (a sentence that opens on "The" names a finding already there): what the patient has now, called
     * expected or common, is present; "Some swelling around your incision is expected" still names what may come.
     */
    private static boolean callsTheirOwnConditionExpected(List<Token> tokens, TriggerLexicon.Match trigger,
                                                          int first, int last) {
        if (!hasWordIn(tokens, trigger, EXPECTED_WORDS)) {
            return false;
        }
        if (wordAt(tokens, last + 1).equals("you") && wordAt(tokens, last + 2).equals("have")
                || hasWordBetween(tokens, last + 1, trigger.first(), FOUND_NOW)
                || wordAt(tokens, trigger.last() + 1).equals("you")
                || hasWordBetween(tokens, trigger.last() + 1, clauseEnd(tokens, trigger.last()), SEEN_AGAIN)) {
            return true;
        }
        for (int i = first - 1; i >= 0 && i >= first - OWNER_WORDS && tokens.get(i).isWord(); i--) {
            if (tokens.get(i).norm().equals("your") || PATIENT_OWNERS.contains(tokens.get(i).norm())
                    || tokens.get(i).norm().equals("the") && Token.opensASentence(tokens, i)) {
                return true;
            }
        }
        return false;
    }

    /** The first sentence end or semicolon after token {@code i}, or the end of the tokens. */
    private static int clauseEnd(List<Token> tokens, int i) {
        int end = i + 1;
        while (end < tokens.size() && tokens.get(end).type() != Token.Type.BOUNDARY) {
            end++;
        }
        return end;
    }

    /**
     * "Thrombocytopenia ?HIT": a question mark written against the next word questions that word
     * only (the tokenizer keeps such a mark from ending the sentence), never the problem before it.
     */
    private static boolean isQueryMark(List<Token> tokens, TriggerLexicon.Match match) {
        Token token = tokens.get(match.last());
        return token.norm().equals("?") && token.type() == Token.Type.PUNCTUATION;
    }

    /**
     * "The patient has resistant hypertension and hypokalemia, and primary aldosteronism is being ruled out": the
     * comma before "and" at {@code i} closes a clause with a verb of its own, which a plan read backwards does not
     * reach ("Fever, chills, and vomiting are reasons to return" has no verb before its comma).
     */
    private static boolean closesAClauseBeforeAnd(List<Token> tokens, int i) {
        if (!tokens.get(i).norm().equals(",") || !wordAt(tokens, i + 1).equals("and")) {
            return false;
        }
        for (int j = i - 1; j >= 0 && tokens.get(j).type() != Token.Type.BOUNDARY; j--) {
            if (CLAUSE_VERBS.contains(wordAt(tokens, j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "RLQ pain, appendicitis vs ovarian torsion": a doubt read backwards is about the phrase right
     * before it; a comma sets off the problem it is the differential of, which is established.
     */
    private static boolean doubtStopsAtComma(Token token, Assertion category) {
        return category == Assertion.LOW_CONFIDENCE && token.norm().equals(",");
    }

    private static boolean terminates(List<Token> tokens, TriggerLexicon.Match match, Assertion category, boolean forwardScope) {
        TriggerLexicon.Entry entry = match.entry();
        if (entry.kind() == TriggerLexicon.Kind.TRIGGER) {
            // an uncertain diagnosis after a comma or conjunction opens a new assertion: "no fever, possible
            // pneumonia"; one that qualifies the negated noun does not: "none demonstrate features concerning for"
            // and a warning that reads back over its list closes the list: "no tears when crying can mean dehydration";
            // and so does a purpose: "no lifting over 10 lb for 6 weeks to prevent an incisional hernia", and a
            // condition: "Do not exercise if ketones are present";
            // a relative named after a comma opens the relative's own assertion: "evaluate for BHD, mother had renal tumors"
            return forwardScope && category == Assertion.NEGATION
                    && (entry.categories().contains(Assertion.LOW_CONFIDENCE) && opensAClause(tokens, match.first())
                            || entry.categories().contains(Assertion.HYPOTHETICAL)
                                    && (entry.backward() || CONDITION_OPENERS.contains(tokens.get(match.first()).norm())))
                    || forwardScope && category != Assertion.FAMILY && category != Assertion.HISTORICAL
                            && entry.categories().contains(Assertion.FAMILY) && match.first() > 0
                            && tokens.get(match.first() - 1).norm().equals(",");
        }
        return entry.kind() == TriggerLexicon.Kind.TERMINATE
                && entry.categories().contains(category)
                && (forwardScope ? entry.forward() : entry.backward());
    }

    private static boolean opensAClause(List<Token> tokens, int first) {
        return first == 0 || CLAUSE_ENDS.contains(wordAt(tokens, first - 1));
    }

    /**
     * "Childhood asthma", "Old healed fractures": a mention that opens with a forward trigger carries
     * it, since the trigger qualifies the rest of the mention. The mention's other words are still
     * never its context ("migraine without aura" is a migraine). A prefix glued to its word (a forward
     * window of 0, "non-") negates that word only: the mention when the word ends it ("non-painful",
     * "non-smoker"), but not a head it qualifies ("non-Hodgkin lymphoma", "non-healing ulcer").
     */
    private Set<Assertion> leadingQualifier(List<Token> tokens, int first, int last) {
        TriggerLexicon.Match match = lexicon.longestAt(tokens, first, last);
        return match != null && match.last() < last && match.entry().kind() == TriggerLexicon.Kind.TRIGGER
                && match.entry().forward() && (match.entry().forwardWindow() > 0 || match.last() + 1 == last)
                ? match.entry().categories() : Set.of();
    }

    /**
     * "Signs of adrenal crisis include severe weakness", "Signs of a dry socket: pain that gets worse", "Signs of
     * dehydration to watch for:", "Signs of a hip dislocation include a sudden pop", "Signs of postpericardiotomy
     * syndrome (fluid around the heart) include fever", "Signs of adrenal insufficiency, such as severe fatigue, were
     * reviewed", "Signs of adrenal crisis (vomiting, fainting) require your emergency injection", "Signs of mastitis (red,
     * hot, painful area) reviewed", "Signs of compartment syndrome, including increasing pain, were reviewed": what
     * instructions list or teach the signs of is to watch for (a report's "symptoms of X include" tells what is there).
     */
    private static boolean hasItsSignsListed(List<Token> tokens, int first, int last) {
        int of = ARTICLES.contains(wordAt(tokens, first - 1)) ? first - 2 : first - 1;
        int next = afterAside(tokens, last + 1);
        return wordAt(tokens, of).equals("of") && wordAt(tokens, of - 1).equals("signs")
                && (SIGNS_LISTED.contains(wordAt(tokens, next))
                        || SIGNS_TAUGHT.contains(wordAt(tokens, next))
                        || BE_PAST.contains(wordAt(tokens, next)) && SIGNS_TAUGHT.contains(wordAt(tokens, next + 1))
                        || next < tokens.size() && tokens.get(next).type() == Token.Type.COLON
                        || wordAt(tokens, next).equals("to") && wordAt(tokens, next + 1).equals("watch")
                        || next < tokens.size() && tokens.get(next).norm().equals(",")
                                && (wordAt(tokens, next + 1).equals("such") && wordAt(tokens, next + 2).equals("as")
                                        || wordAt(tokens, next + 1).equals("including")));
    }

    /**
     * "Call if part of your breast becomes red, hot, and painful and you have a fever, which may be mastitis", "call
     * your surgeon right away if ... you cannot put weight on it - the hip may have dislocated": what a sign to
     * watch for may be is to watch for too, or may signal ("chest pain or shortness of breath, which can rarely signal a
     * blood clot"); "a 2 cm nodule, which may be a lymph node" stays a doubt.
     */
    private boolean namesWhatAWarningMayBe(List<Token> tokens, int first) {
        int which = first - 1;
        while (which >= 0 && !tokens.get(which).norm().equals("which") && !isSpacedDash(tokens, which)) {
            if (tokens.get(which).type() == Token.Type.BOUNDARY) {
                return false;
            }
            which--;
        }
        boolean dash = which >= 0 && isSpacedDash(tokens, which);
        int sign = dash ? which - 1 : which - 2;
        // a modal among the few words that open the comment after a dash: "- this may be", "- the hip may have"
        int verb = HEDGES.contains(wordAt(tokens, which + 2)) ? which + 3 : which + 2;
        boolean mayBe = dash ? hasWordBetween(tokens, which + 1, Math.min(first, which + 4), MODALS)
                : MODALS.contains(wordAt(tokens, which + 1)) && SIGNALS.contains(wordAt(tokens, verb));
        return sign >= 0 && (dash || tokens.get(which - 1).norm().equals(",")) && tokens.get(sign).isWord() && mayBe
                && classifyTokens(tokens, sign, sign).contains(Assertion.HYPOTHETICAL);
    }

    /**
     * "New confusion, facial droop, or one-sided weakness could be a stroke; call 911", "Swelling around the battery site
     * could be a seroma, so please call if you notice it", "White patches in the mouth
     * that do not wipe off may be thrush; call the office", "Go to the emergency department right away for a
     * temperature of 100.4 F or higher; this may be neutropenic fever": what signs may be, when the clause after or
     * before them tells the patient to act, is a condition to watch for, not a doubt.
     */
    private static boolean namesWhatSignsMayBeBesideAnAction(List<Token> tokens, int first) {
        int verb = ARTICLES.contains(wordAt(tokens, first - 1)) ? first - 2 : first - 1;
        int modal = HEDGES.contains(wordAt(tokens, verb - 1)) ? verb - 2 : verb - 1;
        if (!SIGNALS.contains(wordAt(tokens, verb)) || !MODALS.contains(wordAt(tokens, modal))) {
            return false;
        }
        int end = clauseEnd(tokens, first);
        if (end < tokens.size() && tokens.get(end).norm().equals(";") && ACTIONS.contains(wordAt(tokens, end + 1))
                || isFollowedBySoAndAnAction(tokens, first, end)) {
            return true;
        }
        int semicolon = modal - 2;
        if (!POINTERS.contains(wordAt(tokens, modal - 1)) || semicolon < 1 || !tokens.get(semicolon).norm().equals(";")) {
            return false;
        }
        int start = semicolon - 1;
        while (start > 0 && tokens.get(start - 1).type() != Token.Type.BOUNDARY) {
            start--;
        }
        return ACTIONS.contains(wordAt(tokens, start));
    }

    /** "could be a seroma, so please call if you notice it": the first comma of the clause is followed by a call to act. */
    private static boolean isFollowedBySoAndAnAction(List<Token> tokens, int first, int end) {
        int comma = first + 1;
        while (comma < end && !tokens.get(comma).norm().equals(",")) {
            comma++;
        }
        int action = wordAt(tokens, comma + 2).equals("please") ? comma + 3 : comma + 2;
        return comma < end && wordAt(tokens, comma + 1).equals("so") && ACTIONS.contains(wordAt(tokens, action));
    }

    /** "nontender" with the mention "tender": the prefix negates the word it is glued to. */
    private static boolean negatedByPrefix(String sentence, Token firstToken, int targetBegin) {
        return targetBegin - firstToken.begin() == 3
                && sentence.regionMatches(true, firstToken.begin(), "non", 0, 3);
    }

    private static int firstTokenEndingAfter(List<Token> tokens, int offset) {
        int i = 0;
        while (i < tokens.size() && tokens.get(i).end() <= offset) {
            i++;
        }
        return i;
    }

    private static int lastTokenStartingBefore(List<Token> tokens, int offset) {
        int i = tokens.size() - 1;
        while (i >= 0 && tokens.get(i).begin() >= offset) {
            i--;
        }
        return i;
    }

    @Override
    public String toString() {
        return "ContextClassifier[" + lexicon.size() + " phrases]";
    }
}
