package org.diffusioncourse.demo;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One kind of live demo that lessons place with {@code ::demo{id=ID …}} and
 * {@code ::storyboard{demo=ID …}}, and that practice items ask for computed answers.
 * Everything arrives as text (from a lesson file or a URL), so every method that reads
 * parameters reports what is wrong in words that name the parameter, its value and what
 * is allowed. Implementations are listed in {@link Demos#all}.
 */
public interface LessonDemo {

    /** The id lessons use, e.g. {@code forward-noising}. */
    String id();

    /** What is wrong with the parameters of a {@code ::demo} directive (without {@code id}). */
    List<String> check(Map<String, String> params);

    /**
     * The live demo.
     *
     * @param authored the directive's parameters (already checked)
     * @param link     values from the page URL that override them; wrong ones are reported
     *                 on the demo and fall back to the authored value
     * @param onMove   told the full parameter set after every change, to keep the URL in step
     */
    Component create(Map<String, String> authored, Map<String, String> link, Consumer<Map<String, String>> onMove);

    /**
     * The full parameters the demo shows first, for naming the demo state a note attaches
     * to before anything has moved. By default the authored parameters overridden by the
     * link; a demo with defaults for parameters an author may leave out should add them.
     */
    default Map<String, String> initialState(Map<String, String> authored, Map<String, String> link) {
        Map<String, String> state = new java.util.LinkedHashMap<>(authored);
        state.putAll(link);
        return state;
    }

    /** What is wrong with the parameters of a {@code ::storyboard} directive (without {@code demo}). */
    List<String> checkStoryboard(Map<String, String> params);

    /** Small multiples of the mechanism at a few key moments, with a text alternative. */
    Component storyboard(Map<String, String> params);

    /** The quantities practice answers may ask for. */
    List<String> quantities();

    /** What is wrong with a practice answer's quantity and parameters. */
    List<String> checkAnswer(String quantity, Map<String, String> params);

    /** The answer computed by the simulation; only called after {@link #checkAnswer} passed. */
    DemoAnswer answer(String quantity, Map<String, String> params);

    /** The code witnesses this demo's lessons may show: id to source file under {@code src/main/java}. */
    Map<String, String> witnesses();

    /** A code witness's extra view under the source (a table of printed numbers), if any. */
    default List<Component> witnessExtras(String witness) {
        return List.of();
    }
}
