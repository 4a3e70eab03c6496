package org.diffusioncourse.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.diffusioncourse.demo.likelihood.LikelihoodScene;
import org.diffusioncourse.demo.likelihood.ScoreMatchingFit;
import org.diffusioncourse.demo.score.DenoisingScoreMatching;
import org.diffusioncourse.demo.score.ScoreFieldScene;
import org.diffusioncourse.demo.score.ScoreTarget;
import org.diffusioncourse.simulation.FieldConversions;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.Vec2;
import org.diffusioncourse.simulation.process.NoiseSchedule;
import org.junit.jupiter.api.Test;

/**
 * Every worked number of the score-matching lesson is the engine's number: the chapter's 1-D
 * Gaussian and mixture scores, the conditional-score and denoising examples, Tweedie at the
 * probe, the lengths at t = 0 and T, the merge step and the score-matching estimate.
 */
class ScoreMatchingNumbersTest {

    /** The lesson, with the typographic minus of the YAML prose read as a plain one. */
    private final String lesson = read("content/lessons/score-matching/index.md").replace('−', '-');
    private final ScoreFieldScene twoModes = ScoreFieldScene.of(ScoreTarget.TWO_MODES, NoiseSchedule.Kind.LINEAR);

    @Test
    void theOneDimensionalGaussianScoresAreTheEngines() {
        NoisedMixture gauss = NoisedMixture.of(GaussianMixture2D.of(new double[] {1}, new double[][] {{3, 0}}, new double[] {1}));
        assertThat(gauss.score(5, 0, 1, 0).x()).isCloseTo(-2, within(1e-12));
        assertThat(gauss.score(1, 0, 1, 0).x()).isCloseTo(2, within(1e-12));
        assertThat(gauss.score(3, 0, 1, 0).x()).isCloseTo(0, within(1e-12));
        assertThat(lesson).contains("the score is $-2$ at $x = 5$, $+2$ at $x = 1$ and $0$ at $x = 3$");
    }

    @Test
    void theMixtureScoresAtTheMidpointAndNearAModeAreTheEngines() {
        Vec2 mid = twoModes.probe(0, 0, 0).score();
        assertThat(f3(mid.x()) + ", " + f3(mid.y())).isEqualTo("0.000, 0.000");
        String near = f3(twoModes.probe(3, 0, 0).score().x());
        assertThat(near).isEqualTo("-2.041");
        assertThat(lesson).contains("-(1, 0)/0.49 = (" + near + ", 0)").contains("(" + near + ", 0) at (3, 0)")
                .contains("it is the vector (" + near + ", 0)");
    }

    @Test
    void theScoreSizeTableNumbersAreTheEngines() {
        assertThat(f3(twoModes.magnitude(10).denoisingTarget())).isEqualTo("32.489");
        assertThat(f3(twoModes.magnitude(0).rms())).isEqualTo("1.993");
        assertThat(f3(twoModes.magnitude(100).rms())).isEqualTo("1.870");
        assertThat(f3(twoModes.magnitude(1000).rms())).isEqualTo("1.414");
        assertThat(f3(twoModes.magnitude(500).rms())).isEqualTo("1.352");
        assertThat(f3(twoModes.magnitude(0).separatedModes())).isEqualTo("2.020").isEqualTo(f3(Math.sqrt(2) / 0.7));
        assertThat(lesson).contains("32.489 at $t = 10$").contains("1.993 at $t = 0$, 1.870 at $t = 100$ and 1.414")
                .contains("$\\sqrt{2} / 0.7 = 2.020$").contains("dips to 1.352 at $t = 500$");
    }

    @Test
    void theConditionalScoreExampleIsTheEngines() {
        double sx = FieldConversions.scoreFromDenoised(2.5, 3, 0.7, 0.3);
        double sy = FieldConversions.scoreFromDenoised(0, -1, 0.7, 0.3);
        assertThat(lesson).contains("= (" + f3(sx) + ", " + f3(sy) + ")");
        assertThat(f3(sx)).isEqualTo("-4.444");
        assertThat(f3(sy)).isEqualTo("-7.778");
    }

