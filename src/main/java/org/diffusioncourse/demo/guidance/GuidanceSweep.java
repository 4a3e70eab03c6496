package org.diffusioncourse.demo.guidance;

import java.util.List;
import org.diffusioncourse.simulation.FieldBuffer;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.GuidedField;
import org.diffusioncourse.simulation.LabelledMixture;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.check.Checks;
import org.diffusioncourse.simulation.metrics.SampleMetrics;
import org.diffusioncourse.simulation.process.NoiseSchedule;
import org.diffusioncourse.simulation.sampler.PathSelection;
import org.diffusioncourse.simulation.sampler.Sampler;
import org.diffusioncourse.simulation.sampler.Samplers;

/**
 * Classifier-free guidance towards class y of a labelled mixture at a ladder of weights w, all
 * from the same start and the same sampler noise (common random numbers, so the curves against
 * w are smooth), scored against the exact class-conditional target p(x | y):
 *
 * <ul>
 *   <li>class accuracy: the share of samples that the exact clean classifier
 *       argmax_c pi_c p(x | c) assigns to y (fidelity);</li>
 *   <li>mean log p(x | y) under the exact conditional target (fidelity);</li>
 *   <li>spread: sqrt(trace Cov) of the samples (diversity);</li>
 *   <li>energy distance to p(x | y) and mode coverage: the share of class-y components that
 *       hold at least half their weight in samples (diversity within the class).</li>
 * </ul>
 *
 * The sampler is DDIM with eta = 1 over 100 of the 1000 linear-schedule steps (ancestral
 * sampling on a subsequence, {@code song-2020-ddim}), following the guided field
 * (1 - w) grad log p_t(x) + w grad log p_t(x | y) ({@code ho-2022-cfg}). Immutable; building
 * runs the sampler once per weight, so cache it.
 */
public final class GuidanceSweep {

    /** The guidance weights the demo offers. */
    public static final List<Double> WEIGHTS = List.of(0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0);

    /** Sampler steps: DDIM eta = 1 over this many evenly spaced steps of the linear schedule. */
    public static final int STEPS = 100;

    /** A component counts as covered when it holds at least this fraction of its weight in samples. */
    public static final double COVERAGE_SHARE = 0.5;

    /** The scores of one weight's samples. */
    public record Point(double weight, PointCloud samples, double accuracy, double meanLogDensity, double spread,
            double energyDistance, double coverage) {
    }

    private final LabelledMixture target;
    private final int classLabel;
    private final Point[] points;
    private final Point exact;

    private GuidanceSweep(LabelledMixture target, int classLabel, Point[] points, Point exact) {
        this.target = target;
        this.classLabel = classLabel;
        this.points = points;
        this.exact = exact;
    }

    /**
     * Samples n points at every weight.
     *
     * @throws IllegalArgumentException unless y is a class of the target and 10 &lt;= n &lt;= 2000
     */
    public static GuidanceSweep of(LabelledMixture target, int y, long seed, int n) {
        Checks.requireRange("n", n, 10, 2000);
        GaussianMixture2D conditional = target.restrictTo(y);
        Scorer scorer = new Scorer(target, y, conditional, seed);
        PointCloud start = PointCloud.standardNormal(n, Seeds.generator(seed));
        Sampler sampler = Samplers.ddim(NoiseSchedule.named("linear", 1000), STEPS, 1.0);
        Point[] points = new Point[WEIGHTS.size()];
        // region guidance-sweep
        for (int i = 0; i < points.length; i++) {
            double w = WEIGHTS.get(i);
            PointCloud samples = sampler.runFrom(GuidedField.of(target, y, w), start, Seeds.generator(seed + 1),
                    PathSelection.none()).samples();
            points[i] = scorer.score(w, samples);
        }
        // endregion guidance-sweep
        Point exact = scorer.score(Double.NaN, conditional.sample(n, Seeds.generator(seed + 2)));
        return new GuidanceSweep(target, y, points, exact);
    }

