package org.diffusioncourse.demo.coupled;

import java.util.List;
import org.diffusioncourse.render.DensityContours;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.process.ContinuousPath;
import org.diffusioncourse.simulation.sampler.Sampler;

/**
 * Coupled runs on one Gaussian path, with the exact p_t contours of each recorded step
 * computed on first use and then kept, so scrubbing back and forth only draws. All runs share
 * one time grid (the first run's); the contours follow the path's (a(t), s(t)).
 *
 * <p>The contours are kept in an array with one slot per step, filled when a step is first
 * drawn, rather than in a {@link org.diffusioncourse.base.BoundedCache}: they are part of the
 * scene (a function of its target, path and time grid only), the array is bounded by the step
 * count (201 slots, about 3 MB when every step has been shown, measured on eight Gaussians) and
 * leaves the demo's scene cache with the scene, so the scene cache's bound covers them too. A
 * separate cache would need a key that names the scene again and could keep contours of a
 * scene already evicted. Thread-safe: a slot is filled under the array's lock.
 */
public final class CoupledScene {

    /** Particles per run in both coupled demos. */
    public static final int PARTICLES = 600;

    /**
     * How many scenes each coupled demo keeps. A scene of two runs of {@value #PARTICLES}
     * particles over 200 steps holds about 2 MB of positions, plus about 3 MB of p_t contours once
     * every step has been shown (measured on eight Gaussians), and takes 0.2 to 0.8 s to build
     * once the JIT is warm; 8 scenes stay under 40 MB per demo, and the seven sigmas of one flow
     * setting fit.
     */
    public static final int KEPT = 8;

    /** Grid points per side of the p_t contours: fine enough for the narrowest mode shown. */
    static final int GRID = 121;

    private final GaussianMixture2D target;
    private final ContinuousPath path;
    private final CoupledRuns runs;
    private final DensityContours[] contours;

    private CoupledScene(GaussianMixture2D target, ContinuousPath path, CoupledRuns runs) {
        this.target = target;
        this.path = path;
        this.runs = runs;
        this.contours = new DensityContours[runs.steps(0) + 1];
    }

    /** Runs {@code samplers} from the same n-point noise cloud of {@code seed}. */
    public static CoupledScene of(GaussianMixture2D target, ContinuousPath path, List<Sampler> samplers, int n, long seed) {
        return new CoupledScene(target, path, CoupledRuns.of(target, samplers, n, seed));
    }

    public CoupledRuns runs() {
        return runs;
    }

    public ContinuousPath path() {
        return path;
    }

    /** The last step index. */
    public int steps() {
        return runs.steps(0);
    }

    /** The path's time at {@code step}. */
    public double time(int step) {
        return runs.run(0).times()[step];
    }

    /** The contours of p_t at the time of {@code step}. */
    public DensityContours contoursAt(int step) {
        synchronized (contours) {
            if (contours[step] == null) {
                double t = time(step);
                contours[step] = DensityContours.of(target, path.signalScale(t), path.noiseStd(t),
                        CoupledFigure.AXIS_LIMIT, GRID);
            }
            return contours[step];
        }
    }
}
