package org.diffusioncourse.demo.guidance;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.RangeInput;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.diffusioncourse.demo.DemoParts;
import org.diffusioncourse.simulation.GuidanceSweep;
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
    private boolean revealed;

    private final RangeInput weight = new RangeInput(ValueChangeMode.EAGER);
    private final Span weightValue = new Span();
    private final Select<String> dataset = new Select<>();
    private final Select<Integer> classLabel = new Select<>();
    private final TextField seed = new TextField("Seed");
    private final DemoParts.Figure samples = new DemoParts.Figure("guidance-samples");
    private final DemoParts.Figure curves = new DemoParts.Figure("guidance-curves");
    private final RadioButtonGroup<String> prediction = new RadioButtonGroup<>();
    private final Button reveal = new Button("Reveal the measurements");
    private final Paragraph verdict = new Paragraph();

    public GuidanceDemo(GuidanceSettings initial, List<String> linkProblems, Consumer<GuidanceSettings> onChange) {
        this.onChange = onChange;
        this.settings = initial;
        addClassName("demo");
        setId("demo-guidance");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", "Classifier-free guidance demo");
        if (!linkProblems.isEmpty()) {
            add(DemoParts.problemList("Some values in this link could not be used, so their defaults are shown:", linkProblems));
        }
        curves.setVisible(false);
        add(controls(), samples, predictBlock(), curves);
        showControls();
        redraw();
    }

    private Div controls() {
        weight.setId("guidance-w");
        weight.setMin(0);
        weight.setMax(GuidanceSweep.WEIGHTS.size() - 1);
        weight.setStep(1.0);
        weight.setAriaLabel("Guidance weight w, from 0 (unconditional) through 1 (conditional) to "
                + GuidanceScene.weight(GuidanceSweep.WEIGHTS.getLast()));
        weight.getElement().setAttribute("data-main-control", "");
        weight.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                int index = (int) Math.round(Math.max(0, Math.min(GuidanceSweep.WEIGHTS.size() - 1, e.getValue())));
                double w = GuidanceSweep.WEIGHTS.get(index);
                if (w != settings.w()) {
                    update(settings.withW(w));
                }
            }
        });
        NativeLabel label = new NativeLabel("Guidance weight w");
        label.setFor(weight);
        weightValue.setId("guidance-w-value");
        Div slider = new Div(label, weight, weightValue);
        slider.addClassName("slider-field");

        dataset.setLabel("Target");
        dataset.setId("guidance-dataset");
        dataset.setItems(GuidanceSettings.DATASETS);
        dataset.setItemLabelGenerator(id -> ToyDataset.byId(id).label());
        dataset.addValueChangeListener(e -> {
            if (e.getValue() != null && !e.getValue().equals(settings.dataset())) {
                update(new GuidanceSettings(e.getValue(), 0, settings.w(), settings.seed(), settings.n()));
            }
        });
        classLabel.setLabel("Class y");
        classLabel.setId("guidance-class");
        classLabel.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() != settings.y()) {
                update(new GuidanceSettings(settings.dataset(), e.getValue(), settings.w(), settings.seed(), settings.n()));
            }
        });
        seed.setId("guidance-seed");
        seed.setHelperText("A whole number ≥ 0; the same seed gives the same samples");
        seed.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        seed.addValueChangeListener(e -> {
            if (!e.getValue().equals(Long.toString(settings.seed()))) {
                GuidanceSettings.Reading reading = GuidanceSettings.read(Map.of("seed", e.getValue()), settings);
                if (reading.problems().isEmpty()) {
                    seed.setInvalid(false);
                    update(reading.settings());
                } else {
                    seed.setErrorMessage(reading.problems().getFirst());
                    seed.setInvalid(true);
                }
            }
        });
        Div controls = new Div(slider, dataset, classLabel, seed);
        controls.addClassName("demo-controls");
        return controls;
    }

    private Div predictBlock() {
        H3 heading = new H3("Predict, then reveal");
        Paragraph ask = new Paragraph("Between w = 1 (plain conditional sampling) and w = 8, what happens to the "
                + "spread of the samples, the square root of the trace of their covariance? Commit before you look.");
        prediction.setLabel("My prediction");
        prediction.setId("guidance-prediction");
        prediction.setItems(Guidance.TRENDS);
        prediction.addValueChangeListener(e -> reveal.setEnabled(e.getValue() != null && !revealed));
        reveal.setId("guidance-reveal");
        reveal.addThemeVariants(ButtonVariant.PRIMARY);
        reveal.setEnabled(false);
        reveal.addClickListener(e -> {
            revealed = true;
            reveal.setEnabled(false);
            prediction.setReadOnly(true);
            redraw();
        });
        verdict.setId("guidance-verdict");
        verdict.getElement().setAttribute("aria-live", "polite");
        Div block = new Div(heading, ask, prediction, reveal, verdict);
        block.addClassName("predict-block");
        return block;
    }

    private void update(GuidanceSettings next) {
        if (!next.sameSweep(settings)) {
            revealed = false;
            prediction.setReadOnly(false);
            prediction.clear();
            reveal.setEnabled(false);
        }
        settings = next;
        showControls();
        redraw();
        onChange.accept(settings);
    }

    private void showControls() {
        weight.setValue((double) settings.weightIndex());
        weightValue.setText("w = " + GuidanceScene.weight(settings.w()));
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
        verdict.setText(revealed ? verdictText() : "");
    }

    private String verdictText() {
        String truth = Guidance.spreadTrend(scene.sweep());
        String guess = prediction.getValue();
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
