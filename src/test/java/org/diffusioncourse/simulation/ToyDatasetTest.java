package org.diffusioncourse.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ToyDatasetTest {

    /** The mixture moments are sums of a few dozen terms: rounding only. */
    private static final double EXACT_MOMENT_TOLERANCE = 1e-12;
    private static final double STANDARD_ERRORS = 5.0;

    @ParameterizedTest
    @EnumSource(ToyDataset.class)
    void everyDatasetMixtureHasMeanZeroAndTheTotalVarianceOfNormalNoise(ToyDataset dataset) {
        GaussianMixture2D m = dataset.mixture();
        assertThat(m.mean()[0]).isCloseTo(0, within(EXACT_MOMENT_TOLERANCE));
        assertThat(m.mean()[1]).isCloseTo(0, within(EXACT_MOMENT_TOLERANCE));
        assertThat(m.covariance()[0][0] + m.covariance()[1][1]).isCloseTo(2, within(EXACT_MOMENT_TOLERANCE));
    }

    @Test
    void theShapesKeepTheirProportions() {
        // One scale factor on both axes: the moons stay wider than tall, as usually drawn.
        double[][] moons = ToyDataset.TWO_MOONS.mixture().covariance();
        assertThat(moons[0][0]).isGreaterThan(1.5 * moons[1][1]);
    }

    @ParameterizedTest
    @EnumSource(ToyDataset.class)
    void samplesAgreeWithTheMixtureMomentsWithinMonteCarloError(ToyDataset dataset) {
        int n = 20_000;
        PointCloud cloud = dataset.mixture().sample(n, Seeds.generator(21));
        double meanError = STANDARD_ERRORS * Math.sqrt(1.0 / n);
        assertThat(cloud.meanX()).isCloseTo(0, within(meanError));
        assertThat(cloud.meanY()).isCloseTo(0, within(meanError));
        // Var of a variance estimate is (mu_4 - sigma^4) / n; mu_4 <= 3 for these light-tailed shapes.
        double varianceError = STANDARD_ERRORS * Math.sqrt(2.0 / n);
        double[][] exact = dataset.mixture().covariance();
        assertThat(cloud.covariance()[0][0]).isCloseTo(exact[0][0], within(varianceError));
        assertThat(cloud.covariance()[1][1]).isCloseTo(exact[1][1], within(varianceError));
    }

    @Test
    void moonsAndSpiralAreManyNarrowComponentsAndBlobsAreTwo() {
        assertThat(ToyDataset.TWO_MOONS.mixture().components()).isBetween(40, 60);
        assertThat(ToyDataset.SPIRAL.mixture().components()).isBetween(40, 60);
        assertThat(ToyDataset.TWO_BLOBS.mixture().components()).isEqualTo(2);
        assertThat(java.util.Arrays.stream(ToyDataset.SPIRAL.mixture().stds()).max().orElseThrow()).isLessThan(0.15);
    }

    @Test
    void datasetsAreFoundByIdAndUnknownIdsAreRejectedListingTheAllowedOnes() {
        assertThat(ToyDataset.byId("two-moons")).isEqualTo(ToyDataset.TWO_MOONS);
        assertThat(ToyDataset.byId("spiral").label()).isEqualTo("Spiral");
        assertThat(ToyDataset.ids()).containsExactly("two-moons", "spiral", "two-blobs");
        assertThat(ToyDataset.allIds()).containsExactly("two-moons", "spiral", "two-blobs", "eight-gaussians",
                "rings", "checkerboard", "five-modes");
        assertThat(ToyDataset.byId("five-modes")).isEqualTo(ToyDataset.FIVE_MODES);
        assertThatIllegalArgumentException().isThrownBy(() -> ToyDataset.byId("circles"))
                .withMessage("dataset must be one of two-moons, spiral, two-blobs, eight-gaussians, rings, checkerboard, "
                        + "five-modes; was \"circles\"");
    }

    @Test
    void theMixtureIsBuiltOnceAndShared() {
        assertThat(ToyDataset.SPIRAL.mixture()).isSameAs(ToyDataset.SPIRAL.mixture());
    }
}
