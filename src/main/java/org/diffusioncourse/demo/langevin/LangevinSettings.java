package org.diffusioncourse.demo.langevin;

import java.util.List;
import org.diffusioncourse.base.TextParams;
import org.diffusioncourse.demo.Param;
import org.diffusioncourse.demo.ParamSet;
import org.diffusioncourse.demo.langevin.LangevinScene.Start;

/**
 * The Langevin demo's settings: the step size eta, plain or annealed dynamics, the start, the
 * iteration k shown, the seed and the number of particles. Step sizes come from a fixed list so
 * a link always names a value the step-size menu can show; annealing is written {@code on} or
 * {@code off}. Everything a scene depends on but k is its {@link SceneKey}.
 */
public record LangevinSettings(double eta, boolean annealed, Start start, int k, long seed, int n) {

    /** The step sizes offered, from well inside the stable range to beyond 2 s^2 = 0.125. */
    static final List<Double> ETAS = List.of(0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.15, 0.2);

    static final Param.Choice<LangevinSettings, Double> ETA = Param.choice("eta", ETAS, TextParams::format,
            LangevinSettings::eta, (s, v) -> new LangevinSettings(v, s.annealed, s.start, s.k, s.seed, s.n));
    static final Param.Choice<LangevinSettings, Boolean> ANNEALED = Param.choice("annealed", List.of(false, true),
            on -> on ? "on" : "off", LangevinSettings::annealed,
            (s, v) -> new LangevinSettings(s.eta, v, s.start, s.k, s.seed, s.n));
    static final Param.Choice<LangevinSettings, Start> START = Param.choice("start", List.of(Start.values()), Start::id,
            LangevinSettings::start, (s, v) -> new LangevinSettings(s.eta, s.annealed, v, s.k, s.seed, s.n));
    static final Param.Whole<LangevinSettings> K = Param.whole("k", 0, LangevinScene.ITERATIONS, LangevinSettings::k,
            (s, v) -> new LangevinSettings(s.eta, s.annealed, s.start, v, s.seed, s.n));
    static final Param.Seed<LangevinSettings> SEED = Param.seed("seed", Long.MAX_VALUE, LangevinSettings::seed,
            (s, v) -> new LangevinSettings(s.eta, s.annealed, s.start, s.k, v, s.n));
    static final Param.Whole<LangevinSettings> N = Param.whole("n", LangevinScene.MIN_PARTICLES,
            LangevinScene.MAX_PARTICLES, LangevinSettings::n,
            (s, v) -> new LangevinSettings(s.eta, s.annealed, s.start, s.k, s.seed, v));

    static final LangevinSettings DEFAULTS = new LangevinSettings(0.002, false, Start.CORNER, 100, 3, 50);
    /** Link order: eta, annealed, start, k, seed, n. */
    public static final ParamSet<LangevinSettings> PARAMS = ParamSet.of(DEFAULTS, ETA, ANNEALED, START, K, SEED, N);

    /** What a scene depends on: everything but k. */
    public record SceneKey(double eta, boolean annealed, Start start, long seed, int n) {
    }

    public SceneKey sceneKey() {
        return new SceneKey(eta, annealed, start, seed, n);
    }
}
