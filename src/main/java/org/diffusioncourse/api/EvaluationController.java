package org.diffusioncourse.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.diffusioncourse.simulation.LabelledMixture;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.check.InvalidParameter;
import org.diffusioncourse.simulation.evaluation.FailureMode;
import org.diffusioncourse.simulation.evaluation.FlowLikelihood;
import org.diffusioncourse.simulation.evaluation.Hutchinson;
import org.diffusioncourse.simulation.evaluation.ModeCoverage;
import org.diffusioncourse.simulation.evaluation.PrecisionRecall;
import org.diffusioncourse.simulation.evaluation.SampleDistances;
import org.diffusioncourse.simulation.evaluation.SampleEvaluation;
import org.diffusioncourse.simulation.evaluation.SeveritySweep;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The evaluation lesson's numbers over HTTP.
 *
 * <p>{@code POST /api/v1/evaluate}: one failure mode of {@link FailureMode} at one severity, n
 * samples measured against n exact draws of the reference distribution, beside the same measures
 * for n further exact draws (the floor each measure reaches with this n). Exactly what the
 * {@code model-evaluation} demo computes for that level (the demo uses n = 500). The work, at most
 * about 2000 x 50 x 500 component evaluations plus O(n^2) measures, takes its turn in the
 * {@link RunPool}.
 *
 * <p>{@code POST /api/v1/loglik}: one point's log-likelihood under the probability-flow ODE model
 * of the target ({@link FlowLikelihood}) next to its true log-density, and Hutchinson's estimate
 * with m probes. At most 10000 steps x 4 evaluations x 100 components: milliseconds, answered on
 * the request thread.
 */
@RestController
class EvaluationController {

    static final int DEFAULT_N = 500;
    static final int MIN_N = 10;
    static final int MAX_N = 2000;
    static final int DEFAULT_STEPS = 1000;
    static final int DEFAULT_PROBES = 100;
    /** |x| and |y| of a point whose likelihood is asked: far beyond any target's mass, and the flow stays finite. */
    static final double MAX_POINT = 100;

    private static final List<String> EVALUATE_KEYS = List.of("target", "failure", "severity", "n", "seed");
    private static final List<String> LOGLIK_KEYS = List.of("target", "point", "steps", "probes", "probe", "seed");
    private static final List<String> PROBES = Arrays.stream(Hutchinson.Probe.values()).map(Hutchinson.Probe::id).toList();

    /** The sample measures of {@link SampleEvaluation}, in its order. */
    @JsonPropertyOrder({"frechet", "energy", "mmd2", "precision", "recall", "coverage", "meanLogDensity"})
    record Measures(double frechet, double energy, double mmd2, double precision, double recall, double coverage,
            double meanLogDensity) {

        static Measures of(SampleEvaluation e) {
            return new Measures(e.frechet(), e.energy(), e.mmd2(), e.precision(), e.recall(), e.coverage(), e.meanLogDensity());
        }
    }

    /** The knob the severity turned: its API name, its value and the setting in words. */
    @JsonPropertyOrder({"name", "value", "description"})
    record Setting(String name, double value, String description) {
    }

    /** The constants of the measures, so an answer says how it was measured. */
    @JsonPropertyOrder({"bandwidth", "k", "coverageRadius", "coverageShare"})
    record Rules(double bandwidth, int k, double coverageRadius, double coverageShare) {
    }

