package org.diffusioncourse.demo.langevin;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.diffusioncourse.demo.DemoParts;
import org.diffusioncourse.demo.PredictReveal;
import org.diffusioncourse.demo.StepSlider;

/**
 * The Langevin stage: scrub the iteration k, choose the step size, plain or annealed dynamics
 * and the start, and predict how many modes the particles will have found after the last
 * iteration before the distance curve is revealed. Every change is reported through
 * {@code onChange}.
 */
public final class LangevinDemo extends Div {

    private final LangevinParticles demo;
    private final Consumer<LangevinSettings> onChange;
    private LangevinSettings settings;

    private final StepSlider k = new StepSlider(LangevinParticles.ID + "-k", "Iteration k", LangevinScene.ITERATIONS,
            "Iteration k, 0 to " + LangevinScene.ITERATIONS, iteration -> update(settings.withK(iteration)));
    private final Select<String> eta = choice("eta", "Step size η", LangevinSettings.ETAS);
    private final Select<String> annealed = choice("annealed", "Annealing", LangevinSettings.SWITCH);
    private final Select<String> start = choice("start", "Start", LangevinSettings.STARTS);
    private final TextField seed = DemoParts.parameterField(LangevinParticles.ID + "-seed", "Seed",
            "A whole number ≥ 0; the same seed gives the same figure", () -> Long.toString(settings.seed()),
            text -> fromText("seed", text));
    private final TextField particles = DemoParts.parameterField(LangevinParticles.ID + "-n", "Particles n",
            LangevinScene.MIN_PARTICLES + " to " + LangevinScene.MAX_PARTICLES, () -> Integer.toString(settings.n()),
            text -> fromText("n", text));
    private final DemoParts.Figure figure = new DemoParts.Figure(LangevinParticles.ID);
    private final PredictReveal<Integer> predict = new PredictReveal<>(LangevinParticles.ID,
            "With these settings, how many of the five modes will hold at least one particle after all "
                    + LangevinScene.ITERATIONS + " iterations? Commit before you look.",
            "Modes occupied at the end", "Reveal the run", List.of(0, 1, 2, 3, 4, 5),
            m -> m == 0 ? "0 (all escaped)" : Integer.toString(m), this::redraw);

    LangevinDemo(LangevinParticles demo, LangevinSettings initial, List<String> linkProblems,
                 Consumer<LangevinSettings> onChange) {
        this.demo = demo;
        this.onChange = onChange;
        this.settings = initial;
        DemoParts.stage(this, LangevinParticles.ID, "Langevin dynamics demo", linkProblems);
        add(controls(), figure, predict);
        showControls();
        redraw();
    }

    private Div controls() {
        eta.setItemLabelGenerator(v -> "η = " + v);
        annealed.setItemLabelGenerator(v -> v.equals("on") ? "Annealed over σ from 2 to 0.05" : "Plain (no annealing)");
        start.setItemLabelGenerator(v -> v.equals("corner") ? "All at the corner (2.5, −2.5)" : "Spread over the square");

        Div controls = new Div(k, eta, annealed, start, seed, particles);
        controls.addClassName("demo-controls");
        return controls;
    }

    /** A drop-down with id {@code langevin-particles-KEY} for the setting {@code key}. */
    private Select<String> choice(String key, String label, List<String> items) {
        Select<String> select = DemoParts.choice(label, items, () -> settings.toQuery().get(key),
                value -> update(settings.with(key, value)));
        select.setId(LangevinParticles.ID + "-" + key);
        return select;
    }

    private List<String> fromText(String key, String text) {
        LangevinSettings.Reading reading = LangevinSettings.read(Map.of(key, text), settings);
        if (reading.problems().isEmpty()) {
            update(reading.settings());
        }
        return reading.problems();
    }

    private void update(LangevinSettings next) {
        if (!next.scene().equals(settings.scene())) {
            predict.reset();
        }
        settings = next;
        showControls();
        redraw();
        onChange.accept(settings);
    }

    private void showControls() {
        k.show(settings.k(), "k = " + settings.k());
        eta.setValue(settings.eta());
        annealed.setValue(settings.annealed());
        start.setValue(settings.start());
        seed.setValue(Long.toString(settings.seed()));
        seed.setInvalid(false);
        particles.setValue(Integer.toString(settings.n()));
        particles.setInvalid(false);
    }

    private void redraw() {
        LangevinScene scene = demo.scene(settings);
        int iteration = settings.k();
        double[] shares = scene.occupancy(iteration);
        double fullest = 0;
        for (int m = 0; m < shares.length - 1; m++) {
            fullest = Math.max(fullest, shares[m]);
        }
        String step = iteration == 0 ? "start" : "step " + compact(scene.stepAt(iteration))
                + (scene.annealed() ? String.format(Locale.ROOT, " at σ = %.3f", scene.sigmaAt(iteration)) : "");
        double spread = scene.withinModeVariance(iteration);
        String numbers = String.format(Locale.ROOT, "k = %d · %s · %d of 5 modes occupied · fullest mode %.0f%% · "
                        + "escaped %.0f%% · spread around the modes %s per axis (target 0.0625) · distance from the "
                        + "target split %.2f", iteration, step, scene.occupiedModes(iteration), 100 * fullest,
                100 * shares[shares.length - 1], Double.isNaN(spread) ? "none" : String.format(Locale.ROOT, "%.4f", spread),
                scene.modeDistance(iteration));
        figure.show(LangevinFigure.render(scene, iteration, predict.revealed()), "Langevin particles after " + iteration
                + " iterations", LangevinFigure.describe(scene, iteration, predict.revealed()), numbers);
        predict.showVerdict(predict.revealed() ? verdictText(scene) : "");
    }

    private String verdictText(LangevinScene scene) {
        int truth = scene.occupiedModes(LangevinScene.ITERATIONS);
        Integer guess = predict.prediction();
        String judgement = guess != null && guess == truth ? "Right: " : "You said " + guess + "; the run ends with ";
        return judgement + truth + " of 5 modes occupied after " + LangevinScene.ITERATIONS + " iterations, "
                + String.format(Locale.ROOT, "distance from the target split %.2f.",
                        scene.modeDistance(LangevinScene.ITERATIONS));
    }

    /** Four significant digits without trailing zeros: 0.002, 3.2, 1.41. */
    private static String compact(double value) {
        return new BigDecimal(String.format(Locale.ROOT, "%.4g", value)).stripTrailingZeros().toPlainString();
    }

    /** The settings shown now, as URL parameters. */
    public Map<String, String> query() {
        return settings.toQuery();
    }
}
