package org.diffusioncourse.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LabelledMixtureTest {

    private static final double[] WEIGHTS = {0.2, 0.3, 0.5};
    private static final double[][] MEANS = {{0, 0}, {1, 1}, {2, 2}};
    private static final double[] STDS = {1, 1, 1};

    @Test
    void restrictingToAClassKeepsItsComponentsWithRenormalisedWeights() {
        LabelledMixture m = LabelledMixture.of(WEIGHTS, MEANS, STDS, new int[] {0, 1, 1});
        GaussianMixture2D one = m.restrictTo(1);
        assertThat(one.components()).isEqualTo(2);
        assertThat(one.weights()[0]).isCloseTo(0.375, within(1e-15));
        assertThat(one.weights()[1]).isCloseTo(0.625, within(1e-15));
        assertThat(one.means()[1]).containsExactly(2, 2);
        assertThat(m.classCount()).isEqualTo(2);
    }

    @Test
    void labelsAreValidatedWithTheirIndexAndAbsentClassesAreRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LabelledMixture.of(WEIGHTS, MEANS, STDS, new int[] {0, -1, 1}))
                .withMessage("classes[1] must be >= 0, was -1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LabelledMixture.of(WEIGHTS, MEANS, STDS, new int[] {0, 1}))
                .withMessage("classes must have 3 entries (one per weight), had 2");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LabelledMixture.of(WEIGHTS, MEANS, STDS, new int[] {0, 0, 2}).restrictTo(1))
                .withMessage("y must be a class with positive weight, one of [0, 2]; was 1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LabelledMixture.of(new double[] {0.5, 0.6}, new double[][] {{0, 0}, {1, 1}},
                        new double[] {1, 1}, new int[] {0, 0}))
                .withMessageStartingWith("weights must sum to 1");
    }

    @Test
    void everyToyDatasetCarriesLabelsThatCoverItsComponents() {
        assertThat(ToyDataset.EIGHT_GAUSSIANS.labelled().classCount()).isEqualTo(8);
        assertThat(ToyDataset.RINGS.labelled().classCount()).isEqualTo(2);
        assertThat(ToyDataset.CHECKERBOARD.labelled().classCount()).isEqualTo(8);
        assertThat(ToyDataset.TWO_MOONS.labelled().restrictTo(1).components()).isEqualTo(24);
        assertThat(ToyDataset.SPIRAL.labelled().classCount()).isEqualTo(1);
    }
}
