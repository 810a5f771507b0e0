package org.chartcoder.engine.codeset;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads an ICD-10-CM release in the formats CMS ships: the codes file (code padded to 8 columns,
 * long title), the order file (order number, code, billable flag, short and long title), the tabular
 * XML (titles, hierarchy, inclusion terms) and the alphabetic index XML. Each may be plain, gzipped,
 * inside the release zip (also a zip inside a zip), or in a directory; whatever is present is merged.
 * The codes file, when present, decides which codes are billable; the other files add the category
 * headers above them and synonyms.
 */
public final class CodeSetLoader {

    private static final Pattern YEAR = Pattern.compile("(20\\d\\d)");
    private static final Pattern CODE = Pattern.compile("[A-Z][0-9][0-9A-Z]{1,5}");

    private final Map<String, String> codesFileTitles = new LinkedHashMap<>();
    private final Map<String, String> orderTitles = new LinkedHashMap<>();
    private final Set<String> orderBillable = new HashSet<>();
    private final Map<String, String> tabularTitles = new LinkedHashMap<>();
    private final Set<String> tabularLeaves = new HashSet<>();
    private final Map<String, List<String>> inclusionTerms = new HashMap<>();
    private final Map<String, List<String>> indexTerms = new HashMap<>();
    private String codesFileYear;
    private String orderYear;
    private String tabularYear;
    private String indexYear;
    private int filesRead;

    private CodeSetLoader() {
    }

    /** Loads a release from a file, a zip, or a directory (the newest year subdirectory if it has several). */
    public static CodeSet load(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new IOException("code set not found: " + path);
        }
        List<Path> files = Files.isDirectory(path) ? releaseFiles(newestYearDirectory(path)) : List.of(path);
        // Each file is parsed by its own loader, in parallel (the release files are independent), then merged.
        List<CodeSetLoader> parts;
        try {
            parts = files.parallelStream().map(CodeSetLoader::readFile).toList();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        CodeSetLoader loader = new CodeSetLoader();
        parts.forEach(loader::absorb);
        if (loader.filesRead == 0) {
            throw new IOException("no ICD-10-CM codes, order, tabular or index file found in " + path);
        }
        return loader.merge();
    }

    private static CodeSetLoader readFile(Path file) {
        CodeSetLoader loader = new CodeSetLoader();
        try (InputStream in = Files.newInputStream(file)) {
            loader.read(file.getFileName().toString(), in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return loader;
    }

    private void absorb(CodeSetLoader part) {
        codesFileTitles.putAll(part.codesFileTitles);
        orderTitles.putAll(part.orderTitles);
        orderBillable.addAll(part.orderBillable);
        tabularTitles.putAll(part.tabularTitles);
        tabularLeaves.addAll(part.tabularLeaves);
        part.inclusionTerms.forEach((code, terms) -> inclusionTerms.computeIfAbsent(code, k -> new ArrayList<>()).addAll(terms));
        part.indexTerms.forEach((code, terms) -> indexTerms.computeIfAbsent(code, k -> new ArrayList<>()).addAll(terms));
        codesFileYear = firstNonNull(codesFileYear, part.codesFileYear);
        orderYear = firstNonNull(orderYear, part.orderYear);
        tabularYear = firstNonNull(tabularYear, part.tabularYear);
        indexYear = firstNonNull(indexYear, part.indexYear);
        filesRead += part.filesRead;
    }

    private static Path newestYearDirectory(Path directory) throws IOException {
        try (Stream<Path> children = Files.list(directory)) {
            return children.filter(Files::isDirectory)
                    .filter(p -> p.getFileName().toString().matches("\\d{4}"))
                    .max(Comparator.comparing(p -> p.getFileName().toString()))
                    .orElse(directory);
        }
    }

    /**
     * The release files of a directory. With both a codes file and a tabular file present the order
     * file adds nothing (billable codes from the first, headers from the second), so it is not read.
     */
    private static List<Path> releaseFiles(Path directory) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory, 3)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
        boolean codes = files.stream().anyMatch(p -> lowerName(p).contains("codes") && lowerName(p).contains(".txt"));
        boolean tabular = files.stream().anyMatch(p -> lowerName(p).contains("tabular") && lowerName(p).contains(".xml"));
        if (codes && tabular) {
            return files.stream().filter(p -> !(lowerName(p).contains("order") && lowerName(p).contains(".txt"))).toList();
        }
        return files;
    }

