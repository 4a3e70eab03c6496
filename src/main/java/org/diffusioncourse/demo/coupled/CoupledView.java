package org.diffusioncourse.demo.coupled;

import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.diffusioncourse.demo.DemoParts;
import org.diffusioncourse.demo.StoryboardFigure;
import org.diffusioncourse.render.DensityContours;
import org.diffusioncourse.simulation.metrics.SampleMetrics;

/** Building blocks the coupled demos share: the storyboard and the table of end metrics. */
public final class CoupledView {

    private CoupledView() {
    }

    /**
     * Small multiples of the rows at the given steps, with their text alternative.
     *
     * @param id a page-unique id prefix
     */
    public static Div storyboard(String id, CoupledScene scene, List<String> rows, int[] steps, String label) {
        List<String> columns = new ArrayList<>();
        DensityContours[] backgrounds = new DensityContours[steps.length];
        for (int k = 0; k < steps.length; k++) {
            columns.add(String.format(Locale.ROOT, "t = %.3f", scene.time(steps[k])));
            backgrounds[k] = scene.contoursAt(steps[k]);
        }
        return new StoryboardFigure(CoupledFigure.storyboard(id, scene.runs(), rows, steps, columns, backgrounds), label,
                CoupledFigure.describeStoryboard(scene.runs(), rows, steps, columns, backgrounds), id + "-text");
    }

    /** One row per run and one for exact draws: energy distance, mode weights off, mean log p. */
    public static Div metricsTable(String id, CoupledRuns runs, List<String> runLabels) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < runs.runCount(); r++) {
            rows.add(row(runLabels.get(r), runs.run(r).metrics()));
        }
        rows.add(row("Exact draws (reference)", runs.exactBaseline()));
        Div box = new Div(DemoParts.numbers(List.of("End cloud", "Energy distance", "Mode weights off by (TV)",
                "Mean log p(x)"), rows));
        box.setId(id);
        return box;
    }

    private static List<String> row(String label, SampleMetrics m) {
        return List.of(label, String.format(Locale.ROOT, "%.4f", m.energyDistance()),
                String.format(Locale.ROOT, "%.3f", m.modeTotalVariation()),
                String.format(Locale.ROOT, "%.3f", m.meanLogDensity()));
    }
}
