package org.diffusioncourse.simulation.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.diffusioncourse.simulation.FieldBuffer;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.LabelledMixture;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.ScoreField;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.sampler.PathSelection;
import org.diffusioncourse.simulation.sampler.Sampler;
import org.diffusioncourse.simulation.sampler.SamplerKind;
import org.junit.jupiter.api.Test;

/**
 * A trained network plugs into every sampler that takes a field, beside the exact field and
 * from the same noise; the field finds the network time from (a, s) and keeps Tweedie's identity.
 */
class LearnedFieldTest {

    private static final LabelledMixture ONE_GAUSSIAN = LabelledMixture.unlabelled(
            GaussianMixture2D.of(new double[] {1}, new double[][] {{0.8, -0.5}}, new double[] {0.5}));

    /**
     * Sample means and stds of 600 samples differ from the exact field's by sampling error
     * (0.5 / sqrt(600) = 0.02 for the mean) plus the model error of a short run; 0.15 holds
     * both with room and still fails a field that is wrong (the prior has mean 0, std 1).
     */
    private static final double MOMENT_TOLERANCE = 0.15;

    @Test
    void theNetworkTimeIsFoundFromTheSignalAndNoiseScales() {
        for (TrainingProcess process : TrainingProcess.values()) {
            for (double u : new double[] {0.001, 0.1, 0.37, 0.5, 0.9, 0.999}) {
                double t = process.time(u);
                double tau = process.tauOf(process.signalScale(t), process.noiseStd(t));
                assertThat(tau).as("%s at t = %s", process.id(), t).isCloseTo(process.tau(t), within(1e-9));
            }
        }
    }

    @Test
    void oneBufferServesNetworksOfDifferentShapesAndGivesTheSameAnswerAsAFreshOne() {
        TrainingConfig small = TrainingConfig.defaults().withSchedule(5, 16, 1e-3).withNetwork(32, 2);
        LearnedField narrow = Trainer.train(small, TrainingListener.silent()).field();
        LearnedField wide = Trainer.train(small.withNetwork(96, 3), TrainingListener.silent()).field();
        double[] xs = new double[300];
        double[] ys = new double[300];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = Math.sin(i);
            ys[i] = Math.cos(3 * i);
        }
        FieldBuffer shared = FieldBuffer.of(300);
        FieldBuffer fresh = FieldBuffer.of(300);
        for (LearnedField field : List.of(narrow, wide, narrow)) {
            field.evaluate(0.7, 0.6, xs, ys, 300, shared);
            field.evaluate(0.7, 0.6, xs, ys, 300, fresh);
            assertThat(shared.scoreX).isEqualTo(fresh.scoreX);
            assertThat(shared.denoisedY).isEqualTo(fresh.denoisedY);
            fresh = FieldBuffer.of(300);
        }
    }

    @Test
    void everySamplerOfEachProcessRunsWithTheNetworkBesideTheExactField() {
        check(TrainingProcess.DDPM_LINEAR, Target.EPS, LossWeighting.SIMPLE, List.of(SamplerKind.DDPM, SamplerKind.DDIM));
        check(TrainingProcess.VP_SDE, Target.SCORE, LossWeighting.SIMPLE, List.of(SamplerKind.REVERSE_SDE, SamplerKind.PF_ODE_EULER,
                SamplerKind.PF_ODE_HEUN, SamplerKind.DPM_SOLVER_2M));
        check(TrainingProcess.CONDOT, Target.VELOCITY, LossWeighting.UNIFORM, List.of(SamplerKind.FLOW_EULER, SamplerKind.FLOW_HEUN,
                SamplerKind.FLOW_SDE));
    }

    private static void check(TrainingProcess process, Target target, LossWeighting weighting, List<SamplerKind> kinds) {
        TrainingConfig config = TrainingConfig.defaults().withProcess(process, target).withWeighting(weighting)
                .withSchedule(800, 128, 3e-3);
        LearnedField learned = Trainer.of(config, ONE_GAUSSIAN).run(TrainingListener.silent()).field();
        ScoreField exact = NoisedMixture.of(ONE_GAUSSIAN.mixture());
        tweedieHolds(learned, process);
        for (SamplerKind kind : kinds) {
            Sampler sampler = kind.create(process.path(), kind.defaults());
            PointCloud fromNetwork = sampler.run(learned, 600, Seeds.generator(21), PathSelection.none()).samples();
            PointCloud fromExact = sampler.run(exact, 600, Seeds.generator(21), PathSelection.none()).samples();
            double[] a = moments(fromNetwork);
            double[] b = moments(fromExact);
            for (int m = 0; m < 4; m++) {
                assertThat(a[m]).as("%s on %s, moment %d", kind.id(), process.id(), m)
                        .isCloseTo(b[m], within(MOMENT_TOLERANCE));
            }
        }
    }

    /** a D = x + s^2 score at every point where s &gt; 0 and a &gt; 0. */
    private static void tweedieHolds(LearnedField field, TrainingProcess process) {
        double[] xs = {-1, 0.3, 2};
        double[] ys = {0.5, -0.7, 1};
        FieldBuffer out = FieldBuffer.of(3);
        for (double u : new double[] {0.1, 0.5, 0.9}) {
            double t = process.time(u);
            double a = process.signalScale(t);
            double s = process.noiseStd(t);
            field.evaluate(a, s, xs, ys, 3, out);
            for (int i = 0; i < 3; i++) {
                assertThat(a * out.denoisedX[i]).isCloseTo(xs[i] + s * s * out.scoreX[i], within(1e-9));
                assertThat(a * out.denoisedY[i]).isCloseTo(ys[i] + s * s * out.scoreY[i], within(1e-9));
            }
        }
    }

    /** Mean x, mean y, std x, std y. */
    private static double[] moments(PointCloud cloud) {
        int n = cloud.size();
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += cloud.x(i) / n;
            my += cloud.y(i) / n;
        }
        double vx = 0;
        double vy = 0;
        for (int i = 0; i < n; i++) {
            vx += (cloud.x(i) - mx) * (cloud.x(i) - mx) / n;
            vy += (cloud.y(i) - my) * (cloud.y(i) - my) / n;
        }
        return new double[] {mx, my, Math.sqrt(vx), Math.sqrt(vy)};
    }
}
