package org.diffusioncourse.demo.langevin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.diffusioncourse.base.BoundedCache;
import org.diffusioncourse.demo.Demo;
import org.diffusioncourse.demo.DemoParts;
import org.diffusioncourse.demo.FigureCaption;
import org.diffusioncourse.demo.Quantity;
import org.diffusioncourse.demo.StoryboardFigure;
import org.diffusioncourse.practice.ComputedAnswer;
import org.diffusioncourse.simulation.sampler.LangevinDwell;

/**
 * The Langevin lesson's demo: particles on the five-mode mixture under plain or annealed
 * Langevin dynamics. Parameters {@code eta}, {@code annealed}, {@code start}, {@code k},
 * {@code seed}, {@code n}; one figure; answers about mode occupancy, spread and the stable step
 * sizes.
 *
 * <p>Scenes: every position of every particle at all 1001 iterations, at most 200 particles x
 * 1001 iterations x 2 coordinates, 3.2 MB; {@value #SCENES_KEPT} are kept. The dwell table under
 * the {@code langevin-dwell} witness (two modes at ±3 from X_0 = 0, {@link DwellTable}) takes
 * about a second of runs with its fixed seed; the one set of runs is kept.
 */
public final class LangevinDemo extends Demo<LangevinSettings, LangevinSettings.SceneKey, LangevinScene> {

    public static final String ID = "langevin-particles";
    static final int SCENES_KEPT = 12;

    /** The dwell table's runs, keyed by their seed: one entry, computed once, not per page. */
    private final BoundedCache<Long, List<LangevinDwell.Run>> dwell = BoundedCache.of(ID + "-dwell", 1,
            seed -> DwellTable.runs());

    public LangevinDemo() {
        super(ID, LangevinSettings.PARAMS, Set.of("eta", "start", "seed", "n"), LangevinSettings::sceneKey,
                key -> LangevinScene.of(key.eta(), key.annealed(), key.start(), key.seed(), key.n()), SCENES_KEPT);
        figure("figure", (scene, s, revealed) -> LangevinFigure.render(scene, s.k(), revealed),
                (scene, s, revealed) -> caption(scene, s.k(), revealed),
                (scene, s, revealed) -> LangevinFigure.table(scene, s.k(), revealed));
        stepText(s -> "k = " + s.k());
        answers(afterK("occupied-modes"), afterK("top-mode-share"), afterK("mode-distance"),
                afterK("within-mode-variance"),
                Quantity.of("stationary-variance").needs("a step size eta in params", "eta"),
                Quantity.of("largest-stable-step"), Quantity.of("annealed-stable-step"), Quantity.of("dwell-switches"));
        widget((s, problems, onChange) -> new LangevinWidget(this, s, problems, onChange));
        witness("langevin-update", "demo/langevin/LangevinScene.java");
        witness("langevin-step", "simulation/sampler/LangevinSampler.java");
        witness("langevin-dwell", "simulation/sampler/LangevinDwell.java");
    }

    /** The dwell runs of {@link DwellTable}, from the cache. */
    List<LangevinDwell.Run> dwellRuns() {
        return dwell.get(DwellTable.SEED);
    }

    @Override
    protected List<BoundedCache<?, ?>> extraCaches() {
        return List.of(dwell);
    }

    /** The dwell runs take about a second; the first learner on the page should not wait for them. */
    @Override
    protected void warmUpExtras(LangevinSettings defaults) {
        dwellRuns();
    }

    @Override
    public List<Component> witnessExtras(String witness) {
        if (!witness.equals("langevin-dwell")) {
            return List.of();
        }
        Paragraph note = new Paragraph(DwellTable.caption());
        note.addClassName("code-caption");
        Div block = new Div(note, DemoParts.numbers(DwellTable.HEADERS, DwellTable.rows(dwellRuns())));
        block.setId("langevin-dwell-numbers");
        return List.of(block);
    }

    /** A quantity of the run after the iteration k of its params. */
    private static Quantity afterK(String name) {
        return Quantity.of(name).needs("an iteration k in params", "k");
    }

    /** Plain Langevin against annealed Langevin, with the settings' step size, start, seed and size. */
    /** Four significant digits without trailing zeros: 0.002, 3.2, 1.41. */
    private static String compact(double value) {
        return new java.math.BigDecimal(String.format(Locale.ROOT, "%.4g", value)).stripTrailingZeros().toPlainString();
    }

