package org.chartcoder.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Lambda package (src/assembly/lambda.xml) names its classes one by one, and neither moto nor the unit
 * tests run the handlers from it: a class the handlers reach but the package lacks shows up only as
 * NoClassDefFoundError in the rehearsal, or on AWS. This follows every reference from the two handlers'
 * class files through chart-coder's own classes and checks each is in the package. Dependency jars go in
 * whole, by artifact, so only chart-coder's classes are checked.
 */
class LambdaPackageContentsTest {

    private static final Path CLASSES = Path.of("target/classes");
    private static final Path DESCRIPTOR = Path.of("src/assembly/lambda.xml");
    private static final List<Class<?>> HANDLERS = List.of(LaunchMasterHandler.class, QueryApiHandler.class);
    private static final Pattern OWN_TYPE = Pattern.compile("org/chartcoder/[\\w/$]+");

    @Test
    void everyClassTheHandlersReachIsInThePackage() throws Exception {
        List<Pattern> included = classIncludes();
        Map<String, String> reachedFrom = reachable();
        Set<String> missing = new TreeSet<>();
        reachedFrom.forEach((type, from) -> {
            if (included.stream().noneMatch(p -> p.matcher(type + ".class").matches())) {
                missing.add(type + " (referenced by " + from + ")");
            }
        });
        assertTrue(reachedFrom.size() > HANDLERS.size(), "the walk found the handlers' own references");
        assertEquals(Set.of(), missing, "add these to " + DESCRIPTOR);
    }

    @Test
    void theWalkSeesAReferenceOnlyAnExceptionHandlerMakes() throws Exception {
        // the class whose absence the rehearsal once caught: thrown by the query core, caught by no handler
        assertTrue(reachable().containsKey("org/chartcoder/app/UnreadableObjectException"));
    }

    /** chart-coder classes reachable from the handlers, each with one class that refers to it. */
    private static Map<String, String> reachable() throws IOException {
        Map<String, String> reachedFrom = new LinkedHashMap<>();
        Deque<String> pending = new ArrayDeque<>();
        for (Class<?> handler : HANDLERS) {
            String type = handler.getName().replace('.', '/');
            reachedFrom.put(type, "Lambda");
            pending.add(type);
        }
        while (!pending.isEmpty()) {
            String type = pending.poll();
            for (String referenced : ownTypesIn(classFile(type))) {
                if (Files.exists(classFile(referenced)) && reachedFrom.putIfAbsent(referenced, type) == null) {
                    pending.add(referenced);
                }
            }
        }
        return reachedFrom;
    }

    private static Path classFile(String type) {
        return CLASSES.resolve(type + ".class");
    }

    /** chart-coder types a class file names, in class entries and in field and method descriptors (and resource paths, which have no class file). */
    private static Set<String> ownTypesIn(Path classFile) throws IOException {
        Set<String> types = new TreeSet<>();
        try (InputStream in = Files.newInputStream(classFile); DataInputStream data = new DataInputStream(in)) {
            data.readInt(); // magic
            data.readUnsignedShort(); // minor version
            data.readUnsignedShort(); // major version
            int count = data.readUnsignedShort();
            for (int index = 1; index < count; index++) {
                int tag = data.readUnsignedByte();
                switch (tag) {
                    case 1 -> {
                        Matcher own = OWN_TYPE.matcher(data.readUTF());
                        while (own.find()) {
                            types.add(own.group());
                        }
                    }
                    case 7, 8, 16, 19, 20 -> data.readUnsignedShort();
                    case 15 -> {
                        data.readUnsignedByte();
                        data.readUnsignedShort();
                    }
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> data.readInt();
                    case 5, 6 -> {
                        data.readLong();
                        index++; // longs and doubles take two entries
                    }
                    default -> throw new IOException(classFile + ": unknown constant pool tag " + tag);
                }
            }
        }
        return types;
    }

    /** The descriptor's includes for the project's classes, as patterns over paths under target/classes. */
    private static List<Pattern> classIncludes() throws Exception {
        Element fileSet = (Element) DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(DESCRIPTOR.toFile())
                .getElementsByTagName("fileSet").item(0);
        NodeList includes = fileSet.getElementsByTagName("include");
        List<Pattern> patterns = new ArrayList<>();
        for (int i = 0; i < includes.getLength(); i++) {
            patterns.add(antPattern(includes.item(i).getTextContent().trim()));
        }
        return patterns;
    }

    private static Pattern antPattern(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (glob.startsWith("**", i)) {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
