package org.chartcoder.engine.eval;

import org.chartcoder.engine.codeset.CodeSet;
import org.chartcoder.engine.codeset.ValidCodes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads gold codes in the CodiEsp layout: {@code chartId<TAB>code} per line, codes in any case, dotted or not. */
public final class GoldStandard {

    private GoldStandard() {
    }

    public static Map<String, Set<String>> read(Path tsv) throws IOException {
        Map<String, Set<String>> gold = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length < 2) {
                throw new IOException(tsv.getFileName() + " line " + (i + 1) + ": expected chartId<TAB>code");
            }
            gold.computeIfAbsent(fields[0], k -> new LinkedHashSet<>()).add(normalizeCode(fields[1]));
        }
        return gold;
    }

    /**
     * The gold codes as the loaded code set writes them: coders who used an older release (R05, M54.5,
     * T14.90) are compared with the codes the engine may output (R05.9, M54.50, T14.90XA). A code that
     * nothing stands for stays as it is and cannot be matched. Without a code set, the gold unchanged.
     */
    public static Map<String, Set<String>> ontoCodeSet(Map<String, Set<String>> gold, ValidCodes validCodes) {
        if (validCodes.unchecked()) {
            return gold;
        }
        Map<String, Set<String>> mapped = new LinkedHashMap<>();
        gold.forEach((chart, codes) -> {
            Set<String> onto = new LinkedHashSet<>();
            codes.forEach(code -> onto.add(validCodes.resolve(code).map(CodeSet.Code::code).orElse(code)));
            mapped.put(chart, onto);
        });
        return mapped;
    }

    /** Upper case with the dot after the category, so "n28.1", "N281" and "N28.1" compare equal. */
    public static String normalizeCode(String code) {
        return CodeSet.dotted(code.replace(".", ""));
    }
}
