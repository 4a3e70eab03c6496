package org.diffusioncourse.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diffusioncourse.demo.landscape.ConsistencyMap;
import org.diffusioncourse.demo.landscape.ConsistencyScene;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.process.VpSde;
import org.junit.jupiter.api.Test;

/**
 * Every worked number of the consistency-models lesson is the engine's: the path's scales, the
 * single-Gaussian check, the self-consistency table, the Euler table and the numbers quoted in
 * claims, hints and misconceptions.
 */
class ConsistencyModelsNumbersTest {

    private static final String POINT = "\\((-?[0-9.]+), (-?[0-9.]+)\\)";
    private static final Pattern TRAJECTORY_ROW = Pattern.compile(
            "^\\| ([0-9.]+) \\| " + POINT + " \\| " + POINT + " \\| " + POINT + " \\|$");
    private static final Pattern EULER_ROW = Pattern.compile("^\\| (\\d+) \\| ([0-9.]+) \\|$");

    private final String lesson = read("content/lessons/consistency-models/index.md");
    private final VpSde path = VpSde.standard();
    private final ConsistencyMap blobs = ConsistencyMap.of(ToyDataset.TWO_BLOBS.mixture());
    private final ConsistencyScene moons = ConsistencyScene.of(ToyDataset.TWO_MOONS, 3, 200);

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theQuotedScalesOfTheVpPathMatchTheEngine() {
        assertThat(fixed(path.signalScale(1), 4)).isEqualTo("0.0066");
        assertThat(fixed(path.signalScale(ConsistencyMap.END), 5)).isEqualTo("0.99995");
        assertThat(fixed(path.noiseStd(ConsistencyMap.END), 4)).isEqualTo("0.0105");
        assertThat(lesson).contains("$a(1) = 0.0066$").contains("$a(\\\\delta) = 0.99995$")
                .contains("$a(\\delta) = 0.99995$ and $s(\\delta) = 0.0105$").contains("e^{-5.025} = 0.0066");
        assertThat(fixed(Math.exp(-0.5 * (0.1 + 9.95)), 4)).isEqualTo("0.0066");
    }

    @Test
    void thePointsHardlyMoveBeforeTimePointThree() {
        assertThat(path.signalScale(0.3)).isLessThan(0.63).isGreaterThan(0.62);
        assertThat(lesson).contains("$a(t)$ is still below 0.63").contains("before $t \\approx 0.3$");
        ConsistencyScene storyboard = ConsistencyScene.of(ToyDataset.EIGHT_GAUSSIANS, 3, 200);
        double start = ConsistencyScene.meanDistance(storyboard.at(ConsistencyScene.GRID), storyboard.exactEndpoints());
        double at03 = ConsistencyScene.meanDistance(storyboard.at(30), storyboard.exactEndpoints());
        assertThat(at03).as("distance left at t = 0.3").isGreaterThan(0.9 * start);
    }

    @Test
    void theSingleGaussianExampleMatchesTheSolverAndTheShortcut() {
        ConsistencyMap one = ConsistencyMap.of(GaussianMixture2D.of(new double[] {1}, new double[][] {{0.5, -0.3}},
                new double[] {0.4}));
        PointCloud f = one.exact(PointCloud.of(new double[] {1.2}, new double[] {0.4}), 1.0);
        assertThat(lesson).contains("give $(" + fixed(f.x(0), 4) + ", " + fixed(f.y(0), 4) + ")$")
                .contains("$(0.9788, -0.1391)$").contains("the shortcut gives $(0.98, -0.14)$");
        assertThat(fixed(0.5 + 0.4 * 1.2, 2) + ", " + fixed(-0.3 + 0.4 * 0.4, 2)).isEqualTo("0.98, -0.14");
    }

    @Test
    void theSelfConsistencyTableIsTheEngines() {
        List<Matcher> rows = lesson.lines().map(TRAJECTORY_ROW::matcher).filter(Matcher::matches).toList();
        assertThat(rows).hasSize(4);
        double[] times = new double[rows.size() + 1];
        for (int j = 0; j < rows.size(); j++) {
            times[j] = Double.parseDouble(rows.get(j).group(1));
        }
        times[rows.size()] = ConsistencyMap.END;
        PointCloud[] trajectory = blobs.trajectory(PointCloud.of(new double[] {0.8}, new double[] {0.3}), times);
        for (int j = 0; j < rows.size(); j++) {
            Matcher row = rows.get(j);
            PointCloud x = trajectory[j];
            PointCloud exact = blobs.exact(x, times[j]);
            PointCloud euler = blobs.euler(x, times[j], 4);
            assertThat(row.group(2) + ", " + row.group(3)).as("x_t at t = %s", times[j])
                    .isEqualTo(fixed(x.x(0), 4) + ", " + fixed(x.y(0), 4));
            assertThat(row.group(4) + ", " + row.group(5)).as("f at t = %s", times[j])
                    .isEqualTo(fixed(exact.x(0), 6) + ", " + fixed(exact.y(0), 6));
            assertThat(row.group(6) + ", " + row.group(7)).as("f_4 at t = %s", times[j])
                    .isEqualTo(fixed(euler.x(0), 4) + ", " + fixed(euler.y(0), 4));
        }
    }

