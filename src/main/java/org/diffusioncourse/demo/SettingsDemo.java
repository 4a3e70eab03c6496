package org.diffusioncourse.demo;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The part of a {@link LessonDemo} that every demo with a settings record does the same way:
 * checking a {@code ::demo} or {@code ::storyboard} directive (unknown keys, then wrong values),
 * and building the live widget from the authored settings overridden by the page's link.
 * Subclasses build the widget and the storyboard from settings, and answer practice questions.
 *
 * @param <S> the demo's settings
 */
public abstract class SettingsDemo<S> implements LessonDemo {

    /** Settings read from text, with a message for every wrong value (which kept its base value). */
    public interface Reading<S> {

        S settings();

        List<String> problems();
    }

    /** Reads text parameters over {@code base}. */
    @FunctionalInterface
    public interface Reader<S> {

        Reading<S> read(Map<String, String> raw, S base);
    }

    private final String id;
    private final S defaults;
    private final Set<String> keys;
    private final Set<String> storyboardKeys;
    private final Reader<S> reader;
    private final Function<S, Map<String, String>> toQuery;

    /**
     * @param keys           the parameters of {@code ::demo}
     * @param storyboardKeys the parameters of {@code ::storyboard}
     * @param reader         reads text over base settings, e.g. {@code FooSettings::read}
     * @param toQuery        the settings as URL parameters, as {@code onMove} reports them
     */
    protected SettingsDemo(String id, S defaults, Set<String> keys, Set<String> storyboardKeys, Reader<S> reader,
            Function<S, Map<String, String>> toQuery) {
        this.id = id;
        this.defaults = defaults;
        this.keys = keys;
        this.storyboardKeys = storyboardKeys;
        this.reader = reader;
        this.toQuery = toQuery;
    }

    /**
     * The live widget showing {@code settings}; it lists {@code linkProblems} first and tells
     * {@code onChange} every change.
     */
    protected abstract Component widget(S settings, List<String> linkProblems, Consumer<S> onChange);

    /** The storyboard for {@code settings}. */
    protected abstract Component storyboardOf(S settings);

    @Override
    public final String id() {
        return id;
    }

    /** Reads {@code raw} over {@code base}, e.g. a value the learner typed over the settings shown. */
    public final Reading<S> read(Map<String, String> raw, S base) {
        return reader.read(raw, base);
    }

    /** The settings of {@code params} over the defaults; wrong values keep their defaults. */
    protected final S settingsOf(Map<String, String> params) {
        return reader.read(params, defaults).settings();
    }

    /** What is wrong with {@code params} as this demo's settings. */
    protected final List<String> problemsOf(Map<String, String> params) {
        return reader.read(params, defaults).problems();
    }

    /** The authored settings overridden by the link, with what could not be used from the link. */
    protected final Reading<S> fromLink(Map<String, String> authored, Map<String, String> link) {
        return reader.read(link, settingsOf(authored));
    }

    /** {@code settings} as URL parameters. */
    protected final Map<String, String> query(S settings) {
        return toQuery.apply(settings);
    }

    @Override
    public final List<String> check(Map<String, String> params) {
        List<String> problems = new ArrayList<>(ParamSet.unknownKeys(params.keySet(), keys, "::demo{id=" + id + "}"));
        problems.addAll(problemsOf(params));
        return problems;
    }

    @Override
    public final Component create(Map<String, String> authored, Map<String, String> link,
            Consumer<Map<String, String>> onMove) {
        Reading<S> reading = fromLink(authored, link);
        return widget(reading.settings(), reading.problems(), s -> onMove.accept(toQuery.apply(s)));
    }

    @Override
    public final List<String> checkStoryboard(Map<String, String> params) {
        List<String> problems = new ArrayList<>(ParamSet.unknownKeys(params.keySet(), storyboardKeys,
                "::storyboard{demo=" + id + "}"));
        problems.addAll(problemsOf(params));
        return problems;
    }

    @Override
    public final Component storyboard(Map<String, String> params) {
        return storyboardOf(settingsOf(params));
    }

    @Override
    public Map<String, String> initialState(Map<String, String> authored, Map<String, String> link) {
        Map<String, String> state = new java.util.LinkedHashMap<>(authored);
        state.putAll(link);
        return state;
    }

    @Override
    public List<String> figureNames() {
        return List.of();
    }

    @Override
    public String figure(String name, Map<String, String> query) {
        throw new FigureRequestRefused("figure", id + " serves no figures by URL yet", List.of());
    }

    @Override
    public List<org.diffusioncourse.base.BoundedCache<?, ?>> caches() {
        return List.of();
    }
}
