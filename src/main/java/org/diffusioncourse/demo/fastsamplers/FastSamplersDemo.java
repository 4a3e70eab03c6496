package org.diffusioncourse.demo.fastsamplers;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.diffusioncourse.demo.DemoParts;
import org.diffusioncourse.demo.PredictReveal;
import org.diffusioncourse.demo.StepSlider;
import org.diffusioncourse.demo.fastsamplers.FastSamplerSweep.Method;
import org.diffusioncourse.simulation.ToyDataset;

/**
 * Choose an evaluation budget and see what DDIM, EDM's Heun sampler and DPM-Solver++(2M) make
 * of the same starting noise. The learner first predicts which sampler lands closest to its
 * exact ODE solution at the chosen budget; the reveal shows the error against NFE of all three,
 * with the budget marked.
 */
public final class FastSamplersDemo extends Div {

    private final Consumer<FastSettings> onChange;
    private FastSettings settings;
    private FastScene scene;
    private int predictedAt;

    private final StepSlider budget = new StepSlider("fast-samplers-nfe", "Evaluation budget (NFE)",
            FastSamplerSweep.BUDGETS.size() - 1, "Evaluation budget, NFE per particle, from "
                    + FastSamplerSweep.BUDGETS.getFirst() + " to " + FastSamplerSweep.BUDGETS.getLast(),
            index -> update(settings.withNfe(FastSamplerSweep.BUDGETS.get(index))));
    private final Select<String> dataset = DemoParts.choice("Target", ToyDataset.allIds(), () -> settings.dataset(),
            id -> update(new FastSettings(id, settings.nfe(), settings.seed(), settings.n())));
    private final TextField seed = DemoParts.parameterField("fast-samplers-seed", "Seed",
            "A whole number ≥ 0; it fixes the starting noise shared by all three samplers",
            () -> Long.toString(settings.seed()), this::seedFromText);
    private final DemoParts.Figure samples = new DemoParts.Figure("fast-samplers-samples");
    private final DemoParts.Figure error = new DemoParts.Figure("fast-samplers-error");
    private final PredictReveal<Method> predict = new PredictReveal<>("fast-samplers",
            "At the budget you have chosen, which sampler ends closest to the exact solution of its ODE from "
                    + "the same noise? Commit before you look.",
            List.of(Method.values()), Method::label, "Reveal the errors", () -> {
                predictedAt = settings.budgetIndex();
                redraw();
            });

    public FastSamplersDemo(FastSettings initial, List<String> linkProblems, Consumer<FastSettings> onChange) {
        this.onChange = onChange;
        this.settings = initial;
        DemoParts.stage(this, "fast-samplers", "Fast samplers demo", linkProblems);
        error.setVisible(false);
        add(controls(), samples, predict, error);
        showControls();
        redraw();
    }

    private Div controls() {
        dataset.setId("fast-samplers-dataset");
        dataset.setItemLabelGenerator(id -> ToyDataset.byId(id).label());
        Div controls = new Div(budget, dataset, seed);
        controls.addClassName("demo-controls");
        return controls;
    }

    /** Uses a typed seed if it is right; returns what is wrong with it otherwise. */
    private List<String> seedFromText(String text) {
        FastSettings.Reading reading = FastSettings.read(Map.of("seed", text), settings);
        if (reading.problems().isEmpty()) {
            update(reading.settings());
        }
        return reading.problems();
    }

    private void update(FastSettings next) {
        if (!next.sameSweep(settings)) {
            predict.reset();
        }
        settings = next;
        showControls();
        redraw();
        onChange.accept(settings);
    }

    private void showControls() {
        budget.show(settings.budgetIndex(), "NFE = " + settings.nfe());
        dataset.setValue(settings.dataset());
        seed.setValue(Long.toString(settings.seed()));
        seed.setInvalid(false);
    }

    private void redraw() {
        scene = FastScene.of(settings);
        int b = settings.budgetIndex();
        boolean revealed = predict.revealed();
        FastSamplerSweep sweep = scene.sweep();
        String runs = java.util.Arrays.stream(Method.values()).map(m -> {
            FastSamplerSweep.Run run = sweep.run(m, b);
            String what = m.label() + " " + run.steps() + (m == Method.EDM_HEUN ? " levels" : " steps");
            return revealed ? what + ": error " + FastScene.scientific(run.error()) : what;
        }).collect(Collectors.joining(" · "));
        samples.show(scene.samplesSvg(b), "Samples of DDIM, EDM Heun and DPM-Solver++(2M) at NFE " + settings.nfe(),
                scene.samplesText(b), "NFE = " + settings.nfe() + " per particle · " + runs);
        error.setVisible(revealed);
        if (revealed) {
            error.show(scene.errorSvg(b), "Error against NFE for the three samplers", scene.errorText(),
                    "Dashed line: the chosen budget, NFE = " + settings.nfe() + ". Measured orders (slope from NFE "
                            + FastSamplerSweep.ORDER_FROM + " on): " + java.util.Arrays.stream(Method.values())
                            .map(m -> m.label() + " " + String.format(java.util.Locale.ROOT, "%.2f", sweep.order(m)))
                            .collect(Collectors.joining(", ")));
        }
        if (revealed) {
            predict.showVerdict(verdictText());
        }
    }

    private String verdictText() {
        FastSamplerSweep sweep = scene.sweep();
        Method guess = predict.prediction();
        Method truthThen = sweep.best(predictedAt);
        int nfeThen = FastSamplerSweep.BUDGETS.get(predictedAt);
        String judgement = guess == truthThen
                ? "Your prediction for NFE " + nfeThen + ", " + guess.label() + ", is right. "
                : "For NFE " + nfeThen + " you predicted " + guess.label() + "; the smallest error belongs to "
                        + truthThen.label() + ". ";
        Method now = sweep.best(settings.budgetIndex());
        return judgement + "At NFE " + settings.nfe() + " the smallest error is " + now.label() + "'s, "
                + FastScene.scientific(sweep.run(now, settings.budgetIndex()).error()) + ".";
    }

    /** The settings shown now. */
    public FastSettings settings() {
        return settings;
    }
}