    @Test
    void theClaimedEndpointAndTheWanderOfEulerMatchTheEngine() {
        double[] times = {1.0, 0.75, 0.5, 0.25, ConsistencyMap.END};
        PointCloud[] trajectory = blobs.trajectory(PointCloud.of(new double[] {0.8}, new double[] {0.3}), times);
        PointCloud end = trajectory[times.length - 1];
        assertThat(lesson).contains("(" + fixed(end.x(0), 4) + ", " + fixed(end.y(0), 4) + ") at δ = 0.001");
        double worst = 0;
        for (int j = 0; j < times.length - 1; j++) {
            PointCloud e = blobs.euler(trajectory[j], times[j], 4);
            worst = Math.max(worst, Math.hypot(e.x(0) - end.x(0), e.y(0) - end.y(0)));
        }
        assertThat(fixed(worst, 3)).as("largest miss of 4-step Euler").isEqualTo("0.045");
        assertThat(lesson).contains("lands up to 0.045 away").contains("misses it by up to 0.045");
    }

    @Test
    void theEulerTableAndTheQuotedErrorsAreTheEngines() {
        List<Matcher> rows = lesson.lines().map(EULER_ROW::matcher).filter(Matcher::matches).toList();
        assertThat(rows).extracting(m -> m.group(1)).containsExactly("1", "4", "16", "64");
        for (Matcher row : rows) {
            int steps = Integer.parseInt(row.group(1));
            String error = fixed(moons.eulerError(ConsistencyScene.GRID, steps), 4);
            assertThat(row.group(2)).as("error with %d steps", steps).isEqualTo(error);
            assertThat(lesson).as("the claim quotes %d steps", steps).contains(error + " with " + steps);
        }
        String noiseToEnd = fixed(ConsistencyScene.meanDistance(moons.at(ConsistencyScene.GRID), moons.exactEndpoints()), 4);
        assertThat(noiseToEnd).isEqualTo("0.5815");
        assertThat(lesson).contains("noise to its exact endpoints is 0.5815").contains("nearly the 0.5815");
        assertThat(lesson).contains("from t = 1 with 4 steps is " + fixed(moons.eulerError(ConsistencyScene.GRID, 4), 4)
                + " and from t = 0.5 it is " + fixed(moons.eulerError(ConsistencyScene.GRID / 2, 4), 4));
        assertThat(lesson).contains("its mean error is " + fixed(moons.eulerError(ConsistencyScene.GRID, 1), 4));
        assertThat(moons.fewestStepsWithin(0.05)).isEqualTo(16);
        assertThat(moons.exactGap(ConsistencyScene.GRID / 2)).as("exact map's gap, quoted as below 1e-9").isLessThan(1e-9);
        assertThat(lesson).contains("gaps below 1e-9 here");
        assertThat(moons.eulerError(ConsistencyScene.GRID, 8)).isGreaterThan(2 * 0.0389);
    }

    @Test
    void theBlobLayoutAndTheMidpointMisconceptionAreTheEngines() {
        GaussianMixture2D mixture = ToyDataset.TWO_BLOBS.mixture();
        assertThat(fixed(mixture.means()[1][0], 3)).isEqualTo("0.893");
        assertThat(mixture.stds()[1]).isEqualTo(0.45);
        assertThat(lesson).contains("±(0.893, 0.893)").contains("standard deviation 0.45");
        PointCloud middle = blobs.exact(PointCloud.of(new double[] {0}, new double[] {0}), 1.0);
        assertThat(Math.hypot(middle.x(0), middle.y(0))).isLessThan(1e-9);
        assertThat(lesson).contains("the noise point (0, 0) is sent to (0, 0)");
    }

    private static String fixed(double v, int digits) {
        String s = String.format(Locale.ROOT, "%." + digits + "f", v);
        return s.matches("-0\\.0*") ? s.substring(1) : s;
    }
}
