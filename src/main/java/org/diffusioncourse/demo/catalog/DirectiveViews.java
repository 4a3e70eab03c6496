package org.diffusioncourse.demo.catalog;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.diffusioncourse.demo.DemoParts;
import org.diffusioncourse.lesson.Directive;

/**
 * Builds the live component a lesson directive places. The loader has already checked
 * every directive against the {@link DemoCatalog}, so this only maps names to components.
 */
@org.springframework.stereotype.Component
public class DirectiveViews {

    private final DemoCatalog catalog;

    public DirectiveViews(DemoCatalog catalog) {
        this.catalog = catalog;
    }

    public DemoCatalog catalog() {
        return catalog;
    }

    /**
     * @param link       parameters from the page URL that override the directive's (demo only)
     * @param onDemoMove told the demo's full parameters whenever they change, to keep the URL in step
     */
    public Component create(Directive directive, Map<String, String> link, Consumer<Map<String, String>> onDemoMove) {
        return switch (directive.name()) {
            case "demo" -> catalog.demo(directive.param("id", ""))
                    .map(demo -> demo.create(withoutKey(directive.params(), "id"), link, onDemoMove))
                    .orElseGet(() -> missing("the demo '" + directive.param("id", "") + "'"));
            case "storyboard" -> catalog.demo(directive.param("demo", ""))
                    .map(demo -> demo.storyboard(withoutKey(directive.params(), "demo")))
                    .orElseGet(() -> missing("the storyboard of '" + directive.param("demo", "") + "'"));
            case "code" -> {
                String witness = directive.param("witness", "");
                yield catalog.witness(witness)
                        .<Component>map(w -> new CodeWitnessView(w, catalog.witnessExtras(witness)))
                        .orElseGet(() -> new Paragraph("The code witness '" + witness + "' could not be found in the build."));
            }
            default -> missing("the directive ::" + directive.name());
        };
    }

    private static Component missing(String what) {
        return DemoParts.problemList("This part of the lesson could not be shown:", List.of(what + " is not known"));
    }

    private static Map<String, String> withoutKey(Map<String, String> params, String key) {
        Map<String, String> copy = new LinkedHashMap<>(params);
        copy.remove(key);
        return copy;
    }
}