    @Test
    void theDenoisingStepIsTheEngines() {
        Vec2 target = DenoisingScoreMatching.target(new Vec2(0.5, -1.2), 0.3);
        double loss = Math.pow(-1.5 - target.x(), 2) + Math.pow(3.5 - target.y(), 2);
        assertThat(lesson).contains("$x = (2.95, 1.04)$")
                .contains("$-\\epsilon/s = (" + f3(target.x()) + ", " + f3(target.y()) + ")$")
                .contains("costs $0.167^2 + 0.5^2 = " + f3(loss) + "$");
        assertThat(0.7 * 4 + 0.3 * 0.5).isCloseTo(2.95, within(1e-12));
        assertThat(0.7 * 2 + 0.3 * -1.2).isCloseTo(1.04, within(1e-12));
    }

    @Test
    void tweedieAtTheProbeIsTheEngines() {
        ScoreFieldScene.Probe p = twoModes.probe(3, 0, 250);
        double alphaBar = twoModes.schedule().alphaBar(250);
        assertThat(lesson).contains("$\\bar\\alpha_{250} = " + f4(alphaBar) + "$")
                .contains("the score is $(" + f3(p.score().x()) + ", 0)$")
                .contains(f4(1 - alphaBar) + " \\cdot (" + f3(p.score().x()) + ", 0)}{" + f4(Math.sqrt(alphaBar)) + "}")
                .contains("= (" + f3(p.denoised().x()) + ", 0)")
                .contains("\\mathbb{E}[\\epsilon \\mid x] = (" + f3(p.noise().x()) + ", 0)")
                .contains("probe (3, 0) has score (" + f3(p.score().x()) + ", 0) and denoised value (" + f3(p.denoised().x()) + ", 0)")
                .contains("that expected noise is (" + f3(p.noise().x()) + ", 0)");
    }

    @Test
    void theLengthsAtTheStartAndEndAreTheEngines() {
        String start = f3(twoModes.probe(3, 0, 0).scoreNorm());
        String end = f3(twoModes.probe(3, 0, 1000).scoreNorm());
        assertThat(lesson).contains("grows from " + start + " at $t = 0$ to " + end + " at $t = T$")
                .contains("grows from " + start + " at t = 0 to " + end + " at t = T");
        ScoreFieldScene moons = ScoreFieldScene.of(ScoreTarget.TWO_MOONS, NoiseSchedule.Kind.LINEAR);
        assertThat(lesson).contains("score of length " + f3(moons.probe(3, 0, 0).scoreNorm()) + ", which falls to "
                + f3(moons.probe(3, 0, 1000).scoreNorm()));
        assertThat(String.format(Locale.ROOT, "%.4f", Math.sqrt(twoModes.schedule().alphaBar(1000)))).isEqualTo("0.0064");
    }

    @Test
    void theModesMergeWhereTheLessonSays() {
        assertThat(lesson).contains("**At $t = " + mergeStep(NoiseSchedule.Kind.LINEAR) + "$**").contains("waits until $t = " + mergeStep(NoiseSchedule.Kind.COSINE) + "$");
        assertThat(1 / 4.51).isCloseTo(0.2217, within(5e-5));
        assertThat(twoModes.schedule().alphaBar(mergeStep(NoiseSchedule.Kind.LINEAR))).isLessThanOrEqualTo(1 / 4.51);
        assertThat(twoModes.schedule().alphaBar(mergeStep(NoiseSchedule.Kind.LINEAR) - 1)).isGreaterThan(1 / 4.51);
    }

    @Test
    void theScoreMatchingEstimateIsTheEngines() {
        ScoreMatchingFit.Estimate e = ScoreMatchingFit.of(LikelihoodScene.of(3, 500).data());
        var mle = LikelihoodScene.of(3, 500).fit().last().model();
        assertThat(lesson).contains("\\hat\\theta_{\\text{SM}} = (" + f4(e.theta1()) + ", " + f4(e.theta2()) + ")")
                .contains("maximum-likelihood $(" + f4(mle.theta1()) + ", " + f4(mle.theta2()) + ")$")
                .contains("which gave θ₁ = " + f4(mle.theta1()));
    }

    /** The first step at which the midpoint stops being a saddle: the x score just right of 0 turns negative. */
    private static int mergeStep(NoiseSchedule.Kind schedule) {
        ScoreFieldScene scene = ScoreFieldScene.of(ScoreTarget.TWO_MODES, schedule);
        for (int t = 0; t <= scene.steps(); t++) {
            if (scene.probe(1e-3, 0, t).score().x() < 0) {
                return t;
            }
        }
        throw new AssertionError("the modes never merge on " + schedule.id());
    }

    private static String f3(double v) {
        String s = String.format(Locale.ROOT, "%.3f", v);
        return s.equals("-0.000") ? "0.000" : s;
    }

    private static String f4(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
