package org.diffusioncourse.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.Vec2;
import org.diffusioncourse.simulation.sampler.ParticlePath;
import org.junit.jupiter.api.Test;

/**
 * The lab's random streams: the start cloud and the samplers' step noise must be independent
 * draws, not the same numbers twice.
 */
class LabNoiseTest {

    /** Langevin's step h: the noise is sqrt(h) z with sqrt(h) = 0.5. */
    private static final double H = 0.25;

    /**
     * Below this a recovered noise value equals its particle's starting draw: the recovery
     * x1 - x0 - h/2 score(x0), divided by sqrt(h), is exact up to a few rounding errors of
     * coordinates of order 1, about 1e-15, and two independent normal draws come this close with
     * probability about 1e-9 * 2 phi(0), about 1e-9.
     */
    private static final double SAME_DRAW = 1e-9;

    @Test
    void theFirstStepNoiseOfAParticleIsNotItsStartingDraw() {
        LabSettings s = LabSettings.read(Map.of("target", "two-blobs", "process", LabSettings.NO_PROCESS,
                "sampler", "langevin", "steps", "1", "stepSize", Double.toString(H), "n", "100", "seed", "3"),
                LabSettings.DEFAULTS).settings();
        LabWork.Column column = LabWork.samples(LabPlan.of(s), new LabCaches(), (f, note) -> { }, () -> false).columns().getFirst();
        NoisedMixture target = NoisedMixture.of(ToyDataset.TWO_BLOBS.mixture());
        assertThat(column.paths()).hasSize(LabWork.TRACKED);
        for (ParticlePath path : column.paths()) {
            // Langevin starts from N(0, I), so the start is the particle's draw eps itself.
            double x0 = path.xs()[0];
            double y0 = path.ys()[0];
            Vec2 score = target.score(x0, y0, 1, 0);
            double zx = (path.xs()[1] - x0 - 0.5 * H * score.x()) / Math.sqrt(H);
            double zy = (path.ys()[1] - y0 - 0.5 * H * score.y()) / Math.sqrt(H);
            assertThat(Math.abs(zx - x0)).as("particle %d, x", path.particle()).isGreaterThan(SAME_DRAW);
            assertThat(Math.abs(zy - y0)).as("particle %d, y", path.particle()).isGreaterThan(SAME_DRAW);
        }
    }
}