    /** Scores a cloud against p(x | y); the fresh target draws are the same for every cloud. */
    private static final class Scorer {
        private final int y;
        private final GaussianMixture2D conditional;
        private final NoisedMixture[] classes;
        private final double[] logPriors;
        private final long seed;

        Scorer(LabelledMixture target, int y, GaussianMixture2D conditional, long seed) {
            this.y = y;
            this.conditional = conditional;
            this.seed = seed;
            int count = target.classCount();
            classes = new NoisedMixture[count];
            logPriors = new double[count];
            double[] w = target.mixture().weights();
            int[] labels = target.classes();
            for (int c = 0; c < count; c++) {
                double prior = 0;
                for (int k = 0; k < labels.length; k++) {
                    prior += labels[k] == c ? w[k] : 0;
                }
                logPriors[c] = prior > 0 ? Math.log(prior) : Double.NEGATIVE_INFINITY;
                classes[c] = prior > 0 ? NoisedMixture.conditional(target, c) : null;
            }
        }

        Point score(double weight, PointCloud samples) {
            int n = samples.size();
            double[] best = new double[n];
            int[] label = new int[n];
            java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
            double[] log = new double[n];
            for (int c = 0; c < classes.length; c++) {
                if (classes[c] == null) {
                    continue;
                }
                classes[c].logDensity(1, 0, samples.xs(), samples.ys(), n, log);
                for (int i = 0; i < n; i++) {
                    double joint = logPriors[c] + log[i];
                    if (joint > best[i]) {
                        best[i] = joint;
                        label[i] = c;
                    }
                }
            }
            int right = 0;
            for (int i = 0; i < n; i++) {
                right += label[i] == y ? 1 : 0;
            }
            SampleMetrics m = SampleMetrics.of(conditional, samples, 0, Seeds.generator(seed ^ 0x5eedL));
            int covered = 0;
            for (int k = 0; k < m.modeWeights().length; k++) {
                covered += m.modeFractions()[k] >= COVERAGE_SHARE * m.modeWeights()[k] ? 1 : 0;
            }
            double[][] cov = samples.covariance();
            return new Point(weight, samples, right / (double) n, m.meanLogDensity(), Math.sqrt(cov[0][0] + cov[1][1]),
                    m.energyDistance(), covered / (double) m.modeWeights().length);
        }
    }

    /**
     * The one-dimensional example of the guidance lesson, embedded in the plane: two classes with
     * equal weight, N((-3, 0), I) labelled 0 and N((3, 0), I) labelled 1. Returns the x component
     * of the guided score (1 - w) grad log p(x) + w grad log p(x | y = 1) at the clean point (x, 0).
     */
    public static double guidedScoreExample(double x, double w) {
        LabelledMixture m = LabelledMixture.of(new double[] {0.5, 0.5}, new double[][] {{-3, 0}, {3, 0}},
                new double[] {1, 1}, new int[] {0, 1});
        FieldBuffer out = FieldBuffer.of(1);
        GuidedField.of(m, 1, w).evaluate(1, 0, new double[] {x}, new double[] {0}, 1, out);
        return out.scoreX[0];
    }

    public LabelledMixture target() {
        return target;
    }

    public int classLabel() {
        return classLabel;
    }

    /** The samples and scores at weight index {@code index} into {@link #WEIGHTS}. */
    public Point at(int index) {
        return points[index];
    }

    /** The same scores for n exact draws from p(x | y): what a perfect conditional sampler reaches. */
    public Point exact() {
        return exact;
    }

    /** The weight index whose samples are closest to p(x | y) in energy distance. */
    public int closestToConditional() {
        int best = 0;
        for (int i = 1; i < points.length; i++) {
            if (points[i].energyDistance() < points[best].energyDistance()) {
                best = i;
            }
        }
        return best;
    }
}
