package org.diffusioncourse.simulation.learn;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AliasMethodDiscreteSampler;
import org.apache.commons.rng.sampling.distribution.SharedStateDiscreteSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.LabelledMixture;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.ToyDataset;

/**
 * The finite training set of a run: n points drawn once from a toy data set, each with the class
 * of the component it came from. Draws, point by point: the component (alias method), then x,
 * then y, as {@link GaussianMixture2D#sample}. Immutable.
 */
public final class TrainingSet {

    private final PointCloud points;
    private final int[] labels;

    private TrainingSet(PointCloud points, int[] labels) {
        this.points = points;
        this.labels = labels;
    }

    /** n points of {@code dataset} from {@code rng}. */
    public static TrainingSet draw(ToyDataset dataset, int n, UniformRandomProvider rng) {
        return draw(dataset.labelled(), n, rng);
    }

    /** n points of any labelled mixture from {@code rng}. */
    static TrainingSet draw(LabelledMixture labelled, int n, UniformRandomProvider rng) {
        GaussianMixture2D mixture = labelled.mixture();
        double[][] means = mixture.means();
        double[] stds = mixture.stds();
        int[] classes = labelled.classes();
        SharedStateDiscreteSampler pick = AliasMethodDiscreteSampler.of(rng, mixture.weights());
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] xs = new double[n];
        double[] ys = new double[n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int k = pick.sample();
            xs[i] = means[k][0] + stds[k] * gauss.sample();
            ys[i] = means[k][1] + stds[k] * gauss.sample();
            labels[i] = classes[k];
        }
        return new TrainingSet(PointCloud.wrap(xs, ys), labels);
    }

    /** The training set of {@code config}: its size, its data set, stream 0 of its seed. */
    public static TrainingSet of(TrainingConfig config) {
        return of(config, config.dataset().labelled());
    }

    /** The training set of {@code config} drawn from {@code data} in place of its data set. */
    static TrainingSet of(TrainingConfig config, LabelledMixture data) {
        return draw(data, config.trainingSetSize(), Seeds.stream(config.seed(), 0));
    }

    /** The points (the cloud is immutable). */
    public PointCloud points() {
        return points;
    }

    /** The class of point i. */
    public int label(int i) {
        return labels[i];
    }
}
