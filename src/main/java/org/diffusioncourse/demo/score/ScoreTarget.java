package org.diffusioncourse.demo.score;

import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.ToyDataset;

/**
 * The targets of the score-field demo: the two-mode mixture of the score chapter
 * (0.5 N((-2, 0), 0.7^2 I) + 0.5 N((2, 0), 0.7^2 I), whose worked scores the lesson quotes) and
 * some of the course's toy sets, in display order.
 */
public enum ScoreTarget {

    /** The chapter's mixture. */
    TWO_MODES("two-modes", "Two modes at (±2, 0), σ = 0.7", GaussianMixture2D.of(new double[] {0.5, 0.5},
            new double[][] {{-2, 0}, {2, 0}}, new double[] {0.7, 0.7})),
    TWO_BLOBS(ToyDataset.TWO_BLOBS),
    TWO_MOONS(ToyDataset.TWO_MOONS),
    EIGHT_GAUSSIANS(ToyDataset.EIGHT_GAUSSIANS),
    FIVE_MODES(ToyDataset.FIVE_MODES);

    private final String id;
    private final String label;
    private final GaussianMixture2D mixture;

    ScoreTarget(ToyDataset dataset) {
        this(dataset.id(), dataset.label(), dataset.mixture());
    }

    ScoreTarget(String id, String label, GaussianMixture2D mixture) {
        this.id = id;
        this.label = label;
        this.mixture = mixture;
    }

    /** The id in links and lesson files, e.g. {@code "two-modes"}. */
    public String id() {
        return id;
    }

    /** A human-readable name. */
    public String label() {
        return label;
    }

    /** The exact mixture. */
    public GaussianMixture2D mixture() {
        return mixture;
    }
}
