package org.chartcoder.engine.codeset;

import org.chartcoder.engine.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CodeSetLoaderTest {

    private static final String FIXTURES = "/org/chartcoder/engine/codeset/";

    @TempDir
    Path temp;

    private Path fixture(String name) throws IOException {
        Path target = temp.resolve(name);
        try (InputStream in = getClass().getResourceAsStream(FIXTURES + name)) {
            Files.copy(in, target);
        }
        return target;
    }

    @Test
    void orderFileGivesBillableCodesAndHeaders() throws IOException {
        CodeSet codeSet = CodeSetLoader.load(fixture("icd10cm_order_2030.txt"));
        assertEquals("2030", codeSet.version());
        assertEquals(3, codeSet.billableCount());
        assertFalse(codeSet.get("I50.2").billable());
        assertEquals("Acute on chronic systolic (congestive) heart failure", codeSet.get("I50.23").title());
    }

    @Test
    void tabularGivesHierarchyAndInclusionTerms() throws IOException {
        CodeSet codeSet = CodeSetLoader.load(fixture("icd10cm_tabular_2030.xml"));
        assertTrue(codeSet.get("I50.21").billable());
        assertFalse(codeSet.get("I50").billable());
        assertEquals(2, codeSet.get("I50.9").inclusionTerms().size());
        assertEquals("Heart failure with reduced ejection fraction [HFrEF]", codeSet.get("I50.2").inclusionTerms().get(0));
    }

    @Test
    void indexEntriesBecomePhrasesOfTheirLevels() throws IOException {
        fixture("icd10cm_order_2030.txt");
        fixture("icd10cm_index_2030.xml");
        CodeSet codeSet = CodeSetLoader.load(temp);
        assertEquals("Failure heart (acute) (senile)", codeSet.get("I50.9").indexTerms().get(0));
        assertTrue(codeSet.get("I50.23").indexTerms().get(0).startsWith("Failure heart"));
        assertNull(codeSet.get("I50.20"), "an index code that the order file does not list is left out");
    }

    @Test
    void readsFilesInsideTheReleaseZipAndGzip() throws IOException {
        Path zip = temp.resolve("release-2030.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String name : new String[] {"icd10cm_order_2030.txt", "icd10cm_tabular_2030.xml"}) {
                out.putNextEntry(new ZipEntry("Code Tables/" + name));
                try (InputStream in = getClass().getResourceAsStream(FIXTURES + name)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        CodeSet codeSet = CodeSetLoader.load(zip);
        assertEquals(3, codeSet.billableCount());
        assertEquals(2, codeSet.get("I50.9").inclusionTerms().size());
    }

    @Test
    void rejectsAPathWithoutAnyReleaseFile() throws IOException {
        Files.writeString(temp.resolve("notes.txt"), "nothing here");
        assertThrows(IOException.class, () -> CodeSetLoader.load(temp));
        assertThrows(IOException.class, () -> CodeSetLoader.load(temp.resolve("missing.zip")));
    }

    @Test
    void fiscalYear2025FromTheSharedCmsFiles() throws IOException {
        Path codes = SharedData.require("icd10cm/icd10cm-codes-2025.txt.gz");
        CodeSet codeSet = CodeSetLoader.load(codes);
        assertEquals("2025", codeSet.version());
        assertEquals(74_260, codeSet.billableCount());
        assertEquals("Type 2 diabetes mellitus with diabetic nephropathy", codeSet.get("E11.21").title());
    }

    @Test
    void sharedCodesWithTabularInOneZipAddHeadersAndSynonyms() throws IOException {
        Path shared = SharedData.require("icd10cm/icd10cm-tabular-2021.xml.gz");
        Path zip = temp.resolve("icd10cm.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String name : new String[] {"icd10cm-codes-2025.txt.gz", "icd10cm-tabular-2021.xml.gz"}) {
                out.putNextEntry(new ZipEntry(name.replace(".gz", "")));
                try (InputStream in = new GZIPInputStream(Files.newInputStream(shared.resolveSibling(name)))) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        CodeSet codeSet = CodeSetLoader.load(zip);
        assertEquals("2025", codeSet.version(), "the codes file decides the year");
        assertEquals(74_260, codeSet.billableCount());
        assertFalse(codeSet.get("E11").billable());
        assertFalse(codeSet.get("E11.2").billable());
        assertTrue(codeSet.codes().stream().mapToInt(c -> c.inclusionTerms().size()).sum() > 5_000);
    }

}
