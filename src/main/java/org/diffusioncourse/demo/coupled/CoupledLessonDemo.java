package org.diffusioncourse.demo.coupled;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.diffusioncourse.demo.Demos;
import org.diffusioncourse.demo.LessonDemo;

/**
 * What the coupled demos share as {@link LessonDemo}s: reading and checking their parameters,
 * the live widget from a directive plus a link, a bounded cache of runs, and the storyboard.
 * Subclasses say how to read their settings, how to build the runs and what to call the rows.
 *
 * @param <S> the demo's settings
 */
public abstract class CoupledLessonDemo<S extends CoupledDemoView.Settings<S>> implements LessonDemo {

    private final String id;
    private final S defaults;
    private final Set<String> keys;
    private final Set<String> storyboardKeys;
    private final int[] storyboardSteps;
    private final CoupledSceneCache cache = new CoupledSceneCache();

    /**
     * @param keys           the parameters of {@code ::demo}
     * @param storyboardKeys  the parameters of {@code ::storyboard} (the runs', without the step)
     * @param storyboardSteps the steps the storyboard shows
     */
    protected CoupledLessonDemo(String id, S defaults, Set<String> keys, Set<String> storyboardKeys, int[] storyboardSteps) {
        this.id = id;
        this.defaults = defaults;
        this.keys = keys;
        this.storyboardKeys = storyboardKeys;
        this.storyboardSteps = storyboardSteps.clone();
    }

    /** Reads {@code raw} over {@code base}; a wrong value keeps its base value and adds a message to {@code problems}. */
    public abstract S read(Map<String, String> raw, S base, List<String> problems);

    /** A key naming everything the runs of {@code settings} depend on. */
    protected abstract Object runsKey(S settings);

    /** Computes the runs of {@code settings} (called once per key while it stays cached). */
    protected abstract CoupledScene build(S settings);

    /** The live widget. */
    protected abstract Component view(S settings, List<String> linkProblems, Consumer<S> onChange);

    /** The storyboard's row labels, one per run. */
    protected abstract List<String> storyboardRows(S settings);

    @Override
    public final String id() {
        return id;
    }

    /** The runs for these settings (any step), built once. */
    public final CoupledScene scene(S settings) {
        return cache.scene(runsKey(settings), () -> build(settings));
    }

    /** The settings of {@code params} over the defaults, ignoring problems (already checked). */
    protected final S settingsOf(Map<String, String> params) {
        return read(params, defaults, new ArrayList<>());
    }

    /** What is wrong with {@code params} as this demo's settings. */
    protected final List<String> problemsOf(Map<String, String> params) {
        List<String> problems = new ArrayList<>();
        read(params, defaults, problems);
        return problems;
    }

    @Override
    public final List<String> check(Map<String, String> params) {
        List<String> problems = new ArrayList<>(Demos.unknownKeys(params.keySet(), keys, "::demo{id=" + id + "}"));
        problems.addAll(problemsOf(params));
        return problems;
    }

    @Override
    public final Component create(Map<String, String> authored, Map<String, String> link,
            Consumer<Map<String, String>> onMove) {
        List<String> linkProblems = new ArrayList<>();
        S fromLink = read(link, settingsOf(authored), linkProblems);
        return view(fromLink, linkProblems, s -> onMove.accept(s.toQuery()));
    }

    @Override
    public final List<String> checkStoryboard(Map<String, String> params) {
        List<String> problems = new ArrayList<>(Demos.unknownKeys(params.keySet(), storyboardKeys,
                "::storyboard{demo=" + id + "}"));
        problems.addAll(problemsOf(params));
        return problems;
    }

    @Override
    public final Component storyboard(Map<String, String> params) {
        S settings = settingsOf(params);
        return CoupledView.storyboard(id + "-storyboard-" + settings.dataset(), scene(settings), storyboardRows(settings),
                storyboardSteps.clone(), "Storyboard: " + String.join(" and ", storyboardRows(settings)) + " from the same noise");
    }
}
