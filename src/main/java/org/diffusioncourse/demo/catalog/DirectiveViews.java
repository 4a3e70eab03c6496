package org.diffusioncourse.demo.catalog;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.diffusioncourse.demo.DemoParts;
import org.diffusioncourse.lesson.Directive;

/**
 * Builds the live component a lesson directive places. The loader has already checked
 * every directive against the {@link DemoCatalog}, so this only maps kinds to components.
 */
@org.springframework.stereotype.Component
public class DirectiveViews {

    private final DemoCatalog catalog;

    public DirectiveViews(DemoCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * @param link       parameters from the page URL that override the directive's (demo only)
     * @param onDemoMove told the demo's full parameters whenever they change, to keep the URL in step
     */
    public Component create(Directive directive, Map<String, String> link, Consumer<Map<String, String>> onDemoMove) {
        String subject = directive.subject().orElse("");
        return switch (directive.kind()) {
            case DEMO -> catalog.demo(subject)
                    .map(demo -> demo.create(directive.settings(), link, onDemoMove))
                    .orElseGet(() -> missing("the demo '" + subject + "'"));
            case STORYBOARD -> catalog.demo(subject)
                    .map(demo -> demo.storyboard(directive.settings()))
                    .orElseGet(() -> missing("the storyboard of '" + subject + "'"));
            case CODE -> catalog.witness(subject)
                    .<Component>map(w -> new CodeWitnessView(w, catalog.witnessExtras(subject)))
                    .orElseGet(() -> new Paragraph("The code witness '" + subject + "' could not be found in the build."));
        };
    }

    /**
     * The full settings a {@code ::demo} shows first, with the link's values over the
     * authored ones, for naming the demo state a note attaches to; empty for an unknown demo.
     */
    public Map<String, String> initialState(Directive demo, Map<String, String> link) {
        return catalog.demo(demo.subject().orElse("")).map(d -> d.initialState(demo.settings(), link)).orElse(Map.of());
    }

    private static Component missing(String what) {
        return DemoParts.problemList("This part of the lesson could not be shown:", List.of(what + " is not known"));
    }
}
