package org.diffusioncourse.simulation.sampler;

import java.util.List;
import java.util.stream.IntStream;
import org.diffusioncourse.simulation.GuidedField;
import org.diffusioncourse.simulation.LabelledMixture;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.ScoreField;
import org.diffusioncourse.simulation.check.InvalidParameter;
import org.jspecify.annotations.Nullable;

/**
 * A sampler ready to run on its field, checked against the compute budget before it runs: what
 * the JSON API and the sampler lab build from a request. Every refusal is an
 * {@link InvalidParameter} naming {@code guidance.class}, {@code guidance.scale}, {@code n} or
 * {@code steps}, besides those of {@link SamplerKind#create}.
 *
 * @param sampler the configured sampler
 * @param field   the exact score field it follows (guided if guidance was asked for)
 * @param target  the (unconditional) target, against which runs are scored
 */
public record ConfiguredRun(Sampler sampler, ScoreField field, LabelledMixture target) {

    /**
     * Most work one run may do, in {@link Sampler#cost} units (particles x NFE x mixture
     * components): about 3 s on one core. It admits n = 20000 x 100 steps x 8 components
     * (1.6e7) and n = 2000 x DDPM's 1000 steps x 60 components (1.2e8).
     */
    public static final long BUDGET = 200_000_000L;

    /**
     * Classifier-free guidance towards class y with weight w ({@code ho-2022-cfg}).
     *
     * @param classLabel y, a class of the target with positive weight
     * @param scale      w in [0, 20]: 0 unconditional, 1 conditional, &gt; 1 guided
     */
    public record Guidance(int classLabel, double scale) {
    }

    /**
     * {@code kind} on process {@code processId} (null for none) with {@code options}, following the
     * exact field of {@code target}, guided when {@code guidance} is given.
     */
    public static ConfiguredRun of(SamplerKind kind, @Nullable String processId, LabelledMixture target,
            SamplerOptions options, @Nullable Guidance guidance) {
        Sampler sampler = kind.create(processId, options);
        return new ConfiguredRun(sampler, field(target, guidance), target);
    }

    /** The exact field of {@code target}, guided towards a class when {@code guidance} is given. */
    public static ScoreField field(LabelledMixture target, @Nullable Guidance guidance) {
        if (guidance == null) {
            return NoisedMixture.of(target.mixture());
        }
        List<String> classes = positiveClasses(target);
        if (!classes.contains(Integer.toString(guidance.classLabel()))) {
            throw new InvalidParameter("guidance.class", classes, "guidance.class must be a class of the target, one of "
                    + String.join(", ", classes) + "; was " + guidance.classLabel());
        }
        double w = guidance.scale();
        if (!(w >= 0 && w <= GuidedField.MAX_WEIGHT)) {
            throw new InvalidParameter("guidance.scale", List.of("0.." + (int) GuidedField.MAX_WEIGHT),
                    "guidance.scale must be between 0 and " + (int) GuidedField.MAX_WEIGHT + ", was " + w);
        }
        return GuidedField.of(target, guidance.classLabel(), w);
    }

    /** The work of n particles: n x NFE x components, known before the run. */
    public long cost(int n) {
        return sampler.cost(n, field);
    }

    /**
     * Refuses a run of n particles above {@link #BUDGET} before it starts. The parameter blamed
     * is {@code n} when the same run with 1000 particles would fit, else {@code steps}.
     */
    public void requireWithinBudget(int n) {
        long cost = cost(n);
        if (cost >= 0 && cost <= BUDGET) {
            return;
        }
        String parameter = cost(Math.min(n, 1000)) <= BUDGET ? "n" : "steps";
        throw new InvalidParameter(parameter, List.of("n x NFE x components <= " + BUDGET),
                "the run would need n x NFE x components = " + n + " x " + sampler.evaluationsPerParticle() + " x "
                        + field.componentCost() + " = " + cost + " field evaluations, above the budget of " + BUDGET
                        + "; lower n or steps");
    }

    private static List<String> positiveClasses(LabelledMixture target) {
        double[] w = target.mixture().weights();
        int[] y = target.classes();
        return IntStream.range(0, y.length).filter(k -> w[k] > 0).map(k -> y[k])
                .distinct().sorted().mapToObj(Integer::toString).toList();
    }
}
