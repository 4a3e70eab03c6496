package org.diffusioncourse.demo.guidance;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.diffusioncourse.demo.DemoParts;
import org.diffusioncourse.demo.PredictReveal;
import org.diffusioncourse.demo.StepSlider;
import org.diffusioncourse.simulation.ToyDataset;

/**
 * Slide the guidance weight w and watch classifier-free guidance pull samples into one class:
 * the samples over the class's contours, and (after the learner has predicted what happens to
 * the spread) class accuracy, mean log p(x | y), spread and energy distance against w.
 */
public final class GuidanceDemo extends Div {

    private final Consumer<GuidanceSettings> onChange;
    private GuidanceSettings settings;
    private GuidanceScene scene;

    private final StepSlider weight = new StepSlider("guidance-w", "Guidance weight w", GuidanceSweep.WEIGHTS.size() - 1,
            "Guidance weight w, from 0 (unconditional) through 1 (conditional) to "
                    + GuidanceScene.weight(GuidanceSweep.WEIGHTS.getLast()),
            index -> update(settings.withW(GuidanceSweep.WEIGHTS.get(index))));
    private final Select<String> dataset = DemoParts.choice("Target", GuidanceSettings.DATASETS, () -> settings.dataset(),
            id -> update(new GuidanceSettings(id, 0, settings.w(), settings.seed(), settings.n())));
    private final Select<Integer> classLabel = DemoParts.choice("Class y", List.of(), () -> settings.y(),
            y -> update(new GuidanceSettings(settings.dataset(), y, settings.w(), settings.seed(), settings.n())));
    private final TextField seed = DemoParts.parameterField("guidance-seed", "Seed",
            "A whole number ≥ 0; the same seed gives the same samples", () -> Long.toString(settings.seed()),
            this::seedFromText);
    private final DemoParts.Figure samples = new DemoParts.Figure("guidance-samples");
    private final DemoParts.Figure curves = new DemoParts.Figure("guidance-curves");
    private final PredictReveal<String> predict = new PredictReveal<>("guidance",
            "Between w = 1 (plain conditional sampling) and w = 8, what happens to the spread of the samples, the "
                    + "square root of the trace of their covariance? Commit before you look.",
            Guidance.TRENDS, trend -> trend, "Reveal the measurements", this::redraw);

    public GuidanceDemo(GuidanceSettings initial, List<String> linkProblems, Consumer<GuidanceSettings> onChange) {
        this.onChange = onChange;
        this.settings = initial;
        DemoParts.stage(this, "guidance", "Classifier-free guidance demo", linkProblems);
        curves.setVisible(false);
        add(controls(), samples, predict, curves);
        showControls();
        redraw();
    }

    private Div controls() {
        dataset.setId("guidance-dataset");
        dataset.setItemLabelGenerator(id -> ToyDataset.byId(id).label());
        classLabel.setId("guidance-class");
        Div controls = new Div(weight, dataset, classLabel, seed);
        controls.addClassName("demo-controls");
        return controls;
    }

    /** Uses a typed seed if it is right; returns what is wrong with it otherwise. */
    private List<String> seedFromText(String text) {
        GuidanceSettings.Reading reading = GuidanceSettings.read(Map.of("seed", text), settings);
        if (reading.problems().isEmpty()) {
            update(reading.settings());
        }
        return reading.problems();
    }

    private void update(GuidanceSettings next) {
        if (!next.sameSweep(settings)) {
            predict.reset();
        }
        settings = next;
        showControls();
        redraw();
        onChange.accept(settings);
    }

    private void showControls() {
        weight.show(settings.weightIndex(), "w = " + GuidanceScene.weight(settings.w()));
        dataset.setValue(settings.dataset());
        int classes = ToyDataset.byId(settings.dataset()).labelled().classCount();
        List<Integer> items = IntStream.range(0, classes).boxed().toList();
        if (!items.equals(classLabel.getListDataView().getItems().toList())) {
            classLabel.setItems(items);
        }
        classLabel.setValue(settings.y());
        seed.setValue(Long.toString(settings.seed()));
        seed.setInvalid(false);
    }

    private void redraw() {
        scene = GuidanceScene.of(settings);
        int i = settings.weightIndex();
        boolean revealed = predict.revealed();
        GuidanceSweep.Point p = scene.sweep().at(i);
        String numbers = "w = " + GuidanceScene.weight(settings.w()) + " · " + p.samples().size() + " samples";
        if (revealed) {
            numbers += String.format(Locale.ROOT, " · class accuracy %.3f · mean log p(x | y) %.2f · spread %.3f"
                    + " · energy distance %.4f · modes covered %.0f%%", p.accuracy(), p.meanLogDensity(), p.spread(),
                    p.energyDistance(), 100 * p.coverage());
        }
        samples.show(scene.samplesSvg(i), "Guided samples at w = " + GuidanceScene.weight(settings.w()),
                scene.samplesText(i), numbers);
        curves.setVisible(revealed);
        if (revealed) {
            GuidanceSweep.Point exact = scene.sweep().exact();
            curves.show(scene.curvesSvg(i), "Measurements against the guidance weight", scene.curvesText(i),
                    String.format(Locale.ROOT, "Exact draws from p(x | y) score accuracy %.3f, mean log p %.2f, spread %.3f.",
                            exact.accuracy(), exact.meanLogDensity(), exact.spread()));
        }
        if (revealed) {
            predict.showVerdict(verdictText());
        }
    }

    private String verdictText() {
        String truth = Guidance.spreadTrend(scene.sweep());
        String guess = predict.prediction();
        double from = scene.sweep().at(GuidanceSweep.WEIGHTS.indexOf(1.0)).spread();
        double to = scene.sweep().at(GuidanceSweep.WEIGHTS.indexOf(8.0)).spread();
        return (truth.equals(guess) ? "Your prediction, " + guess + ", is right. "
                : "You predicted " + guess + "; the simulation says " + truth + ". ")
                + String.format(Locale.ROOT, "The spread goes from %.3f at w = 1 to %.3f at w = 8.", from, to);
    }

    /** The settings shown now. */
    public GuidanceSettings settings() {
        return settings;
    }
}
