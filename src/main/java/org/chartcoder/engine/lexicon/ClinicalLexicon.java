package org.chartcoder.engine.lexicon;

import org.chartcoder.engine.text.PhraseAnalyzer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The engine's own clinical vocabulary, written by hand and shipped in the jar: how charts name
 * common conditions (abbreviations, plain words, combination phrasings) and the code each phrasing
 * supports when nothing more specific is said. It is what the engine codes with when no CMS code set
 * is installed, and it sits on top of the code set's titles and inclusion terms when one is.
 */
public final class ClinicalLexicon {

    private static final String LEXICON = "clinical-lexicon.tsv";
    private static final String ABBREVIATIONS = "abbreviations.tsv";

    /** One phrasing: the words a chart uses, the code they support and that code's title. */
    public record Entry(String term, String code, String description) {
    }

    private final List<Entry> entries;
    private final Map<String, List<String>> anyCaseAbbreviations;
    private final Map<String, List<String>> capitalAbbreviations;

    private ClinicalLexicon(List<Entry> entries, Map<String, List<String>> anyCase, Map<String, List<String>> capitals) {
        this.entries = List.copyOf(entries);
        this.anyCaseAbbreviations = Map.copyOf(anyCase);
        this.capitalAbbreviations = Map.copyOf(capitals);
    }

    public static ClinicalLexicon builtIn() {
        List<Entry> entries = new ArrayList<>();
        for (String[] fields : readTsv(LEXICON, 3)) {
            entries.add(new Entry(fields[0], fields[1].toUpperCase(Locale.ROOT), fields[2]));
        }
        Map<String, List<String>> anyCase = new HashMap<>();
        Map<String, List<String>> capitals = new HashMap<>();
        for (String[] fields : readTsv(ABBREVIATIONS, 2)) {
            List<String> expansion = Arrays.asList(fields[1].toLowerCase(Locale.ROOT).split("[^\\p{Alnum}]+"));
            boolean capitalsOnly = fields.length > 2 && fields[2].equals("capitals");
            (capitalsOnly ? capitals : anyCase).put(fields[0].toLowerCase(Locale.ROOT), List.copyOf(expansion));
        }
        return new ClinicalLexicon(entries, anyCase, capitals);
    }

    public List<Entry> entries() {
        return entries;
    }

    public PhraseAnalyzer phraseAnalyzer() {
        return new PhraseAnalyzer(anyCaseAbbreviations, capitalAbbreviations);
    }

    private static List<String[]> readTsv(String resource, int minimumFields) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = ClinicalLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("lexicon resource missing from the jar: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length < minimumFields) {
                    throw new IllegalStateException(resource + " line " + lineNumber + ": expected "
                            + minimumFields + " tab-separated fields");
                }
                rows.add(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon resource " + resource, e);
        }
        return rows;
    }
}
