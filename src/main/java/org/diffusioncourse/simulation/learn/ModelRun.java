package org.diffusioncourse.simulation.learn;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.diffusioncourse.simulation.GuidedField;
import org.diffusioncourse.simulation.LabelledMixture;
import org.diffusioncourse.simulation.ScoreField;
import org.diffusioncourse.simulation.check.InvalidParameter;
import org.diffusioncourse.simulation.check.UnknownId;
import org.diffusioncourse.simulation.sampler.ConfiguredRun;
import org.diffusioncourse.simulation.sampler.Sampler;
import org.diffusioncourse.simulation.sampler.SamplerKind;
import org.diffusioncourse.simulation.sampler.SamplerOptions;
import org.jspecify.annotations.Nullable;

/**
 * A sampler run on a trained network in place of the exact field, as the JSON API and the
 * sampler lab build it: the network's {@link LearnedField} (or, for a class-conditional network,
 * its classifier-free guidance {@link TrainedModel#guided}) on the process it was trained on,
 * scored against the exact data set it was trained on. The run is a {@link ConfiguredRun}, so
 * it goes wherever an exact run goes.
 *
 * <p>Every refusal is an {@link InvalidParameter} naming {@code process}, {@code sampler},
 * {@code guidance}, {@code guidance.class}, {@code guidance.scale}, {@code n} or {@code steps},
 * besides those of {@link SamplerKind#create}, and says which model it is about.
 *
 * <p>The budget: a network's evaluation costs {@link LearnedField#componentCost()} mixture
 * components per point (its parameters / 40, about 225 for the default width-64 network), so the
 * budget of {@link ConfiguredRun#BUDGET} admits far fewer particles x steps than on the exact
 * mixture; {@link #requireWithinBudget} says so in its refusal.
 */
public final class ModelRun {

    private ModelRun() {
    }

    /**
     * {@code kind} with {@code options} on the network {@code model} (called {@code name} in
     * messages, e.g. {@code "model two-moons-eps"}).
     *
     * @param processId the process asked for, or null for the network's own
     * @throws InvalidParameter when the process is not the network's, the sampler does not run on
     *                          it, guidance is asked of an unconditional network, or an option is out of range
     */
    public static ConfiguredRun of(TrainedModel model, String name, SamplerKind kind, @Nullable String processId,
            SamplerOptions options, ConfiguredRun.@Nullable Guidance guidance) {
        TrainingProcess process = model.config().process();
        if (processId != null && !processId.equals(process.id())) {
            throw new InvalidParameter("process", List.of(process.id()), "process must be " + process.id()
                    + ", the process " + name + " was trained on; was \"" + UnknownId.shorten(processId) + "\"");
        }
        if (!kind.fits(process.path())) {
            List<String> fitting = SamplerKind.idsFor(process.id());
            throw new InvalidParameter("sampler", fitting, "sampler " + kind.id() + " does not run on process "
                    + process.id() + ", the process " + name + " was trained on; it takes " + String.join(", ", fitting));
        }
        Sampler sampler = kind.create(process.path(), options);
        LabelledMixture target = model.config().dataset().labelled();
        return new ConfiguredRun(sampler, field(model, name, guidance), target);
    }

    /** The network's field, guided towards a class when {@code guidance} is given. */
    private static ScoreField field(TrainedModel model, String name, ConfiguredRun.@Nullable Guidance guidance) {
        if (guidance == null) {
            return model.field();
        }
        int classes = model.config().classes();
        if (classes == 0) {
            throw new InvalidParameter("guidance", List.of(), "guidance needs a class-conditional network, and " + name
                    + " was trained without classes; leave guidance out, or use a class-conditional model ("
                    + String.join(", ", conditionalModels()) + ")");
        }
        List<String> labels = IntStream.range(0, classes).mapToObj(Integer::toString).toList();
        if (guidance.classLabel() < 0 || guidance.classLabel() >= classes) {
            throw new InvalidParameter("guidance.class", labels, "guidance.class must be a class of " + name
                    + ", one of " + String.join(", ", labels) + "; was " + guidance.classLabel());
        }
        double w = guidance.scale();
        if (!(w >= 0 && w <= GuidedField.MAX_WEIGHT)) {
            throw new InvalidParameter("guidance.scale", List.of("0.." + (int) GuidedField.MAX_WEIGHT),
                    "guidance.scale must be between 0 and " + (int) GuidedField.MAX_WEIGHT + ", was " + w);
        }
        return model.guided(guidance.classLabel(), w);
    }

    /**
     * Refuses a run of n particles above {@link ConfiguredRun#BUDGET} before it starts, saying
     * what a network evaluation costs. The parameter blamed is {@code n} when the same run with
     * 1000 particles would fit, else {@code steps}, as for an exact run.
     */
    public static void requireWithinBudget(ConfiguredRun run, int n, TrainedModel model, String name) {
        long cost = run.cost(n);
        if (cost >= 0 && cost <= ConfiguredRun.BUDGET) {
            return;
        }
        String parameter = run.cost(Math.min(n, 1000)) <= ConfiguredRun.BUDGET ? "n" : "steps";
        int perEvaluation = run.field().componentCost();
        int perNetwork = model.field().componentCost();
        String times = perEvaluation == perNetwork ? "" : " (guidance evaluates it twice: " + perEvaluation + ")";
        throw new InvalidParameter(parameter, List.of("n x NFE x components <= " + ConfiguredRun.BUDGET),
                "the run would need n x NFE x components = " + n + " x " + run.sampler().evaluationsPerParticle()
                        + " x " + perEvaluation + " = " + cost + " field evaluations, above the budget of "
                        + ConfiguredRun.BUDGET + ": one evaluation of " + name + " (a network of "
                        + model.config().parameterCount() + " parameters) costs as much as " + perNetwork
                        + " mixture components" + times + "; lower n or steps");
    }

    /** The ids of the shipped class-conditional models. */
    static List<String> conditionalModels() {
        return Arrays.stream(ShippedModel.values()).filter(m -> m.config().classConditional())
                .map(ShippedModel::id).toList();
    }
}
