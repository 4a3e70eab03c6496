package org.diffusioncourse.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.diffusioncourse.simulation.check.UnknownId;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One JSON object of a request, read key by key. Every refusal is an {@link InvalidChoice} whose
 * field is the JSON path of the value at fault ({@code points[3][1]}, {@code guidance.scale}).
 *
 * <p>We walk the tree ourselves instead of binding to Java types, so a wrong type, a NaN, an
 * unknown key or a number out of range is reported at its path with our own message. NaN and
 * Infinity tokens are parsed (they are not JSON) only so that the refusal can name the field.
 */
final class JsonFields {

    /** Largest request body read; 20 000 points with 17 digits each take about 0.9 MB. */
    static final int MAX_BODY_BYTES = 2 * 1024 * 1024;

    /** Largest absolute coordinate accepted; beyond it squared distances lose all precision. */
    static final double MAX_COORDINATE = 1e6;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final JsonNode node;
    private final String path;

    private JsonFields(JsonNode node, String path, List<String> keys) {
        this.node = node;
        this.path = path;
        for (String key : node.propertyNames()) {
            if (!keys.contains(key)) {
                throw new InvalidChoice(at(key), "unknown field \"" + shorten(key) + "\""
                        + (path.isEmpty() ? "" : " in " + path) + "; known fields: " + String.join(", ", keys), keys);
            }
        }
    }

    /** Reads the request body as a JSON object with the given keys. */
    static JsonFields parse(InputStream body, List<String> keys) {
        byte[] bytes;
        try {
            bytes = body.readNBytes(MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw new InvalidChoice("body", "the request body must be at most " + MAX_BODY_BYTES + " bytes",
                    List.of("<= " + MAX_BODY_BYTES + " bytes"));
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JacksonException e) {
            throw new InvalidChoice("body", "the request body is not valid JSON: " + e.getOriginalMessage()
                    + location(e), List.of());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidChoice("body", "the request body must be a JSON object, was " + kind(root), List.of());
        }
        return new JsonFields(root, "", keys);
    }

    /** The object at {@code key} (required), with its own keys. */
    JsonFields object(String key, List<String> keys) {
        JsonNode value = required(key);
        if (!value.isObject()) {
            throw wrongType(at(key), "an object", value);
        }
        return new JsonFields(value, at(key), keys);
    }

    /** The JSON path of {@code key} in this object. */
    String at(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Whether {@code key} is present and not null. */
    boolean has(String key) {
        JsonNode value = node.get(key);
        return value != null && !value.isNull();
    }

    /** The raw value at {@code key} (required). */
    JsonNode required(String key) {
        if (!has(key)) {
            throw new InvalidChoice(at(key), at(key) + " is required", List.of());
        }
        return node.get(key);
    }

    /** The string at {@code key} (required). */
    String string(String key) {
        JsonNode value = required(key);
        if (!value.isString()) {
            throw wrongType(at(key), "a string", value);
        }
        return value.stringValue();
    }

    /** The string at {@code key}, or null when absent. */
    @Nullable String optionalString(String key) {
        return has(key) ? string(key) : null;
    }

    /** The finite number at {@code key} (required). */
    double number(String key) {
        return finite(required(key), at(key));
    }

    /** The finite number at {@code key}, or {@code fallback} when absent. */
    double number(String key, double fallback) {
        return has(key) ? number(key) : fallback;
    }

    /** The whole number at {@code key} in [min, max], or {@code fallback} when absent. */
    long integer(String key, long fallback, long min, long max) {
        return has(key) ? integer(node.get(key), at(key), min, max) : fallback;
    }

    /**
     * A finite number, else a refusal naming {@code path}. An integer literal of more than 309
     * digits (the parser reads up to 1000) arrives as a big integer beyond every double; it is
     * refused here, as {@code 1e999} is, and never converted.
     */
    static double finite(JsonNode value, String path) {
        if (!value.isNumber()) {
            throw wrongType(path, "a number", value);
        }
        if (value.isBigInteger() && Double.isInfinite(value.bigIntegerValue().doubleValue())) {
            throw new InvalidChoice(path, path + " must be a finite number, was " + shorten(value.toString())
                    + " (beyond the range of a double)", List.of());
        }
        double v = value.doubleValue();
        if (!Double.isFinite(v)) {
            throw new InvalidChoice(path, path + " must be a finite number, was " + v, List.of());
        }
        return v;
    }

    /** A whole number in [min, max], else a refusal naming {@code path} and the range. */
    static long integer(JsonNode value, String path, long min, long max) {
        List<String> range = List.of(min + ".." + max);
        if (!value.isIntegralNumber()) {
            double v = finite(value, path);
            if (v != Math.rint(v)) {
                throw new InvalidChoice(path, path + " must be a whole number, was " + v, range);
            }
        }
        if (!value.canConvertToLong() || value.longValue() < min || value.longValue() > max) {
            throw new InvalidChoice(path, path + " must be between " + min + " and " + max + ", was "
                    + shorten(value.toString()), range);
        }
        return value.longValue();
    }

    /** The array at {@code path} with between min and max elements. */
    static JsonNode array(JsonNode value, String path, int min, int max, String what) {
        if (!value.isArray()) {
            throw wrongType(path, "an array", value);
        }
        if (value.size() < min || value.size() > max) {
            throw new InvalidChoice(path, path + " must hold between " + min + " and " + max + " " + what
                    + ", had " + value.size(), List.of(min + ".." + max));
        }
        return value;
    }

    /** A point [x, y] with finite coordinates of absolute value at most 1e6. */
    static double[] point(JsonNode value, String path) {
        if (!value.isArray() || value.size() != 2) {
            throw new InvalidChoice(path, path + " must be a point [x, y], was " + shorten(value.toString()), List.of("[x, y]"));
        }
        double[] p = new double[2];
        for (int c = 0; c < 2; c++) {
            String at = path + "[" + c + "]";
            p[c] = finite(value.get(c), at);
            if (Math.abs(p[c]) > MAX_COORDINATE) {
                throw new InvalidChoice(at, at + " must be between -1e6 and 1e6, was " + p[c], List.of("-1e6..1e6"));
            }
        }
        return p;
    }

    private static InvalidChoice wrongType(String path, String expected, JsonNode value) {
        return new InvalidChoice(path, path + " must be " + expected + ", was " + kind(value), List.of());
    }

    private static String kind(@Nullable JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "empty";
        }
        return switch (value.getNodeType()) {
            case STRING -> "the string " + shorten(value.toString());
            case NUMBER -> "the number " + shorten(value.toString());
            case BOOLEAN -> "the boolean " + value;
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NULL -> "null";
            default -> value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String location(JacksonException e) {
        var loc = e.getLocation();
        return loc == null || loc.getLineNr() < 1 ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
    }

    /** A value cut to 40 characters, so that a hostile request cannot flood an answer. */
    static String shorten(String value) {
        return UnknownId.shorten(value);
    }
}
