package org.diffusioncourse.demo;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.diffusioncourse.base.BoundedCache;
import org.diffusioncourse.practice.ComputedAnswer;

/**
 * One kind of live demo, as lessons and the site see it: lessons place it with
 * {@code ::demo{id=ID …}} and {@code ::storyboard{demo=ID …}}, practice items ask it for
 * computed answers, and its figures are served by URL. Everything here arrives as text (from a
 * lesson file, a URL or a practice item), so every method that reads parameters reports what is
 * wrong in words that name the parameter, its value and what is allowed. {@link Demo} is the
 * one implementation's shape; the course's demos are listed in
 * {@code org.diffusioncourse.demo.catalog.Demos}.
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

    /** The full parameters the demo shows first, for naming the demo state a note attaches to. */
    Map<String, String> initialState(Map<String, String> authored, Map<String, String> link);

    /** What is wrong with the parameters of a {@code ::storyboard} directive (without {@code demo}). */
    List<String> checkStoryboard(Map<String, String> params);

    /** Small multiples of the mechanism at a few key moments, with a text alternative. */
    Component storyboard(Map<String, String> params);

    /** The names of the figures the demo draws, e.g. {@code figure} or {@code samples} and {@code curves}. */
    List<String> figureNames();

    /**
     * The SVG of the figure {@code name} for the link parameters {@code query} (plus
     * {@code revealed=true} once the learner has revealed the answer): the exact bytes the page
     * shows for that state.
     *
     * @throws FigureRequestRefused naming the parameter at fault, for an unknown figure, key or value
     */
    String figure(String name, Map<String, String> query);

    /** The same figure as {@link #figure}, as the frame kept for it: its bytes, ETag and caption. */
    DrawnFrame figureFrame(String name, Map<String, String> query);

    /** The figures that have a data table ({@link #figureCsv}); the others offer no CSV. */
    default List<String> tabledFigures() {
        return List.of();
    }

    /**
     * The data of figure {@code name} as CSV: the points and curves it draws for the state in
     * {@code query} (read as {@link #figure} reads it; a {@code lesson} key only names the file).
     *
     * @throws FigureRequestRefused naming the parameter at fault, or the figure when it has no data table
     */
    default String figureCsv(String name, Map<String, String> query) {
        throw new FigureRequestRefused("figure", "no figure of " + id() + " has a data table; was \""
                + FigureQuery.shorten(name) + "\"", List.of());
    }

    /** The quantities practice answers may ask for. */
    List<String> quantities();

    /** What is wrong with a practice answer's quantity and parameters. */
    List<String> checkAnswer(String quantity, Map<String, String> params);

    /** The answer computed by the simulation; only called after {@link #checkAnswer} passed. */
    ComputedAnswer answer(String quantity, Map<String, String> params);

    /** The code witnesses this demo's lessons may show: id to source file under {@code src/main/java}. */
    Map<String, String> witnesses();

    /** A code witness's extra view under the source (a table of printed numbers), if any. */
    default List<Component> witnessExtras(String witness) {
        return List.of();
    }

    /**
     * Computes and caches the demo's default state (its scene and every figure), so the first
     * learner to open a lesson finds it drawn; the site calls this once, in the background, after
     * it starts.
     */
    void warmUp();

    /** Times every frame drawn from now on with {@code timer} (the site's metrics); untimed until called. */
    void timeFiguresWith(FigureTimer timer);

    /** The demo's caches, for the metrics. */
    List<BoundedCache<?, ?>> caches();
}
