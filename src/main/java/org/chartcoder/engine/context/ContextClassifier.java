package org.chartcoder.engine.context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.HashSet;
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
 * of a relative's own gender does not end the relative's scope. An event the patient "had", dated
 * to a past time after it ("in 2019", "at age 28"), is historical, and so is a list item dated to a
 * past year and closed ("Delirium 1/2024 - resolved"); a finding seen before that a report finds
 * again is not. A mention that is negated or a family member's is not also called historical, a
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
    private static final int LIST_NAME_WORDS = 3;
    /** How far "had" may stand before the event it dates: "had a benign breast biopsy (fibroadenoma)". */
    private static final int HAD_WORDS = 5;
    /** How far "had" may stand before what a dated event was for: "had a BSO in 2021 for a benign dermoid cyst". */
    private static final int DATED_EVENT_WORDS = 10;
    /** Words that make a year one still to come: "due 2027", "next colonoscopy 2029". */
    private static final Set<String> FUTURE_MARKS = Set.of("due", "until", "by", "next", "planned", "scheduled");
    /** Words that make a year more than a problem list's date: "in 2012", "due 2027". */
    private static final Set<String> NOT_BARE = union(FUTURE_MARKS, Set.of("in"));
    /** Words of an event the patient went through, which a past date makes history: "had", "an episode of". */
    private static final Set<String> EVENT_WORDS = Set.of("had", "developed", "needed", "required", "underwent", "suffered",
            "treated", "episode", "passed", "broke");
    /** What takes a problem away, so that a past date makes it history: "Colonoscopy 2014 - 2 tubular adenomas removed". */
    private static final Set<String> TREATMENTS = Set.of("removed", "repaired", "resected", "excised", "dilated");
    /** A stay or treatment right after the mention, which a past date makes history: "an empyema drained in 2022". */
    private static final Set<String> EVENTS_AFTER = union(TREATMENTS,
            Set.of("drained", "admission", "admissions", "hospitalization", "hospitalizations"));
    /** What says a finding seen before is still there: "is again noted", "unchanged", "has decreased to 1.1 cm". */
    private static final Set<String> STILL_THERE = Set.of("again", "unchanged", "stable", "persists", "persistent",
            "decreased", "increased", "redemonstrated", "smaller", "larger");
    /** How far "previously" may stand before the finding it dates: "the previously described right vestibular schwannoma". */
    private static final int PREVIOUSLY_WORDS = 4;
    /** How far the date may stand after the event: "had a wound infection after your other knee replacement in 2019". */
    private static final int DATE_WORDS = 10;
    /** "had" does not name an event before these: "had been", "had no", "had to". */
    private static final Set<String> NOT_AN_EVENT = Set.of("been", "no", "not", "never", "to");
    /** Words of the present, which a past date beyond them does not reach: "had a fever this morning and a seizure in 2019". */
    private static final Set<String> PRESENT = Set.of("now", "today", "currently", "tonight", "yesterday", "recently");
    /** What "this" makes the present: "this morning", "this admission" (not "this same leg"). */
    private static final Set<String> PRESENT_TIMES = Set.of("morning", "afternoon", "evening", "week", "month", "year",
            "admission", "visit", "time", "hospitalization", "stay", "pregnancy", "episode");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    private static final Set<String> DECADES = Set.of("teens", "twenties", "thirties", "forties", "fifties", "sixties",
            "seventies", "eighties");
    /** Present times long enough to hold an earlier event: "earlier in this pregnancy". */
    private static final Set<String> LONG_PRESENT_TIMES = Set.of("pregnancy", "year", "month", "admission", "hospitalization");
    private static final Set<String> AGE_UNITS = Set.of("day", "days", "week", "weeks", "month", "months", "year", "years");
    /** Whose own event "after ..." names: "after your stroke in March". */
    private static final Set<String> PERSONAL_OWNERS = Set.of("your", "her", "his");
    private static final Set<String> OWNERS = Set.of("your", "her", "his", "my", "their", "the");
    /** What makes "after your ..." a past time: "after your last expander fill", "after your 2019 breast reduction". */
    private static final Set<String> PAST_ORDINALS = Set.of("first", "last", "previous", "prior", "earlier");
    private static final Set<String> EARLIER = Set.of("first", "second", "third", "last", "previous", "prior", "other", "older",
            "oldest", "eldest", "earlier");
    /** What may follow an adverb that closes its clause ("" for punctuation or the sentence's end). */
    private static final Set<String> CLAUSE_ENDS = Set.of("", "and", "so", "but");
    private static final Set<String> BIRTHS = Set.of("baby", "pregnancy", "child", "delivery", "birth", "son", "daughter");
    /** Good health or a history untold, named as a mention: no condition, so no context ("alive and well", "unknown"). */
    private static final Set<String> NO_CONDITION = Set.of("healthy", "well", "alive and well", "alive and healthy",
            "in good health", "a & w", "unremarkable", "otherwise unremarkable", "noncontributory", "non - contributory",
            "unknown", "family history", "maternal family history", "paternal family history", "maternal history",
            "paternal history", "adopted");
    private static final Set<String> FEMALE_PRONOUNS = Set.of("she", "her", "herself");
    private static final Set<String> MALE_PRONOUNS = Set.of("he", "his", "him", "himself");
    /** Words that make a relative the patient's, after which "her" or "he" may be the patient again. */
    private static final Set<String> PATIENT_OWNERS = Set.of("her", "his", "patient's", "pt's");
    /** Words that close a problem: "Delirium 1/2024 - resolved", "Latent TB - IGRA+ 2020, completed 3HP 2021", "quit 2010". */
    private static final Set<String> CLOSINGS = union(TREATMENTS, Set.of("resolved", "cleared", "completed", "quit"));
    /** How many words may open a list item before its problem: "Provoked LLE DVT (post-op 9/2024) - completed". */
    private static final int ITEM_OPENING_WORDS = 2;
    /** The verbs that open a new assertion unless a doubt about the whole clause governs them ("unclear whether"). */
    private static final Set<String> CLAUSE_VERBS = Set.of("is", "are", "was", "were", "has", "have", "had");

    private final TriggerLexicon lexicon;
    private final Set<String> femaleKin;
    private final Set<String> maleKin;

    private ContextClassifier(TriggerLexicon lexicon) {
        this.lexicon = lexicon;
        this.femaleKin = lexicon.macroWords("FEMALE_KIN");
        this.maleKin = lexicon.macroWords("MALE_KIN");
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
        if (datedPastEvent(tokens, first, last) || closedDatedProblem(tokens, first, last)) {
            traits.add(Assertion.HISTORICAL);
        }
        if (seenAgain(tokens, first, last)) {
            traits.remove(Assertion.HISTORICAL);
        }
        if (negatedByPrefix(sentence, tokens.get(first), targetBegin)) {
            traits.add(Assertion.NEGATION);
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
        boolean familyHeading = forward && category == Assertion.FAMILY && isHeading(tokens, trigger);
        int words = 0;
        int other = m + step;
        for (int i = forward ? trigger.last() + 1 : trigger.first() - 1; i != stop; i += step) {
            while (other >= 0 && other < matches.size()
                    && (forward ? matches.get(other).last() < i : matches.get(other).first() > i)) {
                other += step;
            }
            if ((!forward || i > trigger.last() + 1) && other >= 0 && other < matches.size() && matches.get(other).covers(i)
                    && terminates(tokens, matches.get(other), category, forward)
                    && !(category == Assertion.FAMILY && pronounOfTheRelative(tokens, trigger, matches.get(other)))
                    && !(forward && doubtsItsClause(tokens, trigger, matches.get(other)))) {
                return false;
            }
            Token token = tokens.get(i);
            if (token.type() == Token.Type.BOUNDARY && !(familyHeading && token.norm().equals(";"))
                    || token.type() == Token.Type.COLON && words > 0 && !familyHeading
                            && !colonListsWhatMayHappen(forward, category, words)
                    || !forward && words > 0 && (isSpacedDash(tokens, i) || doubtStopsAtComma(token, category))
                    || forward && (category == Assertion.LOW_CONFIDENCE || category == Assertion.HYPOTHETICAL)
                            && words > 0 && isSpacedDash(tokens, i)
                    || stopsAtComma && words > 0 && token.norm().equals(",")) {
                return false;
            }
            if (token.isWord()) {
                words++;
            }
        }
        TriggerLexicon.Entry entry = trigger.entry();
        return familyHeading || words <= (forward ? entry.forwardWindow() : entry.backwardWindow());
    }

    /**
     * "FHx: Father - sudden cardiac death at 41; autopsy showed HCM", "Mother - polycystic kidney
     * disease, on dialysis from age 54, died at 61 of a ruptured brain aneurysm": a family heading
     * (a colon or a spaced dash after it, or after a parenthesis: "Stepfather (not biologically
     * related):") that opens the line governs all of it, semicolons included and however long, as its
     * section would.
     */
    private static boolean isHeading(List<Token> tokens, TriggerLexicon.Match trigger) {
        for (int i = 0; i < trigger.first(); i++) {
            if (tokens.get(i).type() != Token.Type.PUNCTUATION) {
                return false;
            }
        }
        int next = afterAside(tokens, trigger.last() + 1);
        return next < tokens.size() && (tokens.get(next).type() == Token.Type.COLON || isSpacedDash(tokens, next));
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
     * "Mother had a PE during her second pregnancy and was found to be factor V Leiden heterozygous":
     * a pronoun of the relative's gender goes on speaking of the relative, unless the sentence has made
     * the relative the patient's ("her mother ..., she"), when the pronoun may be the patient again.
     */
    private boolean pronounOfTheRelative(List<Token> tokens, TriggerLexicon.Match relative,
                                                TriggerLexicon.Match terminator) {
        String pronoun = tokens.get(terminator.last()).norm();
        Set<String> kin = FEMALE_PRONOUNS.contains(pronoun) ? femaleKin : MALE_PRONOUNS.contains(pronoun) ? maleKin : Set.of();
        boolean ofThatGender = false;
        for (int i = relative.first(); i <= relative.last(); i++) {
            ofThatGender |= kin.contains(tokens.get(i).norm());
        }
        return ofThatGender && (relative.first() == 0 || !PATIENT_OWNERS.contains(wordAt(tokens, relative.first() - 1)));
    }

    /**
     * "It is unclear whether she has glaucoma", "unclear whether her late father's 'weak eyes' were glaucoma":
     * a doubt about a whole clause reaches past the clause's verb, which otherwise opens a new assertion.
     */
    private static boolean doubtsItsClause(List<Token> tokens, TriggerLexicon.Match trigger, TriggerLexicon.Match terminator) {
        return tokens.get(trigger.last()).norm().equals("whether") && terminator.first() == terminator.last()
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
     * "no" names one sign (an absence), so its negation ends with that item, not the list.
     */
    private boolean isWatchedFor(List<Token> tokens, List<TriggerLexicon.Match> matches, int negation) {
        TriggerLexicon.Match trigger = matches.get(negation);
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
        return token.norm().equals("-") && i > 0 && i + 1 < tokens.size()
                && tokens.get(i - 1).end() < token.begin() && tokens.get(i + 1).begin() > token.end();
    }

    /**
     * "Watch for bleeding: nosebleeds, blood in your urine": a colon after the short name of what may
     * happen lists its kinds, which may happen as much as the name does.
     */
    private static boolean colonListsWhatMayHappen(boolean forward, Assertion category, int wordsBeforeColon) {
        return forward && category == Assertion.HYPOTHETICAL && wordsBeforeColon <= LIST_NAME_WORDS;
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
            // and so does a purpose: "no lifting over 10 lb for 6 weeks to prevent an incisional hernia";
            // a relative named after a comma opens the relative's own assertion: "evaluate for BHD, mother had renal tumors"
            return forwardScope && category == Assertion.NEGATION
                    && (entry.categories().contains(Assertion.LOW_CONFIDENCE) && opensAClause(tokens, match.first())
                            || entry.categories().contains(Assertion.HYPOTHETICAL)
                                    && (entry.backward() || tokens.get(match.first()).norm().equals("to")))
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
     * never its context ("migraine without aura" is a migraine).
     */
    private Set<Assertion> leadingQualifier(List<Token> tokens, int first, int last) {
        TriggerLexicon.Match match = lexicon.longestAt(tokens, first, last);
        return match != null && match.last() < last && match.entry().kind() == TriggerLexicon.Kind.TRIGGER
                && match.entry().forward() ? match.entry().categories() : Set.of();
    }

    /**
     * "You had a wound infection after your knee replacement in 2019", "had a UTI at 6 months old",
     * "had a postpartum hemorrhage with your first baby", "have had kidney stones before", "developed a
     * blood clot after your C-section in 2016": an event the patient went through, dated to a past time,
     * is history; so is what a dated event was for ("had a BSO in 2021 for a benign dermoid cyst", "mantle
     * RT 1998 for Hodgkin lymphoma"); so is an event a year names ("an episode of bacterial peritonitis 2022",
     * "the 2016 lumpectomy", "she broke her wrist in a fall in 2020").
     * Neither the verb nor the date alone makes it so: "she had chest pain" is the present illness, and
     * "diagnosed with diabetes in 2015" is a diabetes that goes on.
     */
    private static boolean datedPastEvent(List<Token> tokens, int first, int last) {
        if (forAPastYear(tokens, first) || yearBefore(tokens, first)) {
            return true;
        }
        boolean eventAfter = EVENTS_AFTER.contains(wordAt(tokens, last + 1));
        if ((eventAfter || treatedWith(tokens, first)) && pastYearEarlierInClause(tokens, first)) {
            return true;
        }
        int event = EVENT_WORDS.contains(tokens.get(first).norm()) ? first : eventWordBefore(tokens, first, HAD_WORDS);
        if ((event >= 0 || eventAfter || afterYour(tokens, first))
                && pastDateAfter(tokens, last)) {
            return true;
        }
        event = eventWordBefore(tokens, first, DATED_EVENT_WORDS);
        boolean dated = false;
        for (int i = event + 1; event >= 0 && i < first; i++) {
            dated |= datesToThePast(tokens, i);
            if (dated && wordAt(tokens, i).equals("for")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Acute cellular rejection 2020, treated w/ thymo, resolved", "Neutropenic fever after C2 (6/2025) -
     * resolved": a list item whose problem is dated to a past year and closed is history. Without a year it
     * is a problem of this stay, closed during it ("Hyperkalemia, resolved", "Neutropenic fever 5/2 - resolved").
     */
    private static boolean closedDatedProblem(List<Token> tokens, int first, int last) {
        int words = 0;
        for (int i = 0; i < first; i++) {
            Token token = tokens.get(i);
            if (token.type() == Token.Type.BOUNDARY || token.type() == Token.Type.COLON) {
                words = 0;
            } else if (token.isWord() && !isAge(token.norm())) {
                words++;
            }
        }
        boolean dated = false;
        boolean closed = false;
        for (int i = last + 1; i < tokens.size() && tokens.get(i).type() != Token.Type.BOUNDARY; i++) {
            dated |= isYear(tokens.get(i).norm());
            closed |= CLOSINGS.contains(tokens.get(i).norm());
        }
        return words <= ITEM_OPENING_WORDS && dated && closed;
    }

    /**
     * "The previously described right vestibular schwannoma is again noted", "previously seen 3.2 cm hepatic
     * abscess has decreased to 1.1 cm": a finding seen before that the report finds again is present, not
     * history (as "the previously noted consolidation has resolved" is).
     */
    private static boolean seenAgain(List<Token> tokens, int first, int last) {
        boolean seenBefore = false;
        for (int i = first - 1, words = 0; i >= 0 && words <= PREVIOUSLY_WORDS && !seenBefore; i--) {
            seenBefore = tokens.get(i).norm().equals("previously");
            words += tokens.get(i).isWord() ? 1 : 0;
        }
        for (int i = last + 1; seenBefore && i < tokens.size() && tokens.get(i).type() != Token.Type.BOUNDARY; i++) {
            if (STILL_THERE.contains(tokens.get(i).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "RT 1998 for Hodgkin lymphoma": the mention is, within three words, what a problem list's dated item
     * was for. Only a bare year: "hospitalized in 2012 for pneumonia" is a date alone, as "diagnosed in 1995".
     */
    private static boolean forAPastYear(List<Token> tokens, int first) {
        for (int i = first - 1, words = 0; i >= 1 && words < 3; i--) {
            if (!tokens.get(i).isWord()) {
                return false;
            }
            if (tokens.get(i).norm().equals("for")) {
                return isYear(wordAt(tokens, i - 1)) && !NOT_BARE.contains(wordAt(tokens, i - 2));
            }
            words++;
        }
        return false;
    }

    /** "Prior ectopic pregnancy in 2019, treated with left salpingectomy": what an event was treated with. */
    private static boolean treatedWith(List<Token> tokens, int first) {
        for (int with = first - 1; with >= first - 2; with--) {
            if (wordAt(tokens, with).equals("with") && wordAt(tokens, with - 1).equals("treated")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Colonoscopy 2014 - 2 tubular adenomas removed", "Prior ectopic pregnancy in 2019, treated with": a year
     * before the mention within its clause, not one still to come ("due 2027").
     */
    private static boolean pastYearEarlierInClause(List<Token> tokens, int first) {
        for (int i = first - 1; i >= 0 && tokens.get(i).type() != Token.Type.BOUNDARY; i--) {
            if (isYear(tokens.get(i).norm()) && !FUTURE_MARKS.contains(wordAt(tokens, i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** "dysphagia after your stroke in March": what came after the patient's own event is dated by that event's date. */
    private static boolean afterYour(List<Token> tokens, int first) {
        return wordAt(tokens, first - 2).equals("after") && PERSONAL_OWNERS.contains(wordAt(tokens, first - 1));
    }

    /** "at the site of the 2016 lumpectomy": a year that qualifies the mention dates it. */
    private static boolean yearBefore(List<Token> tokens, int first) {
        return first >= 2 && isYear(wordAt(tokens, first - 1)) && OWNERS.contains(wordAt(tokens, first - 2));
    }

    /** Where the word of an event stands before the mention, at most {@code maxWords} words before it; -1 if nowhere. */
    private static int eventWordBefore(List<Token> tokens, int first, int maxWords) {
        int words = 0;
        for (int i = first - 1; i >= 0 && words <= maxWords; i--) {
            Token token = tokens.get(i);
            if (token.type() == Token.Type.BOUNDARY || token.type() == Token.Type.COLON || PRESENT.contains(token.norm())) {
                return -1;
            }
            if (token.isWord()) {
                if (EVENT_WORDS.contains(token.norm())) {
                    return NOT_AN_EVENT.contains(wordAt(tokens, i + 1)) ? -1 : i;
                }
                words++;
            }
        }
        return -1;
    }

    private static boolean pastDateAfter(List<Token> tokens, int last) {
        int words = 0;
        for (int i = last + 1; i < tokens.size() && words < DATE_WORDS; i++) {
            Token token = tokens.get(i);
            if (earlierInThis(tokens, i) || i == last + 1 && isYear(token.norm())) {
                return true;
            }
            if (token.type() == Token.Type.BOUNDARY || PRESENT.contains(token.norm())
                    || token.norm().equals("this") && PRESENT_TIMES.contains(wordAt(tokens, i + 1))) {
                return false;
            }
            if (token.isWord()) {
                if (datesToThePast(tokens, i)) {
                    return true;
                }
                words++;
            }
        }
        return false;
    }

    /**
     * "in 2019", "in March", "in her 20s", "in your 2021 pregnancy", "in her first week", "in your first
     * pregnancy", "at age 28", "at the age of 28", "at 6 months old", "with your first baby", "after your
     * first baby", and "before" closing its clause ("you have had kidney stones before, so ...").
     */
    private static boolean datesToThePast(List<Token> tokens, int i) {
        return switch (tokens.get(i).norm()) {
            case "before" -> CLAUSE_ENDS.contains(wordAt(tokens, i + 1));
            case "in" -> isYear(wordAt(tokens, i + 1)) || MONTHS.contains(wordAt(tokens, i + 1))
                    || OWNERS.contains(wordAt(tokens, i + 1)) && (isYear(wordAt(tokens, i + 2)) || isDecade(tokens, i + 2)
                            || EARLIER.contains(wordAt(tokens, i + 2))
                                    && (AGE_UNITS.contains(wordAt(tokens, i + 3)) || BIRTHS.contains(wordAt(tokens, i + 3))));
            case "at" -> wordAt(tokens, i + 1).equals("age") && isAge(wordAt(tokens, i + 2))
                    || wordAt(tokens, i + 1).equals("the") && wordAt(tokens, i + 2).equals("age")
                            && wordAt(tokens, i + 3).equals("of") && isAge(wordAt(tokens, i + 4))
                    || isAge(wordAt(tokens, i + 1)) && AGE_UNITS.contains(wordAt(tokens, i + 2))
                            && (wordAt(tokens, i + 3).equals("old") || i + 3 < tokens.size() && !tokens.get(i + 3).isWord()
                                    || wordAt(tokens, i + 3).equals("of") && wordAt(tokens, i + 4).equals("age"));
            case "with" -> OWNERS.contains(wordAt(tokens, i + 1)) && EARLIER.contains(wordAt(tokens, i + 2))
                    && BIRTHS.contains(wordAt(tokens, i + 3));
            case "after" -> OWNERS.contains(wordAt(tokens, i + 1))
                    && (isYear(wordAt(tokens, i + 2)) || PAST_ORDINALS.contains(wordAt(tokens, i + 2)));
            default -> false;
        };
    }

    /** "earlier in this pregnancy", "earlier this year": a past time within a present one. */
    private static boolean earlierInThis(List<Token> tokens, int i) {
        if (!wordAt(tokens, i).equals("earlier")) {
            return false;
        }
        int next = wordAt(tokens, i + 1).equals("in") ? i + 2 : i + 1;
        return wordAt(tokens, next).equals("this") && LONG_PRESENT_TIMES.contains(wordAt(tokens, next + 1));
    }

    /** "20s" (read as "20" and "s"), "teens", "forties": a decade of life. */
    private static boolean isDecade(List<Token> tokens, int i) {
        String word = wordAt(tokens, i);
        return DECADES.contains(word) || word.matches("[1-9]0") && wordAt(tokens, i + 1).equals("s");
    }

    private static Set<String> union(Set<String> some, Set<String> others) {
        Set<String> all = new HashSet<>(some);
        all.addAll(others);
        return Set.copyOf(all);
    }

    private static String wordAt(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() && tokens.get(i).isWord() ? tokens.get(i).norm() : "";
    }

    /** A whole number of at most three digits: an age in years, months or days ("at age 28", "at 6 months old"). */
    private static boolean isAge(String word) {
        return !word.isEmpty() && word.length() <= 3 && word.chars().allMatch(Character::isDigit);
    }

    private static boolean isYear(String word) {
        return word.length() == 4 && (word.startsWith("19") || word.startsWith("20")) && word.chars().allMatch(Character::isDigit);
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
