package org.chartcoder.engine.text;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Maps one word, from a chart or from a code title, to the form both sides are compared in:
 * lower case, US spelling, a few adjective/noun synonyms (renal = kidney), then a light suffix
 * stemmer so that "diabetes"/"diabetic" and "infection"/"infected" meet. The same function runs on
 * both sides, so an over-eager stem only merges words, it never separates a title from its mention.
 * Stateless and thread-safe.
 */
public final class WordNormalizer {

    /** Words that carry no meaning for matching: grammar, and the classification's own filler. */
    private static final Set<String> IGNORED = Set.of(
            "a", "an", "the", "of", "in", "on", "at", "to", "and", "or", "with", "by", "for", "from", "as",
            "due", "into", "its", "his", "her", "their", "is", "was", "were", "be", "been", "are", "has",
            "have", "had", "this", "that", "these", "those", "which", "who", "not", "no", "without",
            "unspecified", "unsp", "nos", "nec", "other", "specified", "elsewhere", "classified",
            "mellitus", "uncomplicated", "initial", "encounter", "site", "part", "also", "both", "than",
            "s", "very", "some", "any", "all");

    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("renal", "kidney"), Map.entry("kidneys", "kidney"), Map.entry("nephric", "kidney"),
            Map.entry("hepatic", "liver"), Map.entry("cardiac", "heart"), Map.entry("pulmonary", "lung"),
            Map.entry("lungs", "lung"), Map.entry("gastric", "stomach"), Map.entry("tumor", "neoplasm"),
            Map.entry("tumors", "neoplasm"), Map.entry("neoplasia", "neoplasm"), Map.entry("abdomen", "abdominal"),
            Map.entry("ii", "2"), Map.entry("iii", "3"), Map.entry("two", "2"), Map.entry("three", "3"),
            Map.entry("one", "1"), Map.entry("four", "4"), Map.entry("five", "5"),
            Map.entry("haematuria", "hematuria"), Map.entry("feet", "foot"), Map.entry("teeth", "tooth"),
            Map.entry("vertebrae", "vertebra"), Map.entry("bronchi", "bronchus"), Map.entry("calculi", "calculus"),
            Map.entry("fevers", "fever"), Map.entry("febrile", "fever"), Map.entry("pyrexia", "fever"),
            Map.entry("haemorrhage", "hemorrhage"), Map.entry("bleeding", "hemorrhage"), Map.entry("bleed", "hemorrhage"),
            Map.entry("oesophagus", "esophagus"), Map.entry("oedema", "edema"), Map.entry("diarrhoea", "diarrhea"),
            Map.entry("dyspnoea", "dyspnea"), Map.entry("coeliac", "celiac"), Map.entry("foetal", "fetal"),
            Map.entry("foetus", "fetus"), Map.entry("oestrogen", "estrogen"), Map.entry("tumour", "neoplasm"),
            Map.entry("tumours", "neoplasm"), Map.entry("faeces", "feces"), Map.entry("faecal", "fecal"),
            Map.entry("leucocytosis", "leukocytosis"), Map.entry("leucopenia", "leukopenia"),
            Map.entry("sulphate", "sulfate"), Map.entry("behaviour", "behavior"), Map.entry("colour", "color"));

    private static final List<String[]> UK_SPELLINGS = List.of(
            new String[] {"aemia", "emia"}, new String[] {"haem", "hem"}, new String[] {"paed", "ped"},
            new String[] {"anaes", "anes"}, new String[] {"aeth", "eth"}, new String[] {"oesoph", "esoph"},
            new String[] {"oea", "ea"}, new String[] {"isation", "ization"}, new String[] {"yse", "yze"},
            new String[] {"aemic", "emic"}, new String[] {"caemi", "cemi"}, new String[] {"orrhoe", "orrhe"},
            new String[] {"ischaem", "ischem"}, new String[] {"oedem", "edem"}, new String[] {"ae", "e"});

    private static final String[] SUFFIXES = {
        "ically", "ical", "ious", "ness", "ation", "ion", "ity", "ing", "ive", "ous", "ful", "ed", "ic", "al", "ia", "y", "e"
    };

    /** True when a lower-case word plays no part in matching. */
    public boolean ignored(String lowerWord) {
        return IGNORED.contains(lowerWord);
    }

    /** The matching form of a lower-case word. */
    public String normalize(String lowerWord) {
        String word = lowerWord;
        if (word.length() > 4 && !SYNONYMS.containsKey(word) && mayBeBritish(word)) {
            for (String[] uk : UK_SPELLINGS) {
                if (word.contains(uk[0])) {
                    word = word.replace(uk[0], uk[1]);
                }
            }
        }
        return stem(SYNONYMS.getOrDefault(word, word));
    }

    private static boolean mayBeBritish(String word) {
        return word.contains("ae") || word.contains("oe") || word.contains("isation") || word.contains("yse");
    }

    static String stem(String word) {
        if (word.length() <= 3 || !Character.isLetter(word.charAt(word.length() - 1))) {
            return word;
        }
        String w = word;
        if (w.endsWith("ies") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.length() > 7 && (w.endsWith("ases") || w.endsWith("oses") || w.endsWith("yses") || w.endsWith("eses"))
                && !w.endsWith("eases")) {
            w = w.substring(0, w.length() - 2) + "is";
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && w.length() > 3) {
            w = w.substring(0, w.length() - 1);
        }
        for (String suffix : SUFFIXES) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 4) {
                w = w.substring(0, w.length() - suffix.length());
                break;
            }
        }
        return w;
    }

    /** Lower-cases with the root locale so Turkish-style locales cannot change a code title. */
    public static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
