package org.diffusioncourse.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.diffusioncourse.demo.likelihood.GridQuadrature;
import org.diffusioncourse.demo.likelihood.LikelihoodFit;
import org.diffusioncourse.demo.likelihood.LikelihoodScene;
import org.diffusioncourse.demo.likelihood.QuarticEnergy;
import org.diffusioncourse.simulation.ToyDataset;
import org.junit.jupiter.api.Test;

/**
 * Every worked number of the maximum-likelihood lesson is the engine's number: the data's
 * moments, Z and the log-likelihood at the start, after five steps and at the optimum, the
 * peaks, the score at x = 1, the quadrature table and the grid counts.
 */
class MaximumLikelihoodNumbersTest {

    private final String lesson = read("content/lessons/maximum-likelihood/index.md");
    private final LikelihoodFit fit = LikelihoodScene.of(3, 500).fit();

    @Test
    void theDataMomentsAndTheStartOfTheFitMatchTheEngine() {
        assertThat(lesson).contains("\\overline{x^2} = " + f4(fit.dataX2()))
                .contains("\\overline{x^4} = " + f4(fit.dataX4()));
        LikelihoodFit.Step start = fit.step(0);
        assertThat(f4(start.z())).isEqualTo(f4(Math.sqrt(2 * Math.PI)));
        assertThat(lesson).contains("Z(\\theta_0) = \\sqrt{2\\pi} = " + f4(start.z()))
                .contains("\\log 2.5066 = " + f4(start.meanLogLikelihood()))
                .contains("(1 - " + f4(fit.dataX2()) + ", 3 - " + f4(fit.dataX4()) + ")");
        assertThat(start.modelX2()).isEqualTo(1.0, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void theFifthStepAndTheOptimumMatchTheEngine() {
        LikelihoodFit.Step five = fit.step(5);
        assertThat(lesson).contains("\\theta = (" + f4(five.model().theta1()) + ", " + f4(five.model().theta2())
                + ")$ and $Z = " + f4(five.z()));
        LikelihoodFit.Step last = fit.last();
        QuarticEnergy m = last.model();
        assertThat(lesson).contains("\\hat\\theta = (" + f4(m.theta1()) + ", " + f4(m.theta2()) + ")")
                .contains("Z(\\hat\\theta) = " + f4(last.z()))
                .contains("\\ell(\\hat\\theta) = " + f4(last.meanLogLikelihood()))
                .contains("peaks at $\\pm " + f2(Math.sqrt(-m.theta1() / (2 * m.theta2()))))
                .contains("s_{\\hat\\theta}(1) = " + f4(m.score(1)))
                .contains("The true score there is $" + f4(LikelihoodScene.of(3, 500).trueScore(1)));
        // The claims quote the same values in plain text.
        assertThat(lesson).contains("E[x²] = " + f4(fit.dataX2()) + " and E[x⁴] = " + f4(fit.dataX4()))
                .contains("is " + f4(m.score(1)) + " at x = 1");
    }

    @Test
    void theBlobCentresQuotedAreTheToySetsCentres() {
        double centre = ToyDataset.TWO_BLOBS.mixture().means()[1][0];
        assertThat(lesson).contains("\\mathcal{N}(\\pm " + String.format(Locale.ROOT, "%.3f", centre) + ", 0.45^2)");
        assertThat(ToyDataset.TWO_BLOBS.mixture().stds()[0]).isEqualTo(0.45);
    }

    @Test
    void theQuadratureTableMatchesTheEngine() {
        QuarticEnergy m = fit.last().model();
        assertThat(lesson).contains("| 21 | " + f4(GridQuadrature.of(6, 21).moments(m).z()) + " |")
                .contains("| 41 | " + String.format(Locale.ROOT, "%.5f", GridQuadrature.of(6, 41).moments(m).z()) + " |")
                .contains("| 81 | " + String.format(Locale.ROOT, "%.9f", GridQuadrature.of(6, 81).moments(m).z()) + " |");
        double reference = GridQuadrature.of(6, 20_001).moments(m).z();
        assertThat(Math.abs(GridQuadrature.of(6, 81).moments(m).z() - reference)).isLessThan(1e-12);
        assertThat(Math.abs(GridQuadrature.of(6, 41).moments(m).z() - reference) / reference).isLessThan(5e-7);
    }

    @Test
    void theGridCountsAndTheirTimeMatch() {
        assertThat(GridQuadrature.gridSize(100, 2)).isEqualTo(1e4);
        assertThat(GridQuadrature.gridSize(100, 10)).isEqualTo(1e20);
        double years = 1e20 / 1e9 / (365.25 * 24 * 3600);
        assertThat(years).isBetween(3_100.0, 3_300.0);
        assertThat(lesson).contains("about 3,200 years");
        double digits = Math.floor(784 * Math.log10(81)) + 1;
        assertThat(digits).isBetween(1_450.0, 1_550.0);
        assertThat(lesson).contains("about 1,500 digits");
    }

    private static String f4(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static String f2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void whatDdpmDoesWithTheLikelihoodIsSaidAsTheDdpmLessonSaysIt() {
        String ddpm = read("content/lessons/ddpm/index.md");
        assertThat(lesson).doesNotContain("maximises a bound").contains("no longer a bound");
        assertThat(ddpm).contains("no longer a bound on $-\\log p_\\theta(x_0)$");
    }
}
