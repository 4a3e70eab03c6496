package org.diffusioncourse.demo.score;

import java.util.List;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.ToyDataset;

/**
 * The targets of the score-field demo: the two-mode mixture of the score chapter
 * (0.5 N((-2, 0), 0.7^2 I) + 0.5 N((2, 0), 0.7^2 I), whose worked scores the lesson quotes) and
 * some of the course's toy sets.
 */
public final class ScoreTargets {

    /** The chapter's mixture. */
    public static final String TWO_MODES = "two-modes";

    private static final List<String> IDS = List.of(TWO_MODES, "two-blobs", "two-moons", "eight-gaussians", "five-modes");

    private static final GaussianMixture2D CHAPTER = GaussianMixture2D.of(new double[] {0.5, 0.5},
            new double[][] {{-2, 0}, {2, 0}}, new double[] {0.7, 0.7});

    private ScoreTargets() {
    }

    /** The accepted ids, in display order. */
    public static List<String> ids() {
        return IDS;
    }

    /** A human-readable name. */
    public static String label(String id) {
        return id.equals(TWO_MODES) ? "Two modes at (±2, 0), σ = 0.7" : ToyDataset.byId(id).label();
    }

    /** @throws IllegalArgumentException listing the allowed ids */
    public static GaussianMixture2D byId(String id) {
        if (!IDS.contains(id)) {
            throw new IllegalArgumentException("dataset must be one of " + String.join(", ", IDS) + "; was \"" + id + "\"");
        }
        return id.equals(TWO_MODES) ? CHAPTER : ToyDataset.byId(id).mixture();
    }
}
