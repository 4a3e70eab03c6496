package org.diffusioncourse.lesson;

import java.io.StringReader;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Parses YAML text into SnakeYAML's node graph (never into Java objects), with limits
 * that keep a hostile file from exhausting memory.
 */
final class YamlText {

    private YamlText() {
    }

    static Optional<Node> compose(String text, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(1_000_000);
        options.setAllowRecursiveKeys(false);
        try {
            Node node = new Yaml(options).compose(new StringReader(text));
            if (node == null) {
                problems.at(1, "the YAML is empty");
            }
            return Optional.ofNullable(node);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? problems.fileLine(e.getProblemMark().getLine()) : 0;
            String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String context = e.getContext() != null ? " (" + e.getContext() + ")" : "";
            problems.at(line, "malformed YAML: " + what + context);
        } catch (YAMLException e) {
            problems.at(0, "malformed YAML: " + e.getMessage());
        }
        return Optional.empty();
    }
}