    /** The figure's words after {@code iteration} iterations. */
    private static FigureCaption caption(LangevinScene scene, int iteration, boolean revealed) {
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
        return new FigureCaption("Langevin particles after " + iteration + " iterations",
                LangevinFigure.describe(scene, iteration, revealed), numbers);
    }

    @Override
    protected Component storyboardOf(LangevinSettings settings) {
        LangevinScene plain = scene(LangevinSettings.ANNEALED.with(settings, false));
        LangevinScene annealed = scene(LangevinSettings.ANNEALED.with(settings, true));
        return new StoryboardFigure(LangevinFigure.storyboard(plain, annealed),
                "Storyboard of plain and annealed Langevin dynamics", LangevinFigure.describeStoryboard(plain, annealed),
                ID + "-storyboard-text");
    }

    @Override
    public ComputedAnswer answer(String quantity, Map<String, String> params) {
        LangevinSettings s = settingsOf(params);
        double variance = LangevinScene.target().stds()[0] * LangevinScene.target().stds()[0];
        String eta = LangevinSettings.ETA.text(s);
        String run = String.format(Locale.ROOT, "%d particles, %s Langevin with η = %s, start %s, seed %d, after k = %d",
                s.n(), s.annealed() ? "annealed" : "plain", eta, s.start().id(), s.seed(), s.k());
        return switch (quantity) {
            case "occupied-modes" -> new ComputedAnswer(Integer.toString(scene(s).occupiedModes(s.k())),
                    "Modes holding at least one particle: " + run + ".");
            case "top-mode-share" -> new ComputedAnswer(String.format(Locale.ROOT, "%.2f",
                    Arrays.stream(scene(s).occupancy(s.k())).limit(5).max().orElseThrow()),
                    "Share of the particles in the fullest mode: " + run + ".", 0.1);
            case "mode-distance" -> new ComputedAnswer(String.format(Locale.ROOT, "%.2f", scene(s).modeDistance(s.k())),
                    "Total variation between the per-mode shares and 20% each: " + run + ".", 0.1);
            case "within-mode-variance" -> new ComputedAnswer(String.format(Locale.ROOT, "%.4f",
                    scene(s).withinModeVariance(s.k())),
                    "Mean squared distance to the nearest mode, per axis: " + run + "; a Monte Carlo estimate.", 0.1);
            case "stationary-variance" -> {
                double v = LangevinScene.stationaryVariance(s.eta(), variance);
                yield Double.isInfinite(v)
                        ? new ComputedAnswer("diverges", String.format(Locale.ROOT, "η = %s is at least 2 s² = %.4f, so the "
                                + "Langevin step on N(μ, s²) with s² = %.4f has no stationary variance.", eta, 2 * variance, variance))
                        : ComputedAnswer.number(v, 4, String.format(Locale.ROOT, "s² / (1 − η / (2 s²)) with s² = %.4f and η = %s.",
                                variance, eta));
            }
            case "largest-stable-step" -> ComputedAnswer.number(LangevinScene.largestStableStep(), 4, String.format(Locale.ROOT,
                    "2 s² for the modes' standard deviation s = %.2f.", LangevinScene.target().stds()[0]));
            case "annealed-stable-step" -> {
                double top = LangevinScene.SIGMA_MAX;
                double bottom = LangevinScene.SIGMA_MIN;
                // At level 1 the step eta sigma_1^2 / sigma_L^2 must stay below 2 (s^2 + sigma_1^2).
                double limit = 2 * bottom * bottom * (variance + top * top) / (top * top);
                yield ComputedAnswer.number(limit, 5, String.format(Locale.ROOT, "2 σ_L² (s² + σ_1²) / σ_1² with σ_1 = %.2f, "
                        + "σ_L = %.2f and s² = %.4f.", top, bottom, variance));
            }
            case "dwell-switches" -> new ComputedAnswer(Integer.toString(dwellRuns().get(DwellTable.HS.indexOf(0.01))
                    .switches()), String.format(Locale.ROOT, "Switches between the modes at ±3 seen by %d particles × %,d "
                    + "steps of h = 0.01 from X_0 = 0, seed %d; the exact mean dwell is %s steps.", DwellTable.PARTICLES,
                    DwellTable.STEPS, DwellTable.SEED, DwellTable.scientific(LangevinDwell.chapter().meanDwellTime() / 0.01)));
            default -> throw unknownQuantity(quantity);
        };
    }
}