    @JsonPropertyOrder({"failure", "severity", "setting", "reference", "n", "nfe", "measures", "exactDraws", "copyShare",
        "rules"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Evaluation(String failure, int severity, Setting setting, String reference, int n, long nfe, Measures measures,
            Measures exactDraws, @Nullable Double copyShare, Rules rules) {
    }

    @JsonPropertyOrder({"probe", "probes", "mean", "sd", "exactSd"})
    record HutchinsonAnswer(String probe, int probes, double mean, double sd, double exactSd) {
    }

    @JsonPropertyOrder({"point", "steps", "trueLogDensity", "modelLogDensity", "error", "priorLogDensity",
        "divergenceIntegral", "endPoint", "hutchinson"})
    record Likelihood(double[] point, int steps, double trueLogDensity, double modelLogDensity, double error,
            double priorLogDensity, double divergenceIntegral, double[] endPoint, HutchinsonAnswer hutchinson) {
    }

    private final RunPool runs;

    EvaluationController(RunPool runs) {
        this.runs = runs;
    }

    @PostMapping(path = "/api/v1/evaluate", produces = MediaType.APPLICATION_JSON_VALUE)
    Evaluation evaluate(InputStream body) {
        JsonFields request = JsonFields.parse(body, EVALUATE_KEYS);
        LabelledMixture target = Targets.read(request);
        FailureMode mode = failure(request);
        int severity = (int) JsonFields.integer(request.required("severity"), "severity", 0, FailureMode.LEVELS - 1);
        try {
            mode.requireRunnable(target, severity);
        } catch (InvalidParameter refusal) {
            throw InvalidChoice.of(refusal, Set.of("failure", "severity"));
        }
        int n = (int) request.integer("n", DEFAULT_N, MIN_N, MAX_N);
        long seed = request.integer("seed", 0, 0, Long.MAX_VALUE);
        return runs.run(() -> evaluate(target, mode, severity, n, seed));
    }

    private static Evaluation evaluate(LabelledMixture target, FailureMode mode, int severity, int n, long seed) {
        SeveritySweep.Level level;
        try {
            level = SeveritySweep.single(target, mode, severity, n, seed);
        } catch (ArithmeticException diverged) {
            throw new InvalidChoice("severity", "the model diverged at severity " + severity + ": " + diverged.getMessage()
                    + "; lower the severity", List.of("0.." + (severity - 1)));
        }
        SampleEvaluation floor = SeveritySweep.baseline(target, mode, n, seed);
        String reference = mode == FailureMode.OVER_GUIDANCE ? "class " + FailureMode.GUIDED_CLASS + " of the target" : "target";
        return new Evaluation(mode.id(), severity, new Setting(mode.settingName(), mode.setting(target, severity),
                level.setting()), reference, n, level.model().nfe(), Measures.of(level.evaluation()), Measures.of(floor),
                Double.isNaN(level.copyShare()) ? null : level.copyShare(),
                new Rules(SampleDistances.DEFAULT_BANDWIDTH, PrecisionRecall.DEFAULT_K, ModeCoverage.DEFAULT_RADIUS,
                        ModeCoverage.DEFAULT_SHARE));
    }

    private static FailureMode failure(JsonFields request) {
        String id = request.string("failure");
        List<String> ids = FailureMode.ids();
        if (!ids.contains(id)) {
            throw new InvalidChoice("failure", "failure must be one of " + String.join(", ", ids) + "; was \""
                    + JsonFields.shorten(id) + "\"", ids);
        }
        return FailureMode.byId(id);
    }

    @PostMapping(path = "/api/v1/loglik", produces = MediaType.APPLICATION_JSON_VALUE)
    Likelihood loglik(InputStream body) {
        JsonFields request = JsonFields.parse(body, LOGLIK_KEYS);
        LabelledMixture target = Targets.read(request);
        double[] point = JsonFields.point(request.required("point"), "point");
        for (int c = 0; c < 2; c++) {
            if (Math.abs(point[c]) > MAX_POINT) {
                String at = "point[" + c + "]";
                throw new InvalidChoice(at, at + " must be between -100 and 100, was " + point[c], List.of("-100..100"));
            }
        }
        int steps = (int) request.integer("steps", DEFAULT_STEPS, 1, FlowLikelihood.MAX_STEPS);
        int probes = (int) request.integer("probes", DEFAULT_PROBES, 1, Hutchinson.MAX_PROBES);
        Hutchinson.Probe probe = probe(request);
        long seed = request.integer("seed", 0, 0, Long.MAX_VALUE);
        FlowLikelihood.Result r = FlowLikelihood.of(target.mixture()).at(point[0], point[1], steps);
        Hutchinson.Estimate e = Hutchinson.estimate(probe, r.jxx(), r.jxy(), r.jyy(), probes, Seeds.generator(seed));
        return new Likelihood(point, steps, r.trueLogDensity(), r.modelLogDensity(), r.error(), r.logPrior(),
                r.divergenceIntegral(), new double[] {r.endX(), r.endY()}, new HutchinsonAnswer(probe.id(), probes,
                        r.logPrior() + e.mean(), e.sd(), Math.sqrt(e.exactVariance())));
    }

    private static Hutchinson.Probe probe(JsonFields request) {
        if (!request.has("probe")) {
            return Hutchinson.Probe.RADEMACHER;
        }
        String id = request.string("probe");
        if (!PROBES.contains(id)) {
            throw new InvalidChoice("probe", "probe must be one of " + String.join(", ", PROBES) + "; was \""
                    + JsonFields.shorten(id) + "\"", PROBES);
        }
        return Hutchinson.Probe.byId(id);
    }
}
