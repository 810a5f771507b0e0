package org.chartcoder.engine.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A strict reader of InferICD10CM responses built from AWS's own service model for Comprehend Medical
 * (API 2018-10-30, {@code service-2.json} as shipped in botocore 1.43.11; the AWS SDKs for Java, Python
 * and JavaScript are generated from this model). Maven Central here serves no
 * {@code software.amazon.awssdk:comprehendmedical}, so the model file stands in for the SDK classes.
 *
 * <p>Stricter than an SDK unmarshaller, which skips unknown keys: every key must be a member of its
 * shape, every value of the member's type, every enum value one the model lists, every required member
 * present, every string within the model's length bounds, and no value null.
 */
public final class InferIcd10CmModel {

    static final String RESPONSE = "InferICD10CMResponse";
    private static final String MODEL = "comprehendmedical-2018-10-30.service-2.json";

    private final JsonNode shapes;

    private InferIcd10CmModel(JsonNode shapes) {
        this.shapes = shapes;
    }

    public static InferIcd10CmModel load() {
        try (InputStream in = InferIcd10CmModel.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + MODEL + " is missing");
            }
            return new InferIcd10CmModel(new ObjectMapper().readTree(in).get("shapes"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The values an enum shape allows, e.g. {@code enumValues("ICD10CMTraitName")}. */
    Set<String> enumValues(String shape) {
        Set<String> values = new HashSet<>();
        shapes.get(shape).get("enum").forEach(v -> values.add(v.asText()));
        return values;
    }

    /** Member name to shape name of a structure, in the model's order. */
    List<String> members(String structure) {
        List<String> names = new ArrayList<>();
        shapes.get(structure).get("members").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Every way {@code response} departs from the model, as "path: problem"; empty when it conforms. */
    public List<String> violations(JsonNode response) {
        List<String> problems = new ArrayList<>();
        check(response, RESPONSE, "$", problems);
        return problems;
    }

    private void check(JsonNode value, String shapeName, String path, List<String> problems) {
        JsonNode shape = shapes.get(shapeName);
        if (value == null || value.isNull()) {
            problems.add(path + ": null where " + shapeName + " is expected");
            return;
        }
        switch (shape.get("type").asText()) {
            case "structure" -> checkStructure(value, shapeName, shape, path, problems);
            case "list" -> {
                if (!value.isArray()) {
                    problems.add(path + ": expected a list of " + shape.get("member").get("shape").asText());
                    return;
                }
                for (int i = 0; i < value.size(); i++) {
                    check(value.get(i), shape.get("member").get("shape").asText(), path + "[" + i + "]", problems);
                }
            }
            case "string" -> checkString(value, shapeName, shape, path, problems);
            case "integer" -> {
                if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                    problems.add(path + ": expected an integer, got " + value);
                }
            }
            case "float", "double" -> {
                if (!value.isNumber()) {
                    problems.add(path + ": expected a number, got " + value);
                }
            }
            default -> problems.add(path + ": shape type " + shape.get("type").asText() + " is not handled by this check");
        }
    }

    private void checkStructure(JsonNode value, String shapeName, JsonNode shape, String path, List<String> problems) {
        if (!value.isObject()) {
            problems.add(path + ": expected an object (" + shapeName + ")");
            return;
        }
        JsonNode members = shape.get("members");
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode member = members.get(field.getKey());
            if (member == null) {
                problems.add(path + "." + field.getKey() + ": not a member of " + shapeName + " " + members(shapeName));
            } else {
                check(field.getValue(), member.get("shape").asText(), path + "." + field.getKey(), problems);
            }
        }
        if (shape.has("required")) {
            shape.get("required").forEach(required -> {
                if (!value.has(required.asText())) {
                    problems.add(path + ": required member " + required.asText() + " of " + shapeName + " is missing");
                }
            });
        }
    }

    private static void checkString(JsonNode value, String shapeName, JsonNode shape, String path, List<String> problems) {
        if (!value.isTextual()) {
            problems.add(path + ": expected a string, got " + value);
            return;
        }
        String text = value.asText();
        if (shape.has("enum")) {
            Set<String> allowed = new HashSet<>();
            shape.get("enum").forEach(v -> allowed.add(v.asText()));
            if (!allowed.contains(text)) {
                problems.add(path + ": " + text + " is not a value of " + shapeName + " " + allowed);
            }
        }
        if (shape.has("min") && text.length() < shape.get("min").asInt()) {
            problems.add(path + ": shorter than " + shape.get("min").asInt() + " characters (" + shapeName + ")");
        }
        if (shape.has("max") && text.length() > shape.get("max").asInt()) {
            problems.add(path + ": longer than " + shape.get("max").asInt() + " characters (" + shapeName + ")");
        }
    }
}
