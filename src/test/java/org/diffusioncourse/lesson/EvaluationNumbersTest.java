package org.diffusioncourse.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.evaluation.FailureMode;
import org.diffusioncourse.simulation.evaluation.FlowLikelihood;
import org.diffusioncourse.simulation.evaluation.Hutchinson;
import org.diffusioncourse.simulation.evaluation.SampleDistances;
import org.diffusioncourse.simulation.evaluation.SampleEvaluation;
import org.diffusioncourse.simulation.evaluation.SeveritySweep;
import org.diffusioncourse.simulation.process.VpSde;
import org.diffusioncourse.support.LessonFiles;
import org.diffusioncourse.support.ReferenceFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The worked numbers of the evaluation lesson, computed three ways: by the closed forms the
 * lesson teaches (written out here), by the independent NumPy/SciPy script
 * {@code reference/make_evaluation_lesson_reference.py} (matrix square roots, an adaptive ODE solve,
 * probe enumeration), and, where the lesson quotes them, as the text prints them. The failure
 * table, the claims and the hints that quote the demo are the engine's own sweeps
 * ({@link SeveritySweep}, two moons and five modes, 500 samples).
 */
class EvaluationNumbersTest {

    /** The script writes repr(float); the closed forms agree with it to rounding. */
    private static final double EXACT = 1e-12;
    /** solve_ivp with rtol 1e-11 against a closed form. */
    private static final double ODE = 1e-8;
    private static final Pattern HUTCHINSON_ROW = Pattern.compile(
            "^\\| \\[\\[(−?\\d+), (−?\\d+)\\], \\[(−?\\d+), (−?\\d+)\\]\\] \\| (−?\\d+) \\| ([0-9 or]+) \\| (\\d+) \\| (\\d+) \\|$");
    private static final Pattern FAILURE_ROW = Pattern.compile("^\\| ([a-zA-Z0-9 ,.()²σ_=-]+?) \\| (-?[0-9.]+) \\| (-?[0-9.]+) \\| "
            + "(-?[0-9.]+) \\| ([0-9.]+) \\| ([0-9.]+) \\| ([0-9.]+) \\| (-?[0-9.]+) \\|$");
    private static final Pattern SEVERITY = Pattern.compile(", severity (\\d) \\((.+)\\)$");
    private static final int SAMPLES = 500;
    private static final String LESSON = LessonFiles.read("evaluation");
    private static Map<String, Double> reference;

