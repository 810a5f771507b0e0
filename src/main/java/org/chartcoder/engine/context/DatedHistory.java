package org.chartcoder.engine.context;

import static org.chartcoder.engine.context.Words.ARTICLES;
import static org.chartcoder.engine.context.Words.CLAUSE_ENDS;
import static org.chartcoder.engine.context.Words.isAge;
import static org.chartcoder.engine.context.Words.wordAt;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The dates around a mention that make it history, read apart from the trigger scopes: an event the
 * patient went through, dated to a past time ("had a UTI at 6 months old", "an empyema drained in
 * 2022"), and a list item dated to a past year and closed ("Delirium 1/2024 - resolved"); and what
 * undoes such a reading, a finding seen before that a report finds again.
 */
final class DatedHistory {

    /** How far "had" may stand before the event it dates: "had a benign breast biopsy (fibroadenoma)". */
    private static final int HAD_WORDS = 5;
    /** How far "had" may stand before what a dated event was for: "had a BSO in 2021 for a benign dermoid cyst". */
    private static final int DATED_EVENT_WORDS = 10;
    /** How far before an aside the date of the event it names may start: "at 10 months (", "in 2022 (". */
    private static final int DATE_BEFORE_ASIDE = 4;
    private static final Set<String> ASIDE_ENDS = Set.of("(", ")");
    /**
     * What ties a dated event to the mention after it: "had a BSO in 2021 for a cyst", "a D&C in 2017 after a
     * miscarriage", "had a seizure in 2024 from methotrexate neurotoxicity", "had a tonsillectomy at age 6
     * complicated by delayed bleeding", "Atorvastatin was stopped in 2022 because of myalgias".
     */
    private static final Set<String> DATED_EVENT_PURPOSES = Set.of("for", "after", "from", "complicated", "because");
    /**
     * A stay, which a calendar date ties to what the patient was there with ("in the hospital in January with hepatic
     * encephalopathy") or to the episode it was for ("admitted in January for a heart failure exacerbation"; "admitted
     * in 2015 for left main disease" names a disease that goes on, and "admitted after your first seizure" this stay).
     */
    private static final Set<String> STAYS = Set.of("admitted", "hospital");
    /** The words that open a calendar date: "in 2019", "in January", "last February", "on 03/14/2023". */
    private static final Set<String> CALENDAR_DATINGS = Set.of("in", "last", "on");
    /** What ties a problem list's dated item to what it was for or came from: "RT 1998 for", "UGIB 4/2024 from". */
    private static final Set<String> DATED_ITEM_CAUSES = Set.of("for", "from");
    /** Words that make what they qualify still to come: "colonoscopy due in 2029", "next colonoscopy in 2029". */
    private static final Set<String> TO_COME = Set.of("due", "next", "planned", "scheduled");
    /** Words that make a year one still to come: "due 2027", "next colonoscopy 2029". */
    private static final Set<String> FUTURE_MARKS = union(TO_COME, Set.of("until", "by"));
    /** Words that make a year more than a problem list's date: "in 2012", "due 2027", "on SSDI since 2019 for". */
    private static final Set<String> NOT_BARE = union(FUTURE_MARKS, Set.of("in", "since"));
    /**
     * Words of an event the patient went through, which a past date makes history: "had", "an episode of",
     * "completed four months of rifampin for latent TB in 2019", "finished radiation for Hodgkin lymphoma in 2011", "used
     * phentermine-fenfluramine for weight loss in 1997", "hospitalized for status epilepticus in 2021", "injured her back
     * lifting a patient in 2010", "caught COVID from her son in 2022", "quit smoking in 2010", "s/p right below-knee
     * amputation in 2018 for frostbite".
     */
    private static final Set<String> EVENT_WORDS = Set.of("had", "developed", "needed", "required", "underwent",
            "suffered", "treated", "episode", "passed", "broke", "swallowed", "dislocated", "completed", "finished", "used",
            "hospitalized", "injured", "caught", "contracted", "quit", "tried", "attempted", "stopped", "s/p");
    /** What a dated event that the mention was for or came with may open with: an event or a stay. */
    private static final Set<String> EVENTS_OR_STAYS = union(EVENT_WORDS, STAYS);
    /** Episodes a past date makes history by themselves: "anaphylaxis 2019", "Vancomycin infusion reaction 2023". */
    private static final Set<String> REACTIONS = Set.of("anaphylaxis", "reaction", "reactions", "attack", "flare", "rash",
            "hives", "exacerbation", "attempt", "attempts");
    /** What takes a problem away, so that a past date makes it history: "Colonoscopy 2014 - 2 tubular adenomas removed". */
    private static final Set<String> TREATMENTS = Set.of("removed", "repaired", "resected", "excised", "dilated");
    /** A stay or treatment right after the mention, which a past date makes history: "an empyema drained in 2022". */
    private static final Set<String> EVENTS_AFTER = union(TREATMENTS,
            Set.of("drained", "admission", "admissions", "hospitalization", "hospitalizations"));
    /** What says a finding seen before is still there: "is again noted", "unchanged", "has decreased to 1.1 cm". */
    private static final Set<String> STILL_THERE = Set.of("again", "unchanged", "stable", "persists", "persistent",
            "decreased", "increased", "redemonstrated", "smaller", "larger");
    /** How many words may name the site between an injury and its year: "to the right leg". */
    private static final int SITE_WORDS = 4;
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
    /** A month as a problem list shortens it: "(Jan 2024)". */
    private static final Set<String> MONTH_ABBREVIATIONS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");
    private static final Set<String> DECADES = Set.of("teens", "twenties", "thirties", "forties", "fifties", "sixties",
            "seventies", "eighties");
    /** A decade written as a number before "s": "20s". */
    private static final Pattern DECADE_NUMBER = Pattern.compile("[1-9]0");
    /** A part of a decade of life: "in her early twenties", "in his late 30s". */
    private static final Set<String> DECADE_PARTS = Set.of("early", "mid", "late");
    /** A month written as a number before "/" and a year: "01/2023", "3/2024". */
    private static final Pattern MONTH_NUMBER = Pattern.compile("0?[1-9]|1[0-2]");
    /** A day of the month in a full date: "03/14/2023", "March 14, 2023". */
    private static final Pattern DAY_NUMBER = Pattern.compile("0?[1-9]|[12][0-9]|3[01]");
    /** The eye a problem list's item names after it: "NAION OD (2021)". */
    private static final Set<String> EYES = Set.of("od", "os", "ou");
    /** A count of episodes: "x2". */
    private static final Pattern COUNT = Pattern.compile("x[1-9][0-9]?");
    /** The number of a count written apart: "x 2". */
    private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]?");
    /** A school grade, by number or by word: "in 8th grade", "in third grade". */
    private static final Pattern GRADE_NUMBER = Pattern.compile("([1-9]|1[0-2])(st|nd|rd|th)");
    private static final Set<String> GRADE_WORDS = Set.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth");
    private static final Set<String> SEASONS = Set.of("spring", "summer", "fall", "autumn", "winter");
    /** "had a fall at home last year": the times before this one that "last" names (not "last night" or "last week"). */
    private static final Set<String> LAST_PAST_TIMES = union(union(MONTHS, SEASONS), Set.of("month", "year"));
    /** A time a finding is compared with, not dated to: "about the same as last year", "better than last year". */
    private static final Set<String> COMPARED = Set.of("as", "than", "since", "from");
    /** Present times long enough to hold an earlier event: "earlier in this pregnancy". */
    private static final Set<String> LONG_PRESENT_TIMES = Set.of("pregnancy", "year", "month", "admission", "hospitalization");
    /**
     * What may follow an age an event is dated to: "had RSV bronchiolitis at 2 months requiring PICU admission", and
     * "and" after months or years ("a single febrile seizure at 18 months and none since"; "a miscarriage at 8 weeks and"
     * dates the pregnancy).
     */
    private static final Set<String> AFTER_AN_AGE = Set.of("requiring", "with", "that", "which");
    private static final Set<String> LONG_AGE_UNITS = Set.of("month", "months", "year", "years");
    private static final Set<String> AGE_UNITS = Set.of("day", "days", "week", "weeks", "month", "months", "year", "years");
    /** Years ago are the past ("a jaw infection ... 2 years ago"); days ago are this illness ("started 5 days ago"). */
    private static final Set<String> YEARS = Set.of("year", "years", "yr", "yrs");
    /** What comes of an earlier event of the patient's: "after your stroke", "from your hysterectomy". */
    private static final Set<String> AFTER_AN_EVENT = Set.of("after", "from");
    /** Whose own event "after ..." names: "after your stroke in March". */
    private static final Set<String> PERSONAL_OWNERS = Set.of("your", "her", "his");
    /** Events of which "after past ..." names the earlier ones: "bad nausea after past surgeries". */
    private static final Set<String> PAST_EVENTS = Set.of("surgeries", "surgery", "anesthetics", "anesthesia", "procedures",
            "pregnancies", "deliveries", "operations");
    /** "was treated", "were treated": an event the patient went through, in a clause after it. */
    private static final Set<String> BE_PAST = Set.of("was", "were");
    /** Who went through an event, in a clause after it: "the reaction you had in 2016". */
    private static final Set<String> SUBJECTS = Set.of("you", "she", "he");
    private static final Set<String> OWNERS = Set.of("your", "her", "his", "my", "their", "the");
    /** What makes an event one of others before it: "last exacerbation 01/2023", "an earlier miscarriage in 2021". */
    private static final Set<String> AFTER_OTHERS = Set.of("last", "previous", "prior", "earlier");
    /** What makes "after your ..." a past time: "after your last expander fill", "after her second pregnancy". */
    private static final Set<String> PAST_ORDINALS = union(AFTER_OTHERS, Set.of("first", "second", "third"));
    private static final Set<String> EARLIER = union(PAST_ORDINALS, Set.of("other", "older", "oldest", "eldest"));
    private static final Set<String> BIRTHS = Set.of("baby", "pregnancy", "child", "delivery", "birth", "son", "daughter");
    /**
     * Words that close a problem: "Delirium 1/2024 - resolved", "Latent TB - IGRA+ 2020, completed 3HP 2021",
     * "Vit D deficiency (2023) - repleted", "MIS L shoulder (2016) s/p WLE, NED", "Macular hole OD s/p PPV/gas
     * 2021, closed".
     */
    private static final Set<String> CLOSINGS = union(TREATMENTS,
            Set.of("resolved", "cleared", "completed", "quit", "repleted", "ned", "closed", "treated", "healed",
                    "cured", "svr", "svr12"));
    /**
     * How many words may open a list item or a sentence before its problem: "Provoked LLE DVT (post-op 9/2024) -
     * completed", "The patient's first depressive episode in 2016 resolved with fluoxetine".
     */
    private static final int ITEM_OPENING_WORDS = 3;
    /** What keeps a treatment going: "is treated with", "being treated". */
    private static final Set<String> STILL_BEING = Set.of("is", "are", "being");
    /** What joins the years of a span: "2008 to 2014", "2001-2009". */
    private static final Set<String> SPAN_MARKS = Set.of("to", "-", "through", "until");
    /** Words that date a treatment's start: "Apixaban was started for atrial fibrillation in 2022". */
    private static final Set<String> STARTED = Set.of("started", "began", "begun");
    /** Words that date when a problem began or was found, not an event: "diagnosed in 2019", "first noted in 2021". */
    private static final Set<String> FOUND_OR_BEGUN = union(STARTED, Set.of("diagnosed", "dx", "onset", "noted", "found", "seen",
            "detected", "identified", "discovered", "since"));
    /** What keeps a dated list item going: "Unprovoked left popliteal DVT 03/2024 - active". */
    private static final Set<String> GOING_ON = Set.of("active", "ongoing", "current");
    /** What a test dated by a year found: "Patient's mammogram 2/2024 was normal". */
    private static final Set<String> TEST_RESULTS = Set.of("normal", "negative", "unremarkable");
    /** Words of the patient's own age that date a mention: "sexual abuse in childhood". */
    private static final List<List<String>> OWN_PAST_TIMES = List.of(List.of("in", "childhood"), List.of("in", "infancy"),
            List.of("as", "a", "child"));
    /** The longest age that opens a clause: "At the age of 6". */
    private static final int OPENING_AGE_TOKENS = 5;
    /** Where the next problem's own history begins: "Left neck mass, history of tonsil cancer treated in 2020". */
    private static final Set<String> HISTORY_WORDS = Set.of("history", "hx", "h/o");

    private DatedHistory() {
    }

    /** Whether a past date or a closed, dated list item makes the mention at tokens {@code [first, last]} history. */
    static boolean isDatedHistory(List<Token> tokens, int first, int last) {
        return datedPastEvent(tokens, first, last) || closedDatedProblem(tokens, first, last)
                || noneSinceItsDate(tokens, last) || namesPartOfADatedEvent(tokens, first);
    }

    /** A word, or punctuation other than a parenthesis ("risk-reducing"): what an aside's text is made of. */
    private static boolean insideAnAside(Token token) {
        return token.type() == Token.Type.WORD
                || token.type() == Token.Type.PUNCTUATION && !ASIDE_ENDS.contains(token.norm());
    }

    /** Where the aside opened at {@code open} stops: its ")" when it is closed, else the first token that is no aside text. */
    private static int asideEnd(List<Token> tokens, int open) {
        int i = open + 1;
        while (i < tokens.size() && insideAnAside(tokens.get(i))) {
            i++;
        }
        return i;
    }

    /**
     * "He had a reaction to cashew at age 2 (vomiting and lip swelling)", "You had your tubes and ovaries removed in 2022
     * (risk-reducing salpingo-oophorectomy)": an aside right after a dated past event names what it was.
     */
    private static boolean namesPartOfADatedEvent(List<Token> tokens, int first) {
        int open = first - 1;
        while (open >= 0 && insideAnAside(tokens.get(open))) {
            open--;
        }
        if (open < 1 || !tokens.get(open).norm().equals("(")) {
            return false;
        }
        int event = eventWordBefore(tokens, open, DATED_EVENT_WORDS);
        for (int i = Math.max(event + 1, open - DATE_BEFORE_ASIDE); event >= 0 && i < open; i++) {
            if (datesToThePast(tokens, i)) {
                return true;
            }
        }
        return false;
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
        if (forAPastYear(tokens, first) || yearBefore(tokens, first) || datedRightAfter(tokens, first, last)
                || datedByItsClause(tokens, last) || duringAPastYear(tokens, last) || datedInAYear(tokens, first, last)
                || withAPastSpan(tokens, first) || datedRightAfterIt(tokens, first, last)
                || endsWithItsPastTime(tokens, first, last) || datedBeforeItsEvent(tokens, first)) {
            return true;
        }
        boolean eventAfter = EVENTS_AFTER.contains(wordAt(tokens, last + 1));
        if ((eventAfter || treatedWith(tokens, first)) && pastYearEarlierInClause(tokens, first)) {
            return true;
        }
        boolean episode = REACTIONS.contains(tokens.get(last).norm());
        int event = EVENT_WORDS.contains(tokens.get(first).norm()) ? first
                : eventWordBefore(tokens, first, isAside(tokens, first, last) ? DATED_EVENT_WORDS : HAD_WORDS);
        if ((event >= 0 || eventAfter || afterYour(tokens, first) || countedEvent(tokens, first) || episode)
                && pastDateAfter(tokens, last)) {
            return true;
        }
        event = eventWordBefore(tokens, first, DATED_EVENT_WORDS, EVENTS_OR_STAYS);
        while (event >= 0 && STAYS.contains(tokens.get(event).norm()) && !isAStay(tokens, event)) {
            event = eventWordBefore(tokens, event, DATED_EVENT_WORDS, EVENTS_OR_STAYS);
        }
        boolean stay = event >= 0 && STAYS.contains(tokens.get(event).norm());
        boolean dated = false;
        boolean purpose = false;
        for (int i = event + 1; event >= 0 && i < first; i++) {
            // a comma closes a dated phrase: "Because your brother had colon cancer at age 48, you are due for a
            // colonoscopy", and what it was for: "You had C. diff colitis in 2019 after antibiotics, so report loose
            // stools"
            boolean comma = tokens.get(i).norm().equals(",");
            dated = (dated && !comma)
                    || datesToThePast(tokens, i) && (!stay || CALENDAR_DATINGS.contains(tokens.get(i).norm()));
            purpose = (purpose && !comma) || dated && (stay ? wordAt(tokens, i).equals("with")
                    || wordAt(tokens, i).equals("for") && episode
                    : DATED_EVENT_PURPOSES.contains(wordAt(tokens, i)));
        }
        return purpose;
    }

    /**
     * "Acute cellular rejection 2020, treated w/ thymo, resolved", "Latent TB, treated (4 mo rifampin, 2020)",
     * "Neutropenic fever after C2 (6/2025) - resolved", "COVID-19 myocarditis (2021) - no residual LV dysfunction":
     * a list item whose problem is dated to a past year and closed is history. Without a year it is a problem of
     * this stay, closed during it ("Hyperkalemia, resolved", "Neutropenic fever 5/2 - resolved").
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
        for (int i = last + 1; i < tokens.size() && tokens.get(i).type() != Token.Type.BOUNDARY
                && !HISTORY_WORDS.contains(tokens.get(i).norm()); i++) {
            dated |= isYear(tokens.get(i).norm());
            closed |= CLOSINGS.contains(tokens.get(i).norm()) && !isStillTreated(tokens, i)
                    || tokens.get(i).norm().equals("residual") && wordAt(tokens, i - 1).equals("no");
        }
        return words <= ITEM_OPENING_WORDS && dated && closed;
    }

    /** "is treated with droxidopa", "being treated": a treatment that goes on closes nothing. */
    private static boolean isStillTreated(List<Token> tokens, int i) {
        return tokens.get(i).norm().equals("treated") && STILL_BEING.contains(wordAt(tokens, i - 1));
    }

    /**
     * "Febrile seizure x1 at 18 months, none since", "Kidney stones x2 (2008, 2012), none since": an episode dated to
     * the past with none after it is history ("vomited once right after the fall, none since" is today's).
     */
    private static boolean noneSinceItsDate(List<Token> tokens, int last) {
        boolean dated = false;
        for (int i = last + 1; i + 1 < tokens.size() && tokens.get(i).type() != Token.Type.BOUNDARY; i++) {
            dated |= datesToThePast(tokens, i) || startsADate(tokens, i);
            if (dated && tokens.get(i).norm().equals("none") && tokens.get(i + 1).norm().equals("since")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The previously described right vestibular schwannoma is again noted", "previously seen 3.2 cm hepatic
     * abscess has decreased to 1.1 cm": a finding seen before that the report finds again is present, not
     * history (as "the previously noted consolidation has resolved" is).
     */
    static boolean isSeenAgain(List<Token> tokens, int first, int last) {
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
     * "RT 1998 for Hodgkin lymphoma", "UGIB 4/2024 from duodenal ulcer", "Prior LTCS x1 (2019, for NRFHT)", "Status
     * post left TMJ total joint replacement (2018) for ankylosis": the mention is, within three words, what a problem
     * list's dated item was for or came from. Only a bare year: "hospitalized in 2012 for pneumonia" is a date alone,
     * as "diagnosed in 1995"; and a comma after the year only in parentheses: "consulted ... in May 2000, for lower
     * urinary tract infection" is the story's start.
     */
    private static boolean forAPastYear(List<Token> tokens, int first) {
        for (int i = first - 1, words = 0; i >= 1 && words < 3; i--) {
            if (!tokens.get(i).isWord()) {
                return false;
            }
            if (DATED_ITEM_CAUSES.contains(tokens.get(i).norm())) {
                boolean afterComma = tokens.get(i - 1).norm().equals(",");
                boolean afterAside = tokens.get(i - 1).norm().equals(")");
                int year = afterComma || afterAside ? i - 2 : i - 1;
                return isYear(wordAt(tokens, year)) && !NOT_BARE.contains(wordAt(tokens, year - 1))
                        && (!afterComma && !afterAside || year > 0 && tokens.get(year - 1).norm().equals("("));
            }
            words++;
        }
        return false;
    }

    /**
     * "admitted", "in the hospital", "in hospital": a stay of the patient's; "came to our hospital in March 2005 with"
     * and "diagnosed in another hospital in 2000 with" name where a story starts.
     */
    private static boolean isAStay(List<Token> tokens, int stay) {
        return tokens.get(stay).norm().equals("admitted") || wordAt(tokens, stay - 1).equals("in")
                || wordAt(tokens, stay - 1).equals("the") && wordAt(tokens, stay - 2).equals("in");
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

    /**
     * "dysphagia after your stroke in March", "scar tissue from your hysterectomy in 2012": what came after the
     * patient's own event is dated by that event's date.
     */
    private static boolean afterYour(List<Token> tokens, int first) {
        return AFTER_AN_EVENT.contains(wordAt(tokens, first - 2)) && PERSONAL_OWNERS.contains(wordAt(tokens, first - 1));
    }

    /** Past a count of episodes at {@code i}, "x2" or "x 2", or {@code i} when there is none. */
    private static int afterACount(List<Token> tokens, int i) {
        String word = wordAt(tokens, i);
        if (COUNT.matcher(word).matches()) {
            return i + 1;
        }
        return word.equals("x") && NUMBER.matcher(wordAt(tokens, i + 1)).matches() ? i + 2 : i;
    }

    /**
     * "last exacerbation 01/2023", "your last flare was in January", "an earlier miscarriage in 2021": an event
     * placed after others of its kind, which a date places in the past. Not "first": "presents with a first
     * unprovoked seizure at age 19" is this visit's.
     */
    private static boolean countedEvent(List<Token> tokens, int first) {
        return AFTER_OTHERS.contains(wordAt(tokens, first)) || AFTER_OTHERS.contains(wordAt(tokens, first - 1));
    }

    /**
     * "Your heart attack in 2016 left a scar", "Your urinary tract infection last month was treated", "Recurrent typical AFL
     * after CTI ablation in 2019", "failed back surgery syndrome after an L4-S1 fusion in 2019", "your left hip
     * replacement from 2016": the patient's own event, or the one something came after, dated to the past right after
     * it by "in", "last" or "from" ("no change in your kidney function after the first doses" dates no event).
     */
    private static boolean datedRightAfter(List<Token> tokens, int first, int last) {
        String before = wordAt(tokens, first - 1);
        String dating = wordAt(tokens, last + 1);
        boolean cameAfter = before.equals("after")
                || ARTICLES.contains(before) && wordAt(tokens, first - 2).equals("after");
        return (PERSONAL_OWNERS.contains(before) || cameAfter)
                && ((dating.equals("in") || dating.equals("last")) && datesToThePast(tokens, last + 1)
                        || dating.equals("from") && isYear(wordAt(tokens, last + 2)));
    }

    /**
     * "withdrawal seizures in 2021", "Tricuspid valve endocarditis (MSSA) in 2020, s/p 6 weeks of cefazolin", "adenomas
     * on colonoscopy in 2019": a mention put in a year, or a month of one, by "in" right after it (past an aside and two
     * words at most, or four naming where an injury struck: "a crush injury to the right leg in 2015") is an event of
     * that time. Not when those words date its start or its finding instead ("heart failure
     * was diagnosed in 2019 and is now managed at home"), nor a treatment's start ("Apixaban was started for atrial
     * fibrillation in 2022"), nor what is still to come ("next colonoscopy in 2029", "colonoscopy due in 2029"). So are
     * events of more than one past age: "two febrile seizures at ages 2 and 3".
     */
    private static boolean datedInAYear(List<Token> tokens, int first, int last) {
        if (STARTED.contains(wordAt(tokens, first - 2)) || STARTED.contains(wordAt(tokens, first - 3))
                || TO_COME.contains(wordAt(tokens, first - 1))) {
            return false;
        }
        int i = last + 1;
        if (isPunctuation(tokens, i, "(")) {
            int close = asideEnd(tokens, i);
            if (!isPunctuation(tokens, close, ")")) {
                return false;
            }
            i = close + 1;
        }
        int between = wordAt(tokens, i).equals("to") ? SITE_WORDS : 2;
        for (int words = 0; words < between && i < tokens.size() && tokens.get(i).isWord()
                && !tokens.get(i).norm().equals("in") && !atAges(tokens, i);
                words++, i++) {
            if (FOUND_OR_BEGUN.contains(tokens.get(i).norm()) || TO_COME.contains(tokens.get(i).norm())) {
                return false;
            }
        }
        return wordAt(tokens, i).equals("in") && startsADate(tokens, i + 1)
                || atAges(tokens, i) && isAge(wordAt(tokens, i + 2));
    }

    private static boolean atAges(List<Token> tokens, int i) {
        return wordAt(tokens, i).equals("at") && wordAt(tokens, i + 1).equals("ages");
    }

    /**
     * "battery recycling plant from 2008 to 2014, with documented lead exposure", "Army 2001-2009 with blast exposure":
     * what came with a span of past years, earlier in the clause, is of that time.
     */
    private static boolean withAPastSpan(List<Token> tokens, int first) {
        int with = wordAt(tokens, first - 1).equals("with") ? first - 1 : wordAt(tokens, first - 2).equals("with") ? first - 2 : -1;
        for (int i = with - 1; with >= 0 && i >= 2 && tokens.get(i).type() != Token.Type.BOUNDARY; i--) {
            if (isYear(wordAt(tokens, i)) && SPAN_MARKS.contains(tokens.get(i - 1).norm()) && isYear(wordAt(tokens, i - 2))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Left hip fracture 2020, s/p ORIF", "NSAID-induced gastric ulcer 2019 - NSAIDs contraindicated", "Breakthrough seizure
     * 5/2024 in setting of missed doses", "NMS (2012, haloperidol)", "OLT 2018 for NASH cirrhosis": a problem dated by
     * the year right after it (past an aside, or in parentheses) is an event of that year, as in 712 of 716 such mentions
     * of sets 1 to 939 (past the eye it struck: "Optic neuritis OS (2016), recovered to 20/20"), and so is one whose
     * aside dates it ("SSRI-induced hyponatremia (Na 121 in 2021) - avoid citalopram", "Hemoptysis x1 (Jan 2024),
     * self-limited"), or whose count stands before the year ("Gestational diabetes x2 (2004, 2007)"); not one its item
     * keeps going ("DVT 03/2024 - active", "LLE DVT (01/2024), provoked - on apixaban"), nor a test and its result
     * ("mammogram 2/2024 was normal").
     */
    private static boolean datedRightAfterIt(List<Token> tokens, int first, int last) {
        int i = afterACount(tokens, EYES.contains(wordAt(tokens, last + 1)) ? last + 2 : last + 1);
        boolean datedAside = false;
        if (isPunctuation(tokens, i, "(") && !startsADate(tokens, i + 1)) {
            int close = asideEnd(tokens, i);
            datedAside = close == i + 3 && isMonthName(wordAt(tokens, i + 1)) && isYear(wordAt(tokens, i + 2));
            for (int j = i + 1; j < close; j++) {
                datedAside |= wordAt(tokens, j).equals("in") && startsADate(tokens, j + 1);
            }
            i = isPunctuation(tokens, close, ")") ? close + 1 : tokens.size();
        }
        if (!datedAside && (isPunctuation(tokens, i, "(") || isPunctuation(tokens, i, ","))) {
            i++;
        }
        if (!datedAside && !startsADate(tokens, i) || TO_COME.contains(wordAt(tokens, first - 1))) {
            return false;
        }
        int afterDate = datedAside ? i : dateEnd(tokens, i);
        String verb = wordAt(tokens, afterDate);
        if ((STILL_BEING.contains(verb) || BE_PAST.contains(verb)) && TEST_RESULTS.contains(wordAt(tokens, afterDate + 1))) {
            return false;
        }
        for (int j = afterDate; j < tokens.size() && tokens.get(j).type() != Token.Type.BOUNDARY; j++) {
            if (GOING_ON.contains(tokens.get(j).norm()) || tokens.get(j).norm().equals("-") && wordAt(tokens, j + 1).equals("on")) {
                return false;
            }
        }
        return true;
    }

    /** "She reports sexual abuse in childhood": a mention whose own last words put it in the patient's past. */
    private static boolean endsWithItsPastTime(List<Token> tokens, int first, int last) {
        for (List<String> time : OWN_PAST_TIMES) {
            int start = last - time.size() + 1;
            boolean ends = start > first;
            for (int k = 0; ends && k < time.size(); k++) {
                ends = time.get(k).equals(tokens.get(start + k).norm());
            }
            if (ends) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the severe blistering skin reaction (SJS) you had in 2016", "the Lyme disease you were treated for in 2019": the
     * clause after the mention says the patient went through it at a past time.
     */
    private static boolean datedByItsClause(List<Token> tokens, int last) {
        int next = last + 1;
        while (next < tokens.size() && tokens.get(next).norm().equals(")")) {
            next++;
        }
        if (SUBJECTS.contains(wordAt(tokens, next))) {
            next++;
        }
        if (BE_PAST.contains(wordAt(tokens, next)) && wordAt(tokens, next + 1).equals("treated")) {
            next++;
        }
        return (wordAt(tokens, next).equals("had") || wordAt(tokens, next).equals("treated")) && pastDateAfter(tokens, next);
    }

    /**
     * "In 2019 she had a severe reaction to haloperidol", "HPI: At age 6 she developed an itchy rash": a clause opened by
     * a past date makes its event of that time.
     */
    private static boolean datedBeforeItsEvent(List<Token> tokens, int first) {
        int event = eventWordBefore(tokens, first, HAD_WORDS);
        if (event < 1) {
            return false;
        }
        int end = SUBJECTS.contains(wordAt(tokens, event - 1)) ? event - 1 : event;
        if (end > 0 && isPunctuation(tokens, end - 1, ",")) {
            end--;
        }
        int open = end;
        while (open > 0 && tokens.get(open - 1).type() != Token.Type.BOUNDARY
                && tokens.get(open - 1).type() != Token.Type.COLON) {
            open--;
        }
        if (open == end) {
            return false;
        }
        return switch (tokens.get(open).norm()) {
            case "in" -> startsADate(tokens, open + 1) && dateEnd(tokens, open + 1) == end;
            case "at" -> end - open <= OPENING_AGE_TOKENS && datesToThePast(tokens, open);
            default -> false;
        };
    }

    /** Where the year or month/year starting at {@code i} ends (exclusive): "2019", "03/2024". */
    private static int dateEnd(List<Token> tokens, int i) {
        return isYear(wordAt(tokens, i)) ? i + 1 : i + 3;
    }

    /** "intraop hypotension and flushing during 2022 surgery": what happened during a dated event is as old. */
    private static boolean duringAPastYear(List<Token> tokens, int last) {
        for (int i = last + 1, words = 0; i < tokens.size() && words < DATE_WORDS
                && tokens.get(i).type() != Token.Type.BOUNDARY && tokens.get(i).type() != Token.Type.COLON; i++) {
            if (tokens.get(i).norm().equals("during") && datesToThePast(tokens, i)) {
                return true;
            }
            words += tokens.get(i).isWord() ? 1 : 0;
        }
        return false;
    }

    /**
     * "at the site of the 2016 lumpectomy", "stents from 2018 PCI", and a mention that opens with its year ("from the
     * 2022 uveitis episode"): a year that qualifies the mention dates it.
     */
    private static boolean yearBefore(List<Token> tokens, int first) {
        int year = isYear(wordAt(tokens, first)) ? first : first - 1;
        String before = wordAt(tokens, year - 1);
        return year >= 1 && isYear(wordAt(tokens, year)) && (OWNERS.contains(before) || before.equals("from"));
    }

    /**
     * "You had a blood clot in your left leg (DVT) in 2021": an aside renames the phrase before it, so "had" is as
     * far from it as from that phrase's start.
     */
    private static boolean isAside(List<Token> tokens, int first, int last) {
        return first > 0 && tokens.get(first - 1).norm().equals("(") && last + 1 < tokens.size()
                && tokens.get(last + 1).norm().equals(")");
    }

    /** Where the word of an event stands before the mention, at most {@code maxWords} words before it; -1 if nowhere. */
    private static int eventWordBefore(List<Token> tokens, int first, int maxWords) {
        return eventWordBefore(tokens, first, maxWords, EVENT_WORDS);
    }

    /** Where one of {@code events} stands before the mention, at most {@code maxWords} words before it; -1 if nowhere. */
    private static int eventWordBefore(List<Token> tokens, int first, int maxWords, Set<String> events) {
        int words = 0;
        for (int i = first - 1; i >= 0 && words <= maxWords; i--) {
            Token token = tokens.get(i);
            if (token.type() == Token.Type.BOUNDARY || token.type() == Token.Type.COLON || PRESENT.contains(token.norm())) {
                return -1;
            }
            if (token.isWord()) {
                if (events.contains(token.norm())) {
                    return NOT_AN_EVENT.contains(wordAt(tokens, i + 1)) ? -1 : i;
                }
                words++;
            }
        }
        return -1;
    }

    /**
     * A past date after the mention, in its clause and before a word of the present or "since", which
     * makes what the mention names go on ("has had secondary infertility since her last loss in 2023"); a
     * year or month right after the mention may stand in parentheses ("two first-trimester losses (2021, 2023)").
     */
    private static boolean pastDateAfter(List<Token> tokens, int last) {
        int words = 0;
        for (int i = last + 1; i < tokens.size() && words < DATE_WORDS; i++) {
            Token token = tokens.get(i);
            if (earlierInThis(tokens, i) || i == last + 1 && (startsADate(tokens, i)
                    || token.norm().equals("(") && startsADate(tokens, i + 1))) {
                return true;
            }
            if (token.type() == Token.Type.BOUNDARY || isPresent(tokens, i) || token.norm().equals("since")
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

    /** "now", "recently": a word of the present, but not "most recently in 2019", which dates the last of past events. */
    private static boolean isPresent(List<Token> tokens, int i) {
        String word = tokens.get(i).norm();
        return PRESENT.contains(word) && !(word.equals("recently") && wordAt(tokens, i - 1).equals("most"));
    }

    /**
     * "in 2019", "in 12/2022", "in March", "in summer 2022", "in her 20s", "in your 2021 pregnancy", "in her first
     * week", "in your first pregnancy", "in your first trimester", "in 8th grade", "last month", "last year", "last
     * February", "on 03/14/2023", "on March 14, 2023", "during 2022 surgery", "at age 28", "at the age of 28", "at 6
     * months old", "with your first baby", "after your first baby", "after the last injections", "after past
     * surgeries", "2 years ago", and "before" closing its clause ("you have had kidney stones before, so ...").
     */
    private static boolean datesToThePast(List<Token> tokens, int i) {
        return switch (tokens.get(i).norm()) {
            case "before" -> CLAUSE_ENDS.contains(wordAt(tokens, i + 1));
            case "last" -> LAST_PAST_TIMES.contains(wordAt(tokens, i + 1)) && !COMPARED.contains(wordAt(tokens, i - 1))
                    && !wordAt(tokens, i - 1).equals("the");
            case "on" -> startsAFullDate(tokens, i + 1);
            case "in" -> startsADate(tokens, i + 1) || MONTHS.contains(wordAt(tokens, i + 1))
                    || SEASONS.contains(wordAt(tokens, i + 1)) && isYear(wordAt(tokens, i + 2))
                    || isSchoolGrade(tokens, i + 1)
                    || OWNERS.contains(wordAt(tokens, i + 1)) && (isYear(wordAt(tokens, i + 2)) || isDecade(tokens, i + 2)
                            || EARLIER.contains(wordAt(tokens, i + 2))
                                    && (AGE_UNITS.contains(wordAt(tokens, i + 3)) || BIRTHS.contains(wordAt(tokens, i + 3))
                                            || wordAt(tokens, i + 3).equals("trimester")));
            case "at" -> wordAt(tokens, i + 1).equals("age") && isAge(wordAt(tokens, i + 2))
                    || wordAt(tokens, i + 1).equals("the") && wordAt(tokens, i + 2).equals("age")
                            && wordAt(tokens, i + 3).equals("of") && isAge(wordAt(tokens, i + 4))
                    || isAge(wordAt(tokens, i + 1)) && AGE_UNITS.contains(wordAt(tokens, i + 2))
                            && (wordAt(tokens, i + 3).equals("old") || AFTER_AN_AGE.contains(wordAt(tokens, i + 3))
                                    || wordAt(tokens, i + 3).equals("and") && LONG_AGE_UNITS.contains(wordAt(tokens, i + 2))
                                    || i + 3 < tokens.size() && !tokens.get(i + 3).isWord()
                                    || wordAt(tokens, i + 3).equals("of") && wordAt(tokens, i + 4).equals("age"));
            case "with" -> OWNERS.contains(wordAt(tokens, i + 1)) && EARLIER.contains(wordAt(tokens, i + 2))
                    && BIRTHS.contains(wordAt(tokens, i + 3));
            case "during" -> isYear(wordAt(tokens, i + 1))
                    || OWNERS.contains(wordAt(tokens, i + 1)) && isYear(wordAt(tokens, i + 2));
            case "after" -> PERSONAL_OWNERS.contains(wordAt(tokens, i + 1))
                    && (isYear(wordAt(tokens, i + 2)) || PAST_ORDINALS.contains(wordAt(tokens, i + 2)))
                    || wordAt(tokens, i + 1).equals("the") && AFTER_OTHERS.contains(wordAt(tokens, i + 2))
                    || wordAt(tokens, i + 1).equals("past") && PAST_EVENTS.contains(wordAt(tokens, i + 2));
            default -> isAge(tokens.get(i).norm()) && YEARS.contains(wordAt(tokens, i + 1))
                    && wordAt(tokens, i + 2).equals("ago");
        };
    }

    /** "8th grade", "third grade": a school year, which the patient's past events are dated by. */
    private static boolean isSchoolGrade(List<Token> tokens, int i) {
        return wordAt(tokens, i + 1).equals("grade")
                && (GRADE_NUMBER.matcher(wordAt(tokens, i)).matches() || GRADE_WORDS.contains(wordAt(tokens, i)));
    }

    /** "earlier in this pregnancy", "earlier this year": a past time within a present one. */
    private static boolean earlierInThis(List<Token> tokens, int i) {
        if (!wordAt(tokens, i).equals("earlier")) {
            return false;
        }
        int next = wordAt(tokens, i + 1).equals("in") ? i + 2 : i + 1;
        return wordAt(tokens, next).equals("this") && LONG_PRESENT_TIMES.contains(wordAt(tokens, next + 1));
    }

    /** "2019", "01/2023": a year, or a month and year, as a problem list writes them. */
    private static boolean startsADate(List<Token> tokens, int i) {
        String word = wordAt(tokens, i);
        return isYear(word) || MONTH_NUMBER.matcher(word).matches() && isPunctuation(tokens, i + 1, "/")
                && isYear(wordAt(tokens, i + 2));
    }

    /** "03/14/2023", "March 14, 2023": a day, with its month and year. */
    private static boolean startsAFullDate(List<Token> tokens, int i) {
        String word = wordAt(tokens, i);
        if (MONTHS.contains(word)) {
            int year = isPunctuation(tokens, i + 2, ",") ? i + 3 : i + 2;
            return DAY_NUMBER.matcher(wordAt(tokens, i + 1)).matches() && isYear(wordAt(tokens, year));
        }
        return MONTH_NUMBER.matcher(word).matches() && isPunctuation(tokens, i + 1, "/")
                && DAY_NUMBER.matcher(wordAt(tokens, i + 2)).matches() && isPunctuation(tokens, i + 3, "/")
                && isYear(wordAt(tokens, i + 4));
    }

    private static boolean isMonthName(String word) {
        return MONTHS.contains(word) || MONTH_ABBREVIATIONS.contains(word);
    }

    private static boolean isPunctuation(List<Token> tokens, int i, String mark) {
        return i < tokens.size() && tokens.get(i).norm().equals(mark);
    }

    /** "20s" (read as "20" and "s"), "teens", "forties": a decade of life. */
    private static boolean isDecade(List<Token> tokens, int i) {
        String word = wordAt(tokens, i);
        return DECADES.contains(word) || DECADE_NUMBER.matcher(word).matches() && wordAt(tokens, i + 1).equals("s")
                || DECADE_PARTS.contains(word) && isDecade(tokens, i + 1);
    }

    private static Set<String> union(Set<String> some, Set<String> others) {
        Set<String> all = new HashSet<>(some);
        all.addAll(others);
        return Set.copyOf(all);
    }

    private static boolean isYear(String word) {
        return word.length() == 4 && (word.startsWith("19") || word.startsWith("20")) && word.chars().allMatch(Character::isDigit);
    }
}
