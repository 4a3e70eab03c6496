package org.diffusioncourse.demo.coupled;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Set;
import org.diffusioncourse.demo.LessonDemo;
import org.diffusioncourse.demo.SettingsDemo;

/**
 * What the coupled demos share as {@link LessonDemo}s besides reading and checking their
 * parameters ({@link SettingsDemo}): a bounded cache of runs and the storyboard. Subclasses say
 * how to build the runs and what to call the rows.
 *
 * @param <S> the demo's settings
 */
public abstract class CoupledLessonDemo<S extends CoupledDemoView.Settings<S>> extends SettingsDemo<S> {

    private final int[] storyboardSteps;
    private final CoupledSceneCache cache = new CoupledSceneCache();

    /**
     * @param keys            the parameters of {@code ::demo}
     * @param storyboardKeys  the parameters of {@code ::storyboard} (the runs', without the step)
     * @param reader          reads text over base settings, e.g. {@code FooSettings::read}
     * @param storyboardSteps the steps the storyboard shows
     */
    protected CoupledLessonDemo(String id, S defaults, Set<String> keys, Set<String> storyboardKeys, Reader<S> reader,
            int[] storyboardSteps) {
        super(id, defaults, keys, storyboardKeys, reader, S::toQuery);
        this.storyboardSteps = storyboardSteps.clone();
    }

    /** A key naming everything the runs of {@code settings} depend on. */
    protected abstract Object runsKey(S settings);

    /** Computes the runs of {@code settings} (called once per key while it stays cached). */
    protected abstract CoupledScene build(S settings);

    /** The storyboard's row labels, one per run. */
    protected abstract List<String> storyboardRows(S settings);

    /** The runs for these settings (any step), built once. */
    public final CoupledScene scene(S settings) {
        return cache.scene(runsKey(settings), () -> build(settings));
    }

    @Override
    protected final Component storyboardOf(S settings) {
        return CoupledView.storyboard(id() + "-storyboard-" + settings.dataset(), scene(settings), storyboardRows(settings),
                storyboardSteps.clone(), "Storyboard: " + String.join(" and ", storyboardRows(settings)) + " from the same noise");
    }
}