    @BeforeAll
    static void readTheScriptsValues() throws IOException {
        reference = new HashMap<>();
        List<String> lines = ReferenceFiles.lines("/reference/evaluation_lesson_numbers.csv");
        assertThat(lines.getFirst()).isEqualTo("name,value");
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            reference.put(cells[0], Double.parseDouble(cells[1]));
        }
    }

    @Test
    void theFrechetShortcutNeedsNoMatrixRootAndGivesTheQuotedDistances() {
        double shifted = frechet2d(new double[] {0, 0}, new double[][] {{1, 0}, {0, 1}}, new double[] {1, 0},
                new double[][] {{4, 0}, {0, 1}});
        double tilted = frechet2d(new double[] {0, 0}, new double[][] {{1, 0}, {0, 1}}, new double[] {0, 0},
                new double[][] {{2, 1}, {1, 2}});
        assertThat(shifted).isCloseTo(ref("frechet_shift_stretch"), within(EXACT)).isCloseTo(2.0, within(EXACT));
        assertThat(tilted).isCloseTo(ref("frechet_tilted"), within(EXACT)).isCloseTo(4 - 2 * Math.sqrt(3), within(EXACT));
        quotes("$1 + 2 + 5 - 2\\sqrt{5 + 2 \\cdot 2} = 2$",
                "$2 + 4 - 2\\sqrt{4 + 2\\sqrt 3} = 4 - 2\\sqrt 3 = " + f(tilted, 4) + "$",
                "which gives d_F² = 2 for N(0, I) against N((1, 0), diag(4, 1))",
                "Gets 4 − 2√3 ≈ " + f(tilted, 4));
        // sqrt(4 + 2 sqrt 3) = 1 + sqrt 3, the hint's form
        assertThat(Math.sqrt(4 + 2 * Math.sqrt(3))).isCloseTo(1 + Math.sqrt(3), within(EXACT));
    }

    @Test
    void theLangevinInflationAndItsFrechetDistanceAreTheClosedForms() {
        double s2 = 0.0625;
        double eta = 1.5 * s2;
        double inflated = s2 / (1 - eta / (2 * s2));
        double distance = 2 * Math.pow(Math.sqrt(inflated) - Math.sqrt(s2), 2);
        assertThat(inflated).isCloseTo(ref("langevin_inflated_variance"), within(EXACT)).isCloseTo(4 * s2, within(EXACT));
        assertThat(distance).isCloseTo(ref("langevin_frechet"), within(EXACT));
        assertThat(s2 / (1 - 0.1 / (2 * s2)) / s2).as("the Langevin lesson's eta = 0.1").isCloseTo(5, within(EXACT));
        quotes("at $\\eta = 0.1$ the five-mode target's modes end up with five times their variance",
                "$\\eta = 1.5\\, s^2 = " + f(eta, 5) + "$",
                "$d_F^2 = 2 (0.5 - 0.25)^2 = " + f(distance, 3) + "$");
    }

    @Test
    void theTinySetsGiveTheQuotedEnergyDistancesAndMmd() {
        double[][] x = {{0, 0}, {1, 0}};
        double[][] y = {{0, 0}, {0, 1}};
        double cross = meanDistance(x, y);
        double v = 2 * cross - meanDistance(x, x) - meanDistance(y, y);
        double u = 2 * cross - distinctPairs(x) - distinctPairs(y);
        double mmd = meanKernel(x, x) + meanKernel(y, y) - 2 * meanKernel(x, y);
        assertThat(cross).isCloseTo(ref("cross_mean"), within(EXACT)).isCloseTo((2 + Math.sqrt(2)) / 4, within(EXACT));
        assertThat(v).isCloseTo(ref("energy_v"), within(EXACT)).isCloseTo(Math.sqrt(2) / 2, within(EXACT));
        assertThat(u).isCloseTo(ref("energy_u"), within(EXACT));
        assertThat(mmd).isCloseTo(ref("mmd2_v"), within(EXACT)).isCloseTo((1 - Math.exp(-1)) / 2, within(EXACT));
        quotes("$(2 + \\sqrt 2)/4 = " + f(cross, 4) + "$",
                "$2 \\times " + f(cross, 4) + " - 0.5 - 0.5 = " + f(v, 4) + "$",
                "$2 \\times " + f(cross, 4) + " - 1 - 1 = " + f(u, 4) + "$",
                "$(1 - e^{-1})/2 = " + f(mmd, 4) + "$",
                "the V-statistic is " + f(v, 4) + " and the unbiased U-statistic " + prose(f(u, 4)),
                "it is " + prose(f(u, 4)) + ", while the biased V-statistic is " + f(v, 4));
    }

    @Test
    void theHutchinsonTableIsTheEnumerationOfTheFourProbes() {
        List<Matcher> rows = LESSON.lines().map(HUTCHINSON_ROW::matcher).filter(Matcher::matches).toList();
        assertThat(rows).hasSize(3);
        String[] names = {"sym", "nonsym", "rot"};
        for (int r = 0; r < rows.size(); r++) {
            Matcher row = rows.get(r);
            double[][] a = {{num(row.group(1)), num(row.group(2))}, {num(row.group(3)), num(row.group(4))}};
            double[] values = rademacherValues(a);
            double mean = 0;
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            for (double e : values) {
                mean += e / values.length;
                low = Math.min(low, e);
                high = Math.max(high, e);
            }
            double variance = 0;
            for (double e : values) {
                variance += (e - mean) * (e - mean) / values.length;
            }
            double off = a[0][1] + a[1][0];
            double gaussian = 2 * (a[0][0] * a[0][0] + a[1][1] * a[1][1]) + off * off;
            String name = names[r];
            assertThat(mean).as("unbiased for %s", name).isCloseTo(a[0][0] + a[1][1], within(EXACT));
            assertThat(variance).as("Rademacher variance of %s is (J12 + J21)^2", name).isCloseTo(off * off, within(EXACT));
            assertThat(low).isCloseTo(ref("hutch_" + name + "_rad_low"), within(EXACT));
            assertThat(high).isCloseTo(ref("hutch_" + name + "_rad_high"), within(EXACT));
            assertThat(variance).isCloseTo(ref("hutch_" + name + "_rad_var"), within(EXACT));
            assertThat(gaussian).as("2 ||(J + J^T)/2||_F^2, checked by Monte Carlo in the script")
                    .isCloseTo(ref("hutch_" + name + "_gauss_var"), within(EXACT));
            assertThat(row.group(5)).isEqualTo(f(mean, 0));
            assertThat(row.group(6)).isEqualTo(low == high ? f(low, 0) : f(low, 0) + " or " + f(high, 0));
            assertThat(row.group(7)).isEqualTo(f(variance, 0));
            assertThat(row.group(8)).isEqualTo(f(gaussian, 0));
        }
        quotes("the Rademacher estimate is 3 or 7 (variance 4), the Gaussian one has variance 30",
                "Gives the two values 1 and 5, each with probability one half, and variance 4.",
                "Gives 14 for the Gaussian probe");
    }

    @Test
    void theNearestNeighbourToySetsGiveTheQuotedPrecisionAndRecall() {
        double[] real = {0, 1, 2, 3};
        double[] fake = {0.5, 1.5};
        double[] withOutlier = {0.5, 1.5, 10};
        assertThat(precision(real, fake)).isEqualTo(ref("knn_precision")).isEqualTo(1.0);
        assertThat(recall(real, fake)).isEqualTo(ref("knn_recall")).isEqualTo(0.75);
        assertThat(precision(real, withOutlier)).isCloseTo(ref("knn_precision_outlier"), within(EXACT))
                .isCloseTo(2.0 / 3, within(EXACT));
        assertThat(recall(real, withOutlier)).isEqualTo(ref("knn_recall_outlier")).isEqualTo(1.0);
        quotes("so recall is $3/4 = 0.75$",
                "precision falls to $2/3$",
                "raises recall from 0.75 to 1 and lowers precision from 1 to 0.67",
                "its ball covers $[1.5, 18.5]$");
    }

    @Test
    void theGaussianLikelihoodCheckIsTheClosedFormAndTheScriptsOdeSolve() {
        VpSde path = VpSde.standard();
        double s2 = 0.25;
        double a2 = path.signalScale(1) * path.signalScale(1);
        double nu1 = a2 * s2 + 1 - a2;
        double x1 = Math.sqrt(nu1 / s2);
        double prior = -Math.log(2 * Math.PI * nu1) - x1 * x1 / (2 * nu1);
        double divergence = Math.log(nu1 / s2);
        double exact = -Math.log(2 * Math.PI * s2) - 1 / (2 * s2);
        assertThat(prior).isCloseTo(ref("pf_prior"), within(ODE));
        assertThat(divergence).isCloseTo(ref("pf_divergence_integral"), within(ODE));
        assertThat(prior + divergence).isCloseTo(exact, within(EXACT)).isCloseTo(ref("pf_total"), within(ODE));
        assertThat(x1).isCloseTo(ref("pf_x1"), within(ODE));
        assertThat(a2).isCloseTo(Math.exp(-10.05), within(EXACT));
        assertThat(f(nu1, 4)).isEqualTo("1.0000");
        quotes("$x_1 = (" + f(x1, 4) + ", 0)$",
                "= -\\log(2\\pi) - 2 = " + f(prior, 3) + "$",
                "$\\log(\\nu_1 / s^2) = \\log 4 = " + f(divergence, 3) + "$",
                "the sum, $" + f(prior + divergence, 3) + "$",
                "= -\\log(0.5\\pi) - 2 = " + f(exact, 4) + "$",
                "the prior term is " + prose(f(prior, 3)) + " and the divergence integral " + f(divergence, 3)
                        + ", which add up to the exact " + prose(f(exact, 3)));
    }

    @Test
    void theLikelihoodOfANoisyMixtureLosesAtMostLogOneHundred() {
        assertThat(f(Math.log(100), 2)).isEqualTo("4.61");
        quotes("log 100 = 4.61 nats");
        assertThat(64 * 64 * 3).isEqualTo(12288);
        quotes("$d = 12288$");
    }

    @Test
    void theFailureTableIsTheEnginesSweepOfTwoMoons() {
        Map<FailureMode, SeveritySweep> sweeps = new HashMap<>();
        for (FailureMode mode : FailureMode.values()) {
            sweeps.put(mode, SeveritySweep.of(ToyDataset.TWO_MOONS.labelled(), mode, SAMPLES, 1));
        }
        List<Matcher> rows = LESSON.lines().map(FAILURE_ROW::matcher).filter(Matcher::matches).toList();
        assertThat(rows).extracting(r -> r.group(1)).containsExactly("exact draws of the target",
                "too few steps, severity 4 (3 DDIM steps)", "Langevin step, severity 6 (h = 3.5 σ_min²)",
                "memorisation, severity 3 (copies of 100 training points)", "exact draws of class 0",
                "over-guidance, severity 6 (w = 8)");
        for (Matcher row : rows) {
            String label = row.group(1);
            SampleEvaluation e;
            if (label.startsWith("exact draws")) {
                e = sweeps.get(label.endsWith("class 0") ? FailureMode.OVER_GUIDANCE : FailureMode.FEW_STEPS).baseline();
            } else {
                FailureMode mode = label.startsWith("too few") ? FailureMode.FEW_STEPS
                        : label.startsWith("Langevin") ? FailureMode.LANGEVIN_STEP
                        : label.startsWith("memorisation") ? FailureMode.MEMORISATION : FailureMode.OVER_GUIDANCE;
                Matcher severity = SEVERITY.matcher(label);
                assertThat(severity.find()).as(label).isTrue();
                SeveritySweep.Level level = sweeps.get(mode).at(Integer.parseInt(severity.group(1)));
                String setting = mode == FailureMode.LANGEVIN_STEP ? severity.group(2).replace("h = ", "(") + ")" : severity.group(2);
                assertThat(level.setting()).as(label).contains(setting);
                e = level.evaluation();
            }
            assertThat(row.group(2)).as("Fréchet, %s", label).isEqualTo(f(e.frechet(), 4));
            assertThat(row.group(3)).as("energy, %s", label).isEqualTo(f(e.energy(), 4));
            assertThat(row.group(4)).as("MMD², %s", label).isEqualTo(f(e.mmd2(), 4));
            assertThat(row.group(5)).as("precision, %s", label).isEqualTo(f(e.precision(), 3));
            assertThat(row.group(6)).as("recall, %s", label).isEqualTo(f(e.recall(), 3));
            assertThat(row.group(7)).as("coverage, %s", label).isEqualTo(f(e.coverage(), 3));
            assertThat(row.group(8)).as("mean log p, %s", label).isEqualTo(f(e.meanLogDensity(), 3));
        }
        SampleEvaluation target = sweeps.get(FailureMode.FEW_STEPS).baseline();
        SampleEvaluation steps = sweeps.get(FailureMode.FEW_STEPS).at(4).evaluation();
        SampleEvaluation langevin = sweeps.get(FailureMode.LANGEVIN_STEP).at(6).evaluation();
        SampleEvaluation copies = sweeps.get(FailureMode.MEMORISATION).at(3).evaluation();
        SampleEvaluation guided = sweeps.get(FailureMode.OVER_GUIDANCE).at(6).evaluation();
        SampleEvaluation classDraws = sweeps.get(FailureMode.OVER_GUIDANCE).baseline();
        assertThat(steps.frechet() / target.frechet()).as("over a hundred times its floor").isGreaterThan(100);
        assertThat(target.meanLogDensity() - steps.meanLogDensity()).as("more than 5 nats").isGreaterThan(5);
        assertThat(f(target.meanLogDensity() - langevin.meanLogDensity(), 1)).isEqualTo("2.7");
        assertThat(langevin.recall()).isGreaterThan(target.recall());
        assertThat(copies.frechet()).isLessThan(2 * target.frechet());
        assertThat(guided.recall()).isGreaterThan(guided.coverage());
        assertThat(ToyDataset.TWO_MOONS.mixture().stds()).containsOnly(0.1);
        assertThat(sweeps.get(FailureMode.LANGEVIN_STEP).at(6).setting()).startsWith("h = 0.035");
        assertThat(sweeps.get(FailureMode.MEMORISATION).at(6).copyShare()).isEqualTo(1.0);
        quotes("3 DDIM steps drop precision to " + f(steps.precision(), 3) + " and recall to " + f(steps.recall(), 3),
                "drops precision to " + f(langevin.precision(), 3) + " while recall stays at " + f(langevin.recall(), 3),
                "guidance at w = 8 keeps precision at " + f(guided.precision(), 3) + " but covers " + f(guided.coverage(), 3),
                "copies of 100 training points keep precision at " + f(copies.precision(), 3) + " and the Fréchet distance at "
                        + f(copies.frechet(), 4) + " (floor " + f(target.frechet(), 4) + ") while recall falls to "
                        + f(copies.recall(), 3),
                "Over-guided samples at w = 8 score " + prose(f(guided.meanLogDensity(), 3)) + " under p(x | 0), higher than "
                        + "exact draws of the class (" + prose(f(classDraws.meanLogDensity(), 3)) + "), while only "
                        + f(guided.coverage(), 3) + " of the class's components stay covered",
                "gives precision " + f(copies.precision(), 3) + " and a Fréchet distance of " + f(copies.frechet(), 4)
                        + ", under twice the " + f(target.frechet(), 4) + " of exact draws",
                "scores precision " + f(copies.precision(), 3) + ", coverage " + f(copies.coverage(), 3)
                        + " and a Fréchet distance of " + f(copies.frechet(), 4),
                "(the engine gives " + f(copies.recall(), 3) + "), far below the " + f(target.recall(), 3),
                "(the engine gives " + f(guided.coverage(), 3) + ")",
                "at w = 8 (two moons, seed 1) keeps precision at " + f(guided.precision(), 3),
                "(it falls to about " + f(langevin.precision(), 2) + ")",
                "near-copies ($d_1 / d_2 < 1/3$, as in the training lesson): "
                        + f(sweeps.get(FailureMode.MEMORISATION).at(3).copyShare(), 3) + " of the samples at this level");
    }

    @Test
    void theFrechetDistanceOfTheWholeFiveModeCloudMissesModesFourTimesTooWide() {
        SeveritySweep sweep = SeveritySweep.of(ToyDataset.FIVE_MODES.labelled(), FailureMode.LANGEVIN_STEP, SAMPLES, 1);
        SampleEvaluation wide = sweep.at(5).evaluation();
        assertThat(sweep.at(5).setting()).contains("(3 σ_min²)");
        GaussianMixture2D five = ToyDataset.FIVE_MODES.mixture();
        double s2 = five.stds()[0] * five.stds()[0];
        assertThat(s2).isEqualTo(0.0625);
        double[][] cov = five.covariance();
        double[][] wider = {{cov[0][0] + 3 * s2, cov[0][1]}, {cov[1][0], cov[1][1] + 3 * s2}};
        double whole = SampleDistances.frechet(five.mean(), cov, five.mean(), wider);
        double oneMode = SampleDistances.frechet(new double[] {0, 0}, new double[][] {{s2, 0}, {0, s2}}, new double[] {0, 0},
                new double[][] {{4 * s2, 0}, {0, 4 * s2}});
        assertThat(cov[0][0]).isCloseTo(1, within(1e-12));
        assertThat(cov[1][1]).isCloseTo(1, within(1e-12));
        assertThat(whole).isCloseTo(2 * Math.pow(Math.sqrt(1.1875) - 1, 2), within(1e-12));
        assertThat(oneMode).isCloseTo(ref("langevin_frechet"), within(EXACT));
        String claim = "0.200 of the modes stay covered and precision is " + f(wide.precision(), 3)
                + ", yet the Fréchet distance is " + f(wide.frechet(), 4) + " against " + f(sweep.baseline().frechet(), 4)
                + " for exact draws; the closed form predicts " + f(whole, 4) + " for the whole mixture against "
                + f(oneMode, 3) + " for a single mode";
        assertThat(f(wide.coverage(), 3)).isEqualTo("0.200");
        quotes(claim, "the Fréchet distance is " + f(wide.frechet(), 4) + " against " + f(sweep.baseline().frechet(), 4)
                + " for exact draws, inside its own noise, while only " + f(wide.coverage(), 3)
                + " of the modes are still covered and precision is " + f(wide.precision(), 3),
                "$2(\\sqrt{1.1875} - 1)^2 = " + f(whole, 4) + "$", "$3 s^2 = " + f(3 * s2, 4) + "$");
    }

    @Test
    void theQuotedSpreadOverSeedsIsTheEngines() {
        double lowFrechet = Double.POSITIVE_INFINITY;
        double highFrechet = 0;
        double lowFloor = Double.POSITIVE_INFINITY;
        double highFloor = 0;
        double lowDrop = Double.POSITIVE_INFINITY;
        double highDrop = Double.NEGATIVE_INFINITY;
        for (long seed = 1; seed <= 6; seed++) {
            SeveritySweep wide = SeveritySweep.of(ToyDataset.FIVE_MODES.labelled(), FailureMode.LANGEVIN_STEP, SAMPLES, seed);
            lowFrechet = Math.min(lowFrechet, wide.at(5).evaluation().frechet());
            highFrechet = Math.max(highFrechet, wide.at(5).evaluation().frechet());
            lowFloor = Math.min(lowFloor, wide.baseline().frechet());
            highFloor = Math.max(highFloor, wide.baseline().frechet());
            SeveritySweep guided = SeveritySweep.of(ToyDataset.TWO_MOONS.labelled(), FailureMode.OVER_GUIDANCE, SAMPLES, seed);
            double drop = guided.at(0).evaluation().recall() - guided.at(6).evaluation().recall();
            lowDrop = Math.min(lowDrop, drop);
            highDrop = Math.max(highDrop, drop);
        }
        quotes("the Fréchet distance at this level stays between " + f(lowFrechet, 3) + " and " + f(highFrechet, 3)
                + ", against floors between " + f(lowFloor, 3) + " and " + f(highFloor, 3),
                "the recall drop under over-guidance ranges from " + f(lowDrop, 2) + " to " + f(highDrop, 2)
                        + " over seeds 1 to 6");
    }

    @Test
    void theFlowLikelihoodOfTheEngineMatchesTheHandCheckAndTheHutchinsonHint() {
        FlowLikelihood.Result gaussian = FlowLikelihood.of(GaussianMixture2D.of(new double[] {1}, new double[][] {{0, 0}},
                new double[] {0.5})).at(1, 0, 200);
        assertThat(gaussian.modelLogDensity()).isCloseTo(ref("pf_exact"), within(1e-4));
        assertThat(gaussian.flowLogDensity()).isCloseTo(ref("pf_exact"), within(1e-6));
        assertThat(f(gaussian.logPrior(), 3)).isEqualTo(f(ref("pf_prior"), 3));
        assertThat(gaussian.divergenceIntegral()).isCloseTo(ref("pf_divergence_integral"), within(1e-6));
        assertThat(gaussian.jxy()).isZero();
        FlowLikelihood five = FlowLikelihood.of(ToyDataset.FIVE_MODES.mixture());
        FlowLikelihood.Result centre = five.at(0, 0, 200);
        FlowLikelihood.Result off = five.at(0.5, 0.3, 200);
        assertThat(rademacherSd(centre)).isLessThan(5e-4);
        assertThat(Math.sqrt(Hutchinson.variance(Hutchinson.Probe.GAUSSIAN, centre.jxx(), centre.jxy(), centre.jyy())))
                .isGreaterThan(1);
        quotes("At (0.5, 0.3) it is " + f(rademacherSd(off), 3) + ".");
    }

    private static double rademacherSd(FlowLikelihood.Result r) {
        return Math.sqrt(Hutchinson.variance(Hutchinson.Probe.RADEMACHER, r.jxx(), r.jxy(), r.jyy()));
    }

    @Test
    void theTwoDirectionsOfLogDensityAreTheGaussianClosedForms() {
        double s2 = 0.0625;
        double sampleDrop = 4 * s2 * 2 / (2 * s2) - 1;
        double kl = 1.0 / 4 - 1 + Math.log(4);
        assertThat(sampleDrop).isEqualTo(3.0);
        assertThat(kl).isCloseTo(2 * (Math.log(2) - 3.0 / 8), within(EXACT));
        quotes("$4 s^2 \\cdot 2 / (2 s^2) - 1 = 3$", "$\\mathrm{KL}(p \\,\\|\\, q) = 2(\\log 2 - 3/8) = " + f(kl, 4) + "$",
                "KL(p ‖ q) = 2 (log 2 − 3/8) = " + f(kl, 4) + " nats");
    }

    /** |mu_p - mu_q|^2 + tr S_p + tr S_q - 2 sqrt(tr(S_p S_q) + 2 sqrt(det S_p det S_q)), the lesson's 2 x 2 form. */
    private static double frechet2d(double[] mp, double[][] sp, double[] mq, double[][] sq) {
        double trProduct = sp[0][0] * sq[0][0] + sp[0][1] * sq[1][0] + sp[1][0] * sq[0][1] + sp[1][1] * sq[1][1];
        double dets = (sp[0][0] * sp[1][1] - sp[0][1] * sp[1][0]) * (sq[0][0] * sq[1][1] - sq[0][1] * sq[1][0]);
        double dx = mp[0] - mq[0];
        double dy = mp[1] - mq[1];
        return dx * dx + dy * dy + sp[0][0] + sp[1][1] + sq[0][0] + sq[1][1] - 2 * Math.sqrt(trProduct + 2 * Math.sqrt(dets));
    }

    private static double[] rademacherValues(double[][] a) {
        double[] out = new double[4];
        int i = 0;
        for (int s1 = -1; s1 <= 1; s1 += 2) {
            for (int s2 = -1; s2 <= 1; s2 += 2) {
                out[i++] = a[0][0] + a[1][1] + (a[0][1] + a[1][0]) * s1 * s2;
            }
        }
        return out;
    }

    private static double meanDistance(double[][] a, double[][] b) {
        double sum = 0;
        for (double[] p : a) {
            for (double[] q : b) {
                sum += Math.hypot(p[0] - q[0], p[1] - q[1]);
            }
        }
        return sum / (a.length * b.length);
    }

    private static double distinctPairs(double[][] a) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                if (i != j) {
                    sum += Math.hypot(a[i][0] - a[j][0], a[i][1] - a[j][1]);
                }
            }
        }
        return sum / (a.length * (a.length - 1));
    }

    /** Gaussian kernel, length scale 1. */
    private static double meanKernel(double[][] a, double[][] b) {
        double sum = 0;
        for (double[] p : a) {
            for (double[] q : b) {
                double dx = p[0] - q[0];
                double dy = p[1] - q[1];
                sum += Math.exp(-(dx * dx + dy * dy) / 2);
            }
        }
        return sum / (a.length * b.length);
    }

    /** k = 1 on a line: the share of {@code points} within some centre's distance to its nearest other centre. */
    private static double inside(double[] points, double[] centres) {
        int count = 0;
        for (double p : points) {
            for (int j = 0; j < centres.length; j++) {
                if (Math.abs(p - centres[j]) <= nearestOther(centres, j)) {
                    count++;
                    break;
                }
            }
        }
        return count / (double) points.length;
    }

    private static double nearestOther(double[] set, int j) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < set.length; i++) {
            if (i != j) {
                best = Math.min(best, Math.abs(set[i] - set[j]));
            }
        }
        return best;
    }

    private static double precision(double[] real, double[] fake) {
        return inside(fake, real);
    }

    private static double recall(double[] real, double[] fake) {
        return inside(real, fake);
    }

    /** Each text appears in the lesson; a failure names the missing text, not the whole file. */
    private static void quotes(String... texts) {
        for (String text : texts) {
            assertThat(LESSON.contains(text)).as("the lesson quotes %s", text).isTrue();
        }
    }

    private static double ref(String name) {
        assertThat(reference).as("reference value %s", name).containsKey(name);
        return reference.get(name);
    }

    private static double num(String text) {
        return Double.parseDouble(text.replace('−', '-'));
    }

    /** Prose writes a minus sign, not a hyphen. */
    private static String prose(String text) {
        return text.replace('-', '−');
    }

    private static String f(double v, int digits) {
        String s = String.format(Locale.ROOT, "%." + digits + "f", v);
        return s.equals("-0") ? "0" : s;
    }
}
