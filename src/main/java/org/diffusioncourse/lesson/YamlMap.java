package org.diffusioncourse.lesson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read field by field, reporting every wrong, missing or unknown field with
 * its line. Reading works on SnakeYAML's node graph, so no Java object is ever built from
 * author text.
 */
final class YamlMap {

    private final MappingNode node;
    private final Problems problems;
    private final String where;
    private final Map<String, NodeTuple> fields = new LinkedHashMap<>();

    private YamlMap(MappingNode node, Problems problems, String where) {
        this.node = node;
        this.problems = problems;
        this.where = where;
        for (NodeTuple tuple : node.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                if (fields.putIfAbsent(key.getValue(), tuple) != null) {
                    problems.at(key, "duplicate key '" + key.getValue() + "' in " + where);
                }
            } else {
                problems.at(tuple.getKeyNode(), "keys in " + where + " must be plain words");
            }
        }
    }

    /** The node as a mapping, or empty (with a problem) when it is something else. */
    static Optional<YamlMap> of(Node node, Problems problems, String where) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(mapping, problems, where));
        }
        problems.at(node, where + " must be a mapping of key: value lines");
        return Optional.empty();
    }

    int line() {
        return problems.lineOf(node);
    }

    String where() {
        return where;
    }

    Problems problems() {
        return problems;
    }

    boolean has(String key) {
        return fields.containsKey(key);
    }

    void allowOnly(Set<String> allowed) {
        for (NodeTuple tuple : fields.values()) {
            String key = ((ScalarNode) tuple.getKeyNode()).getValue();
            if (!allowed.contains(key)) {
                problems.at(tuple.getKeyNode(), "unknown key '" + key + "' in " + where
                        + "; allowed keys: " + String.join(", ", new LinkedHashSet<>(allowed)));
            }
        }
    }

    void forbid(String key, String why) {
        if (fields.containsKey(key)) {
            problems.at(fields.get(key).getKeyNode(), "'" + key + "' is not allowed in " + where + ": " + why);
        }
    }

    Optional<String> optionalString(String key) {
        NodeTuple tuple = fields.get(key);
        if (tuple == null) {
            return Optional.empty();
        }
        if (tuple.getValueNode() instanceof ScalarNode scalar) {
            String value = scalar.getValue().strip();
            if (value.isEmpty()) {
                problems.at(scalar, "'" + key + "' in " + where + " is empty");
                return Optional.empty();
            }
            return Optional.of(value);
        }
        problems.at(tuple.getValueNode(), "'" + key + "' in " + where + " must be a single text value");
        return Optional.empty();
    }

    /** The value, or "" with a problem when it is missing. */
    String requireString(String key) {
        if (!fields.containsKey(key)) {
            problems.at(line(), "missing required key '" + key + "' in " + where);
            return "";
        }
        return optionalString(key).orElse("");
    }

    Optional<Integer> optionalInt(String key, int min, int max) {
        return optionalString(key).flatMap(text -> {
            try {
                int value = Integer.parseInt(text);
                if (value >= min && value <= max) {
                    return Optional.of(value);
                }
                problems.at(fields.get(key).getValueNode(), "'" + key + "' in " + where + " must be between "
                        + min + " and " + max + ", was " + value);
            } catch (NumberFormatException e) {
                problems.at(fields.get(key).getValueNode(), "'" + key + "' in " + where
                        + " must be a whole number, was '" + text + "'");
            }
            return Optional.empty();
        });
    }

    boolean optionalBoolean(String key, boolean fallback) {
        return optionalString(key).map(text -> switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                problems.at(fields.get(key).getValueNode(), "'" + key + "' in " + where
                        + " must be true or false, was '" + text + "'");
                yield fallback;
            }
        }).orElse(fallback);
    }

    /** A list of text values; a missing key gives an empty list (and a problem when required). */
    List<String> stringList(String key, boolean required) {
        List<String> result = new ArrayList<>();
        for (Node item : sequence(key, required)) {
            if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                result.add(scalar.getValue().strip());
            } else {
                problems.at(item, "every item of '" + key + "' in " + where + " must be a non-empty text value");
            }
        }
        return result;
    }

    /** A list of mappings, each named "key[i]" in problems. */
    List<YamlMap> mapList(String key, boolean required) {
        List<YamlMap> result = new ArrayList<>();
        List<Node> items = sequence(key, required);
        for (int i = 0; i < items.size(); i++) {
            of(items.get(i), problems, key + "[" + (i + 1) + "]" + (where.equals("front matter") ? "" : " of " + where))
                    .ifPresent(result::add);
        }
        return result;
    }

    Optional<YamlMap> map(String key, boolean required) {
        NodeTuple tuple = fields.get(key);
        if (tuple == null) {
            if (required) {
                problems.at(line(), "missing required key '" + key + "' in " + where);
            }
            return Optional.empty();
        }
        return of(tuple.getValueNode(), problems, "'" + key + "' of " + where);
    }

    /** A flat mapping of text values, such as a demo's parameters. */
    Map<String, String> scalarMap(String key) {
        Map<String, String> result = new LinkedHashMap<>();
        map(key, false).ifPresent(inner -> inner.fields.forEach((name, tuple) -> {
            if (tuple.getValueNode() instanceof ScalarNode scalar) {
                result.put(name, scalar.getValue().strip());
            } else {
                problems.at(tuple.getValueNode(), "'" + name + "' in '" + key + "' must be a single value");
            }
        }));
        return result;
    }

    int lineOf(String key) {
        NodeTuple tuple = fields.get(key);
        return tuple == null ? line() : problems.lineOf(tuple.getKeyNode());
    }

    private List<Node> sequence(String key, boolean required) {
        NodeTuple tuple = fields.get(key);
        if (tuple == null) {
            if (required) {
                problems.at(line(), "missing required key '" + key + "' in " + where);
            }
            return List.of();
        }
        if (tuple.getValueNode() instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        if (tuple.getValueNode() instanceof ScalarNode scalar && scalar.getValue().isEmpty()) {
            return List.of();
        }
        problems.at(tuple.getValueNode(), "'" + key + "' in " + where + " must be a list");
        return List.of();
    }
}
