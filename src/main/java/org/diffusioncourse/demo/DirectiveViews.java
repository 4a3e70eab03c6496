package org.diffusioncourse.demo;

import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.diffusioncourse.lesson.Directive;

/**
 * Builds the live component a lesson directive places. The loader has already checked
 * every directive against {@link DemoCatalog}, so this only maps names to components.
 */
@org.springframework.stereotype.Component
public class DirectiveViews {

    private final SceneCache cache;

    public DirectiveViews(SceneCache cache) {
        this.cache = cache;
    }

    public SceneCache cache() {
        return cache;
    }

    /**
     * @param link       parameters from the page URL that override the directive's (demo only)
     * @param onDemoMove told whenever a demo's settings change, to keep the URL in step
     */
    public com.vaadin.flow.component.Component create(Directive directive, Map<String, String> link,
                                                      Consumer<ForwardSettings> onDemoMove) {
        return switch (directive.name()) {
            case "demo" -> {
                ForwardSettings authored = ForwardSettings.read(withoutKey(directive.params(), "id"),
                        ForwardSettings.DEFAULTS).settings();
                ForwardSettings.Reading fromLink = ForwardSettings.read(link, authored);
                yield new ForwardNoisingDemo(cache, fromLink.settings(), fromLink.problems(), onDemoMove);
            }
            case "storyboard" -> new ForwardStoryboard(cache, ForwardSettings.read(
                    withoutKey(directive.params(), "demo"), ForwardSettings.DEFAULTS).settings());
            case "code" -> CodeWitness.load(directive.param("witness", ""))
                    .<com.vaadin.flow.component.Component>map(CodeWitnessView::new)
                    .orElseGet(() -> new Paragraph("The code witness '" + directive.param("witness", "")
                            + "' could not be found in the build."));
            default -> ForwardNoisingDemo.problemList("This part of the lesson could not be shown:",
                    List.of("unknown directive ::" + directive.name()));
        };
    }

    private static Map<String, String> withoutKey(Map<String, String> params, String key) {
        Map<String, String> copy = new java.util.LinkedHashMap<>(params);
        copy.remove(key);
        return copy;
    }
}
