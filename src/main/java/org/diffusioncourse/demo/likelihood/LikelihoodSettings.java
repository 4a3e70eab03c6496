package org.diffusioncourse.demo.likelihood;

import org.diffusioncourse.demo.Param;
import org.diffusioncourse.demo.ParamSet;

/**
 * The likelihood demo's settings: the fitting step {@code k} shown, the {@code seed} and the
 * number of data points {@code n}. Everything a scene depends on but k is its {@link SceneKey}.
 */
public record LikelihoodSettings(int k, long seed, int n) {

    /** Fewest data points: the fit of two moments needs a few dozen to mean anything. */
    public static final int MIN_POINTS = 20;
    /** Most data points: keeps one scene near 40 KB. */
    public static final int MAX_POINTS = 5000;

    static final Param.Whole<LikelihoodSettings> K = Param.whole("k", 0, LikelihoodFit.ITERATIONS,
            LikelihoodSettings::k, (s, v) -> new LikelihoodSettings(v, s.seed, s.n));
    static final Param.Seed<LikelihoodSettings> SEED = Param.seed("seed", Long.MAX_VALUE, LikelihoodSettings::seed,
            (s, v) -> new LikelihoodSettings(s.k, v, s.n));
    static final Param.Whole<LikelihoodSettings> N = Param.whole("n", MIN_POINTS, MAX_POINTS, LikelihoodSettings::n,
            (s, v) -> new LikelihoodSettings(s.k, s.seed, v));

    static final LikelihoodSettings DEFAULTS = new LikelihoodSettings(0, 3, 500);
    /** Link order: k, seed, n. */
    public static final ParamSet<LikelihoodSettings> PARAMS = ParamSet.of(DEFAULTS, K, SEED, N);

    /** What a scene depends on: the data, so everything but k. */
    public record SceneKey(long seed, int n) {
    }

    public SceneKey sceneKey() {
        return new SceneKey(seed, n);
    }
}
