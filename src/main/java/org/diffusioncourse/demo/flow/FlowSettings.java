package org.diffusioncourse.demo.flow;

import java.util.List;
import java.util.stream.IntStream;
import org.diffusioncourse.base.TextParams;
import org.diffusioncourse.demo.Param;
import org.diffusioncourse.demo.ParamSet;
import org.diffusioncourse.simulation.ToyDataset;

/**
 * The flow demo's settings: the target, the seed of the shared start noise (and of the SDE's
 * noise), the SDE extension's sigma (0 to {@value #MAX_SIGMA} in steps of {@value #SIGMA_STEP};
 * 0 is the ODE) and the scrubbed step, 0 (t = 0, noise) to {@value #STEPS} (t = 1, data).
 * Everything a scene depends on but the step is its {@link SceneKey}.
 */
public record FlowSettings(ToyDataset dataset, long seed, double sigma, int step) {

    /** Euler(-Maruyama) steps of both runs, from t = 0 to t = 1. */
    public static final int STEPS = 200;
    public static final double MAX_SIGMA = 1.5;
    public static final double SIGMA_STEP = 0.25;

    static final List<ToyDataset> DATASETS = List.of(ToyDataset.FIVE_MODES, ToyDataset.TWO_BLOBS,
            ToyDataset.EIGHT_GAUSSIANS);
    /** 0, 0.25, ..., 1.5: every sigma offered, exact in binary. */
    static final List<Double> SIGMAS = IntStream.rangeClosed(0, (int) Math.round(MAX_SIGMA / SIGMA_STEP))
            .mapToObj(i -> i * SIGMA_STEP).toList();

    static final Param.Choice<FlowSettings, ToyDataset> DATASET = Param.choice("dataset", DATASETS, ToyDataset::id,
            FlowSettings::dataset, (s, v) -> new FlowSettings(v, s.seed, s.sigma, s.step));
    static final Param.Seed<FlowSettings> SEED = Param.seed("seed", Integer.MAX_VALUE, FlowSettings::seed,
            (s, v) -> new FlowSettings(s.dataset, v, s.sigma, s.step));
    static final Param.Choice<FlowSettings, Double> SIGMA = Param.choice("sigma", SIGMAS, TextParams::format,
            Param.multipleOf("sigma", SIGMA_STEP, 0, MAX_SIGMA, SIGMAS::get), FlowSettings::sigma,
            (s, v) -> new FlowSettings(s.dataset, s.seed, v, s.step));
    static final Param.Whole<FlowSettings> STEP = Param.whole("step", 0, STEPS, FlowSettings::step,
            (s, v) -> new FlowSettings(s.dataset, s.seed, s.sigma, v));

    static final FlowSettings DEFAULTS = new FlowSettings(ToyDataset.FIVE_MODES, 1, 1.0, 100);
    /** Link order: dataset, seed, sigma, step. */
    public static final ParamSet<FlowSettings> PARAMS = ParamSet.of(DEFAULTS, DATASET, SEED, SIGMA, STEP);

    /** What a scene depends on: everything but the step. */
    public record SceneKey(ToyDataset dataset, long seed, double sigma) {
    }

    public SceneKey sceneKey() {
        return new SceneKey(dataset, seed, sigma);
    }
}
