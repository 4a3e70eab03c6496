package org.diffusioncourse.simulation.evaluation;

import java.util.List;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.PointCloud;

/**
 * Every sample-set measure of the evaluation lesson, for one set of samples against a mixture
 * target and a set of exact target draws of the same size.
 *
 * @param frechet        Fréchet distance of the fitted Gaussians ({@link SampleDistances#frechet(PointCloud, PointCloud)})
 * @param energy         energy distance, V-statistic
 * @param mmd2           unbiased MMD^2, Gaussian kernel of bandwidth {@link SampleDistances#DEFAULT_BANDWIDTH}
 * @param precision      k-NN precision, k = 3
 * @param recall         k-NN recall, k = 3
 * @param coverage       the fraction of the target's components covered ({@link ModeCoverage}, r = 2, c = 1/2)
 * @param meanLogDensity (1/n) sum_i log p(x_i) under the exact target
 */
public record SampleEvaluation(double frechet, double energy, double mmd2, double precision, double recall,
        double coverage, double meanLogDensity) {

    /** The measure names, in the order of {@link #values()}, as the API and the figure name them. */
    public static final List<String> NAMES = List.of("frechet", "energy", "mmd2", "precision",
            "recall", "coverage", "meanLogDensity");

    /** Measures {@code samples} against {@code target}, whose exact draws are {@code real}. */
    public static SampleEvaluation of(GaussianMixture2D target, PointCloud real, PointCloud samples) {
        PrecisionRecall pr = PrecisionRecall.of(real, samples, PrecisionRecall.DEFAULT_K);
        return new SampleEvaluation(SampleDistances.frechet(samples, real), SampleDistances.energy(samples, real),
                SampleDistances.mmdSquared(samples, real, SampleDistances.DEFAULT_BANDWIDTH), pr.precision(), pr.recall(),
                ModeCoverage.of(target, samples).fraction(), target.meanLogDensity(samples));
    }

    /** The values in the order of {@link #NAMES}. */
    public double[] values() {
        return new double[] {frechet, energy, mmd2, precision, recall, coverage, meanLogDensity};
    }
}
