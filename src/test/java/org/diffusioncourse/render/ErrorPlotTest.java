package org.diffusioncourse.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.diffusioncourse.simulation.metrics.LogLogSlope;
import org.junit.jupiter.api.Test;

class ErrorPlotTest {

    private static final long[] NFE = {5, 10, 20, 50, 100};

    private static ErrorPlot.Series powerLaw(String label, double c, double order) {
        double[] e = new double[NFE.length];
        for (int k = 0; k < NFE.length; k++) {
            e[k] = c * Math.pow(NFE[k], -order);
        }
        return new ErrorPlot.Series(label, NFE, e, LogLogSlope.of(NFE, e));
    }

    @Test
    void theTextStatesTheSlopeItIsGivenAndFitsNothingItself() {
        var s = new ErrorPlot.Series("Euler", NFE, powerLaw("Euler", 2, 1).error(), -1.5);
        assertThat(ErrorPlot.describe("RMS distance", List.of(s))).contains("fitted slope -1.50");
        var unknown = new ErrorPlot.Series("Euler", NFE, powerLaw("Euler", 2, 1).error(), Double.NaN);
        assertThat(ErrorPlot.describe("RMS distance", List.of(unknown))).doesNotContain("slope");
    }

    @Test
    void sameSeriesGiveSameBytesAndTheTextListsEveryPoint() {
        List<ErrorPlot.Series> s = List.of(powerLaw("Euler", 2, 1), powerLaw("Heun", 3, 2));
        String svg = ErrorPlot.render("error-plot", "RMS distance", s);
        assertThat(ErrorPlot.render("error-plot", "RMS distance", s)).isEqualTo(svg);
        assertThat(svg).startsWith("<svg").contains("role='img'").contains("error-plot-series-0")
                .contains("error-plot-series-1").contains("error-plot-guide-2");
        String text = ErrorPlot.describe("RMS distance", s);
        assertThat(text).contains("Euler (circles): NFE 5 → 4.00e-01, NFE 10 → 2.00e-01")
                .contains("fitted slope -1.00").contains("Heun (squares)").contains("fitted slope -2.00");
        assertThat(svg.length()).isLessThan(20_000);
    }

    @Test
    void pointsThatCannotBeDrawnOnALogAxisAreLeftOutButStillListed() {
        long[] nfe = {5, 10, 20};
        double[] error = {0.1, -0.001, Double.NaN};
        var s = new ErrorPlot.Series("noisy", nfe, error, LogLogSlope.of(nfe, error));
        assertThat(s.slope()).isNaN();
        String svg = ErrorPlot.render("error-plot", "energy distance", List.of(s));
        assertThat(svg).contains("error-plot-series-0");
        assertThat(ErrorPlot.describe("energy distance", List.of(s))).contains("NFE 10 → -1.00e-03").contains("NFE 20 → NaN");
    }

    @Test
    void oneToThreeSeriesOnly() {
        assertThatIllegalArgumentException().isThrownBy(() -> ErrorPlot.render("e", "x", List.of()))
                .withMessage("series must hold 1 to 3 samplers, had 0");
        assertThatIllegalArgumentException().isThrownBy(() -> new ErrorPlot.Series("x", new long[] {1}, new double[0], Double.NaN))
                .withMessage("error must have one value per nfe (1), had 0");
    }
}
