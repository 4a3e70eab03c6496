package org.diffusioncourse.simulation.sampler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.Vec2;
import org.diffusioncourse.simulation.process.CondOtPath;
import org.junit.jupiter.api.Test;

/** The recorded paths: one position per step, from the start to the sample. */
class ParticlePathTest {

    @Test
    void everyKindRecordsTheStartAndEveryStepOfTheSelectedParticles() {
        NoisedMixture field = NoisedMixture.of(ToyDataset.TWO_BLOBS.mixture());
        for (SamplerKind kind : SamplerKind.values()) {
            String process = kind.needsNoProcess() ? null : kind.processes().getFirst();
            int steps = kind.fixedSteps() ? kind.defaults().steps() : 20;
            Sampler sampler = kind.create(process, kind.defaults().withSteps(steps));
            PointCloud start = PointCloud.standardNormal(7, Seeds.generator(1));
            SampleRun run = sampler.runFrom(field, start, Seeds.generator(2), PathSelection.of(6, 0, 3));
            assertThat(run.paths()).extracting(ParticlePath::particle).containsExactly(6, 0, 3);
            for (ParticlePath path : run.paths()) {
                int i = path.particle();
                assertThat(path.length()).as(kind.id()).isEqualTo(steps + 1);
                assertThat(path.xs()[0]).as(kind.id()).isEqualTo(start.x(i));
                assertThat(path.ys()[0]).as(kind.id()).isEqualTo(start.y(i));
                assertThat(path.xs()[steps]).as(kind.id()).isEqualTo(run.samples().x(i));
                assertThat(path.ys()[steps]).as(kind.id()).isEqualTo(run.samples().y(i));
                assertThat(path.times()).as(kind.id()).isEqualTo(run.paths().getFirst().times());
            }
            assertThat(run.paths().get(1).times()).as("each path owns its times").isNotSameAs(run.paths().get(0).times());
            assertThat(sampler.runFrom(field, start, Seeds.generator(2), PathSelection.none()).samples())
                    .as("recording changes nothing").isEqualTo(run.samples());
        }
    }

    /**
     * Flow-matching Euler on one Gaussian, retraced step by step with the one-point velocity of
     * {@link NoisedMixture#velocity}. The two differ only by rounding, a few ulps of coordinates
     * below 4 per step (2e-15), over 20 steps, grown at most e^2 by the flow, whose slope
     * d u / d x = (t v0 - (1 - t)) / (t^2 v0 + (1 - t)^2) stays within [-1, 2] for v0 = 0.25;
     * the tolerance allows 10 times that.
     */
    @Test
    void aFlowEulerPathIsTheEulerRecurrenceOfTheExactVelocity() {
        GaussianMixture2D target = GaussianMixture2D.of(new double[] {1}, new double[][] {{1, -0.5}}, new double[] {0.5});
        NoisedMixture field = NoisedMixture.of(target);
        int steps = 20;
        PointCloud start = PointCloud.of(new double[] {0.3, -1.2}, new double[] {0.8, 0.1});
        SampleRun run = SamplerKind.FLOW_EULER.create("condot", new SamplerOptions(steps, 0, 0, 0))
                .runFrom(field, start, Seeds.generator(0), PathSelection.of(1));
        ParticlePath path = run.paths().getFirst();
        double tolerance = 10 * steps * 2e-15 * Math.exp(2);
        double x = start.x(1);
        double y = start.y(1);
        for (int j = 0; j < steps; j++) {
            double t = (double) j / steps;
            assertThat(path.times()[j]).isCloseTo(t, within(1e-15));
            assertThat(path.xs()[j]).isCloseTo(x, within(tolerance));
            assertThat(path.ys()[j]).isCloseTo(y, within(tolerance));
            Vec2 u = field.velocity(CondOtPath.of(), x, y, t);
            x += u.x() / steps;
            y += u.y() / steps;
        }
        assertThat(path.xs()[steps]).isCloseTo(x, within(tolerance));
        assertThat(path.ys()[steps]).isCloseTo(y, within(tolerance));
    }
}