    private static String lowerName(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    private void read(String name, InputStream in) throws IOException {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".zip")) {
            readZip(in);
        } else if (lower.endsWith(".gz")) {
            read(name.substring(0, name.length() - 3), new GZIPInputStream(in));
        } else if (lower.endsWith(".xml") && lower.contains("tabular")) {
            readTabular(in);
        } else if (lower.endsWith(".xml") && lower.contains("index") && !lower.contains("eindex")
                && !lower.contains("drug") && !lower.contains("neoplasm")) {
            readIndex(in);
        } else if (lower.endsWith(".txt") && (lower.contains("order") || lower.contains("codes"))
                && !lower.contains("addenda")) {
            readFlatFile(name, in);
        }
    }

    private void readZip(InputStream in) throws IOException {
        ZipInputStream zip = new ZipInputStream(in);
        ZipEntry entry;
        while ((entry = zip.getNextEntry()) != null) {
            if (!entry.isDirectory()) {
                String entryName = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                read(entryName, new FilterInputStream(zip) {
                    @Override
                    public void close() {
                        // the entry's reader must not close the whole zip
                    }
                });
            }
        }
    }

    /** The codes and the order file are both plain text; the order file's lines start with a 5-digit number. */
    private void readFlatFile(String name, InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        boolean counted = false;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            if (line.length() > 16 && Character.isDigit(line.charAt(0)) && line.charAt(5) == ' ') {
                String code = line.substring(6, 14).trim();
                if (!CODE.matcher(code).matches()) {
                    continue;
                }
                String dotted = CodeSet.dotted(code);
                boolean billable = line.charAt(14) == '1';
                String longTitle = line.length() > 77 ? line.substring(77).trim() : line.substring(16).trim();
                orderTitles.put(dotted, longTitle);
                if (billable) {
                    orderBillable.add(dotted);
                }
                if (!counted) {
                    orderYear = year(name);
                }
            } else {
                int space = line.indexOf(' ');
                if (space < 0) {
                    continue;
                }
                String code = line.substring(0, space);
                if (!CODE.matcher(code).matches()) {
                    continue;
                }
                codesFileTitles.put(CodeSet.dotted(code), line.substring(space).trim());
                if (!counted) {
                    codesFileYear = year(name);
                }
            }
            counted = true;
        }
        if (counted) {
            filesRead++;
        }
    }

    private void readTabular(InputStream in) throws IOException {
        try {
            XMLStreamReader xml = xmlReader(in);
            Deque<String> diagCodes = new ArrayDeque<>();
            Deque<Boolean> diagHasChild = new ArrayDeque<>();
            Deque<String> elements = new ArrayDeque<>();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String element = xml.getLocalName();
                    String parent = elements.peek();
                    elements.push(element);
                    if (element.equals("diag")) {
                        if (!diagHasChild.isEmpty()) {
                            diagHasChild.pop();
                            diagHasChild.push(true);
                        }
                        diagCodes.push("");
                        diagHasChild.push(false);
                    } else if (element.equals("name") && "diag".equals(parent)) {
                        diagCodes.pop();
                        diagCodes.push(CodeSet.dotted(xml.getElementText()));
                        elements.pop();
                    } else if (element.equals("desc") && "diag".equals(parent) && !diagCodes.isEmpty()) {
                        tabularTitles.put(diagCodes.peek(), xml.getElementText().trim());
                        elements.pop();
                    } else if (element.equals("note") && "inclusionTerm".equals(parent) && !diagCodes.isEmpty()) {
                        inclusionTerms.computeIfAbsent(diagCodes.peek(), k -> new ArrayList<>()).add(xml.getElementText().trim());
                        elements.pop();
                    } else if (element.equals("version") && tabularYear == null) {
                        tabularYear = year(xml.getElementText());
                        elements.pop();
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    elements.pop();
                    if (xml.getLocalName().equals("diag")) {
                        String code = diagCodes.pop();
                        if (!diagHasChild.pop()) {
                            tabularLeaves.add(code);
                        }
                    }
                }
            }
            filesRead++;
        } catch (XMLStreamException e) {
            throw new IOException("malformed ICD-10-CM tabular XML: " + e.getMessage(), e);
        }
    }

    /** Index entries become phrases: main term, then each subterm level ("failure heart systolic"). */
    private void readIndex(InputStream in) throws IOException {
        try {
            XMLStreamReader xml = xmlReader(in);
            Deque<String> titles = new ArrayDeque<>();
            Deque<String> elements = new ArrayDeque<>();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String element = xml.getLocalName();
                    String parent = elements.peek();
                    elements.push(element);
                    if (element.equals("mainTerm") || element.equals("term")) {
                        titles.push("");
                    } else if (element.equals("title") && ("mainTerm".equals(parent) || "term".equals(parent))) {
                        titles.pop();
                        titles.push(indexTitle(xml));
                        elements.pop();
                    } else if (element.equals("code") && ("mainTerm".equals(parent) || "term".equals(parent))) {
                        String code = xml.getElementText().trim().replaceAll("[.-]+$", "");
                        if (CODE.matcher(code.replace(".", "")).matches()) {
                            List<String> path = new ArrayList<>(titles);
                            java.util.Collections.reverse(path);
                            indexTerms.computeIfAbsent(CodeSet.dotted(code), k -> new ArrayList<>()).add(String.join(" ", path));
                        }
                        elements.pop();
                    } else if (element.equals("version") && indexYear == null) {
                        indexYear = year(xml.getElementText());
                        elements.pop();
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    elements.pop();
                    String element = xml.getLocalName();
                    if (element.equals("mainTerm") || element.equals("term")) {
                        titles.pop();
                    }
                }
            }
            filesRead++;
        } catch (XMLStreamException e) {
            throw new IOException("malformed ICD-10-CM index XML: " + e.getMessage(), e);
        }
    }

    /** A title's text with its nonessential modifiers (nemod) kept in parentheses, so they stay optional. */
    private static String indexTitle(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder title = new StringBuilder();
        StringBuilder modifier = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (depth == 1 && !modifier.isEmpty()) {
                    String text = modifier.toString().trim();
                    title.append(text.startsWith("(") ? " " + text + " " : " (" + text + ") ");
                    modifier.setLength(0);
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                (depth > 1 ? modifier : title).append(xml.getText());
            }
        }
        return title.toString().trim().replaceAll("\\s+", " ");
    }

    private static XMLStreamReader xmlReader(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory.createXMLStreamReader(in, "UTF-8");
    }

    private CodeSet merge() {
        Set<String> billable;
        if (!codesFileTitles.isEmpty()) {
            billable = codesFileTitles.keySet();
        } else if (!orderTitles.isEmpty()) {
            billable = orderBillable;
        } else {
            billable = tabularLeaves;
        }
        TreeSet<String> billableSorted = new TreeSet<>(billable);
        Map<String, CodeSet.Code> codes = new LinkedHashMap<>();
        TreeSet<String> all = new TreeSet<>(billable);
        all.addAll(orderTitles.keySet());
        all.addAll(tabularTitles.keySet());
        for (String code : all) {
            boolean isBillable = billable.contains(code);
            if (!isBillable && !hasBillableBelow(billableSorted, code)) {
                continue; // a code of another year that is neither billable nor a header now
            }
            String title = firstNonNull(codesFileTitles.get(code), orderTitles.get(code), tabularTitles.get(code));
            if (title == null) {
                continue;
            }
            codes.put(code, new CodeSet.Code(code, title, isBillable,
                    List.copyOf(inclusionTerms.getOrDefault(code, List.of())),
                    List.copyOf(indexTerms.getOrDefault(code, List.of()))));
        }
        String version = firstNonNull(codesFileYear, orderYear, tabularYear, indexYear);
        return new CodeSet(version, codes);
    }

    private static boolean hasBillableBelow(TreeSet<String> billable, String header) {
        String next = billable.ceiling(header);
        return next != null && next.startsWith(header) && !next.equals(header);
    }

    private static String year(String text) {
        Matcher m = YEAR.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
