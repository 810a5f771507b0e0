package org.chartcoder.engine.context;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a chart into sections by their headings ("PAST MEDICAL HISTORY:", "Family History:",
 * "ASSESSMENT AND PLAN" on a line of its own, "PMH:", ...). A known heading starts a section of its
 * kind; an unknown heading in capitals starts an {@link SectionKind#UNKNOWN} one; sub-headings such
 * as "Lungs:" or "Mother:" do not interrupt the section they stand in. Thread-safe and stateless.
 */
public final class SectionDetector {

    /** A heading at a line start, or after a sentence end, followed by a colon; or alone on its line in capitals. */
    private static final Pattern HEADING = Pattern.compile(
            "(?m)(?:^[ \\t]*|(?<=[.!?])[ \\t]{1,4})(?:\\d{1,2}[.)][ \\t]*)?([A-Za-z][A-Za-z/&()' -]{0,48}?)[ \\t]*:"
            + "|^[ \\t]*([A-Z][A-Z/&' -]{2,48}?)[ \\t]*$");

    private static final Map<String, SectionKind> HEADINGS = new HashMap<>();

    /** Headings that live inside a section (exam systems, relatives) and never end it. */
    private static final Set<String> SUB_HEADINGS = Set.of(
            "general", "gen", "heent", "head", "eyes", "ears", "nose", "throat", "neck", "lungs", "lung", "chest",
            "heart", "cardiac", "cv", "cardiovascular", "resp", "respiratory", "pulmonary", "abdomen", "abd",
            "gi", "gu", "rectal", "back", "spine", "extremities", "ext", "neuro", "neurologic", "neurological",
            "skin", "psych", "psychiatric", "msk", "musculoskeletal", "lymph", "breast", "pelvic",
            "constitutional", "endocrine", "heme", "hematologic", "allergic", "immunologic", "genitourinary",
            "mother", "father", "brother", "sister", "brothers", "sisters", "siblings", "son", "daughter",
            "children", "maternal", "paternal", "grandmother", "grandfather", "aunt", "uncle",
            "tobacco", "alcohol", "drugs", "etoh", "smoking", "occupation", "note", "comment", "comments");

    static {
        register(SectionKind.CHIEF_COMPLAINT, "chief complaint", "cc", "reason for visit", "reason for admission",
                "reason for consultation", "reason for referral", "presenting complaint", "complaint");
        register(SectionKind.HISTORY_OF_PRESENT_ILLNESS, "history of present illness", "history of the present illness",
                "hpi", "present illness", "interval history", "subjective", "history of presenting illness");
        register(SectionKind.PAST_MEDICAL_HISTORY, "past medical history", "medical history", "pmh", "pmhx",
                "past history", "past medical hx", "previous medical history", "history of past illness",
                "past medical and surgical history", "past medical/surgical history", "pmh/psh", "pmh/pshx");
        register(SectionKind.PAST_SURGICAL_HISTORY, "past surgical history", "surgical history", "psh", "pshx",
                "past surgical hx", "prior surgeries", "previous surgeries", "past procedures", "surgeries");
        register(SectionKind.FAMILY_HISTORY, "family history", "family hx", "fh", "fhx", "family medical history");
        register(SectionKind.SOCIAL_HISTORY, "social history", "social hx", "soc hx", "sh", "shx", "habits",
                "social and family history");
        register(SectionKind.MEDICATIONS, "medications", "medication", "meds", "current medications",
                "home medications", "home meds", "discharge medications", "medications on admission",
                "admission medications", "outpatient medications", "medication list", "current meds",
                "medications at home", "medications prior to admission", "discharge meds");
        register(SectionKind.ALLERGIES, "allergies", "allergy", "drug allergies", "adverse reactions",
                "allergies/adverse reactions", "medication allergies");
        register(SectionKind.REVIEW_OF_SYSTEMS, "review of systems", "ros", "systems review", "review of system");
        register(SectionKind.PHYSICAL_EXAM, "physical exam", "physical examination", "exam", "examination", "pe",
                "vital signs", "vitals", "admission exam", "discharge exam", "physical exam on admission",
                "objective");
        register(SectionKind.RESULTS, "labs", "laboratory", "laboratory data", "laboratory results", "lab results",
                "pertinent results", "results", "studies", "imaging", "radiology", "diagnostics", "data", "ekg",
                "ecg", "findings", "diagnostic studies", "micro", "microbiology");
        register(SectionKind.HOSPITAL_COURSE, "hospital course", "brief hospital course", "course", "ed course",
                "clinical course", "course in the ed", "summary of hospital course");
        register(SectionKind.ASSESSMENT_AND_PLAN, "assessment", "plan", "assessment and plan", "assessment/plan",
                "a/p", "a&p", "impression", "impression and plan", "impression/plan", "recommendations",
                "medical decision making", "mdm", "conclusion", "conclusions");
        register(SectionKind.DIAGNOSES, "diagnosis", "diagnoses", "discharge diagnosis", "discharge diagnoses",
                "admission diagnosis", "admission diagnoses", "admitting diagnosis", "final diagnosis",
                "final diagnoses", "principal diagnosis", "primary diagnosis", "secondary diagnosis",
                "secondary diagnoses", "problem list", "active problems", "problems", "preoperative diagnosis",
                "postoperative diagnosis", "pre-operative diagnosis", "post-operative diagnosis",
                "diagnoses on discharge", "working diagnosis");
        register(SectionKind.INSTRUCTIONS, "discharge instructions", "instructions", "followup instructions",
                "follow-up instructions", "follow up instructions", "patient instructions", "return precautions",
                "disposition", "discharge disposition", "follow up", "follow-up", "followup");
        register(SectionKind.INDICATION, "indication", "indications", "clinical indication", "clinical history",
                "reason for exam", "reason for study", "history", "clinical information", "clinical data");
    }

    private static final SectionDetector STANDARD = new SectionDetector();

    private SectionDetector() {
    }

    public static SectionDetector standard() {
        return STANDARD;
    }

    /** The kind a heading names, or {@code null} when it is not a heading this detector knows. */
    public static SectionKind kindOf(String heading) {
        return HEADINGS.get(normalize(heading));
    }

    /**
     * The sections of {@code chart} in order, covering it from offset 0 to its length; text before
     * the first heading is an UNKNOWN section. An empty chart has no sections.
     */
    public List<Section> detect(String chart) {
        List<Section> sections = new ArrayList<>();
        SectionKind kind = SectionKind.UNKNOWN;
        int begin = 0;
        int bodyBegin = 0;
        Matcher matcher = HEADING.matcher(chart);
        while (matcher.find()) {
            boolean withColon = matcher.group(1) != null;
            String heading = withColon ? matcher.group(1) : matcher.group(2);
            String normalized = normalize(heading);
            SectionKind next = HEADINGS.get(normalized);
            if (next == null && (SUB_HEADINGS.contains(normalized) || !isCapitalized(heading)
                    || normalized.length() < 4)) {
                continue;
            }
            if (next == null) {
                next = SectionKind.UNKNOWN;
            }
            int headingBegin = withColon ? matcher.start(1) : matcher.start(2);
            if (headingBegin > begin) {
                sections.add(new Section(kind, begin, bodyBegin, headingBegin));
            }
            kind = next;
            begin = headingBegin;
            bodyBegin = matcher.end();
        }
        if (chart.length() > begin) {
            sections.add(new Section(kind, begin, bodyBegin, chart.length()));
        }
        return sections;
    }

    /** The section holding {@code offset}, found by binary search; UNKNOWN-kinded when none does. */
    public static Section sectionAt(List<Section> sections, int offset) {
        int low = 0;
        int high = sections.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Section section = sections.get(mid);
            if (offset < section.begin()) {
                high = mid - 1;
            } else if (offset >= section.end()) {
                low = mid + 1;
            } else {
                return section;
            }
        }
        return new Section(SectionKind.UNKNOWN, offset, offset, offset);
    }

    private static void register(SectionKind kind, String... headings) {
        for (String heading : headings) {
            HEADINGS.put(normalize(heading), kind);
        }
    }

    private static String normalize(String heading) {
        return heading.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static boolean isCapitalized(String heading) {
        for (int i = 0; i < heading.length(); i++) {
            if (Character.isLowerCase(heading.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
