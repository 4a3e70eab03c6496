package org.diffusioncourse.demo.guidance;

import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.diffusioncourse.demo.DemoFigure;
import org.diffusioncourse.demo.DemoParts;
import org.diffusioncourse.demo.DemoWidget;
import org.diffusioncourse.demo.PredictReveal;
import org.diffusioncourse.simulation.ToyDataset;

/**
 * Slide the guidance weight w and watch classifier-free guidance pull samples into one class:
 * the samples over the class's contours, and (after the learner has predicted what happens to
 * the spread) class accuracy, mean log p(x | y), spread and energy distance against w.
 */
final class GuidanceWidget extends DemoWidget<GuidanceSettings, GuidanceScene> {

    private final DemoFigure samples = figure("samples");
    private final DemoFigure curves = figure("curves");
    private final PredictReveal<String> predict;

    GuidanceWidget(GuidanceDemo demo, GuidanceSettings initial, List<String> linkProblems,
            Consumer<GuidanceSettings> onChange) {
        super(demo, GuidanceDemo.ID, "Classifier-free guidance demo", initial, linkProblems, onChange);
        slider(GuidanceSettings.W, "Guidance weight w", "Guidance weight w, from 0 (unconditional) through 1 "
                + "(conditional) to " + GuidanceFigure.weight(GuidanceSweep.WEIGHTS.getLast()));
        choice(GuidanceSettings.DATASET, "Target", ToyDataset::label);
        classChoice();
        field(GuidanceSettings.SEED, "Seed", "A whole number ≥ 0; the same seed gives the same samples");
        predict = predict("Between w = 1 (plain conditional sampling) and w = 8, what happens to the spread of the "
                + "samples, the square root of the trace of their covariance? Commit before you look.", "My prediction",
                "Reveal the measurements", GuidanceDemo.TRENDS, trend -> trend);
        curves.setVisible(false);
        start(samples, predict, curves);
    }

    /** A drop-down of the chosen target's classes, with id {@code guidance-y}. */
    private void classChoice() {
        Select<Integer> select = DemoParts.choice("Class y", List.of(), () -> settings().y(),
                y -> update(GuidanceSettings.Y.with(settings(), y)));
        select.setId(GuidanceDemo.ID + "-" + GuidanceSettings.Y.key());
        control(select, () -> {
            List<Integer> classes = IntStream.range(0, GuidanceSettings.classes(settings().dataset())).boxed().toList();
            if (!classes.equals(select.getListDataView().getItems().toList())) {
                select.setItems(classes);
            }
            select.setValue(settings().y());
        });
    }

    @Override
    protected void draw(GuidanceScene scene, GuidanceSettings settings, boolean revealed) {
        show(samples);
        showOnceRevealed(curves);
        predict.showVerdict(revealed ? verdict(scene) : "");
    }

    private String verdict(GuidanceScene scene) {
        String truth = GuidanceDemo.spreadTrend(scene.sweep());
        return predict.judge(truth, "the simulation")
                + String.format(Locale.ROOT, "The spread goes from %.3f at w = 1 to %.3f at w = 8.",
                        GuidanceDemo.spreadAt(scene.sweep(), 1.0), GuidanceDemo.spreadAt(scene.sweep(), 8.0));
    }
}
