package org.diffusioncourse.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.LabelledMixture;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.check.InvalidParameter;
import org.diffusioncourse.simulation.learn.ModelRun;
import org.diffusioncourse.simulation.learn.TrainingConfig;
import org.diffusioncourse.simulation.sampler.ConfiguredRun;
import org.diffusioncourse.simulation.sampler.SamplerKind.Option;
import org.diffusioncourse.simulation.sampler.SamplerKind;
import org.diffusioncourse.simulation.sampler.SamplerOptions;
import org.jspecify.annotations.Nullable;

/**
 * A checked lab run: one or two configured samplers on the same target, seed and n, and the
 * target the samples are scored against. Building a plan runs every check the registry has
 * (pairs, options, the compute budget), so a plan always runs.
 *
 * <p>With a network chosen ({@link LabSettings#model()}), the two columns are the chosen sampler
 * on the network ({@link ModelRun}) and the same sampler on the exact field, from the same noise,
 * so the gap between them is the network's error; the comparison sampler is set aside.
 *
 * @param scoreTarget p(x), or p(x | y) when guiding towards class y
 * @param targetLabel what the figures call the target
 */
record LabPlan(LabSettings settings, List<Column> columns, GaussianMixture2D scoreTarget, String targetLabel) {

    /** The key of the scoring target: the data set and the guidance class. */
    LabCaches.TargetKey targetKey() {
        return new LabCaches.TargetKey(ToyDataset.byId(settings.target()), settings.guidance());
    }

    /** Whether the first column follows a network and the second the exact field. */
    boolean learned() {
        return !columns.getFirst().field().isEmpty();
    }

    /**
     * One sampler of the plan.
     *
     * @param field what it follows when a network is in the plan ({@code "network two-moons-eps"},
     *              {@code "exact score"}), else empty
     */
    record Column(String process, SamplerKind kind, ConfiguredRun configured, SamplerOptions options, String field) {

        /** The sampler's name, and the field it follows when a network is in the plan. */
        String title() {
            return field.isEmpty() ? kind.label() : kind.label() + " · " + field;
        }

        /** E.g. {@code "DDIM on ddpm-linear · 50 steps · η = 0"}, then {@code " · network two-moons-eps"}. */
        String heading() {
            StringBuilder sb = new StringBuilder(kind.shortLabel());
            if (!LabSettings.NO_PROCESS.equals(process)) {
                sb.append(" on ").append(process);
            }
            sb.append(" · ").append(options.steps()).append(' ').append(kind.stepsNoun());
            for (Option option : Option.values()) {
                if (kind.uses(option)) {
                    sb.append(" · ").append(option.symbol()).append(" = ").append(LabSettings.format(options.value(option)));
                }
            }
            if (!field.isEmpty()) {
                sb.append(" · ").append(field);
            }
            return sb.toString();
        }
    }

    /** {@link #of(LabSettings, TrainingConfig)} with no network trained in the session. */
    static LabPlan of(LabSettings s) {
        return of(s, null);
    }

    /**
     * Checks and configures {@code s}.
     *
     * @param trained the configuration the learner trained last in this session, if any
     * @throws InvalidParameter naming the parameter at fault ({@code steps}, {@code n}, {@code model}, ...)
     */
    static LabPlan of(LabSettings s, @Nullable TrainingConfig trained) {
        LabelledMixture target = ToyDataset.byId(s.target()).labelled();
        ConfiguredRun.Guidance guidance = s.guidance() < 0 ? null : new ConfiguredRun.Guidance(s.guidance(), s.w());
        List<Column> columns = new ArrayList<>();
        LabModels.Network network = LabModels.resolve(s.model(), trained);
        if (network != null) {
            columns.add(learned(network, s, guidance));
            Column exact = column(s.process(), s.sampler(), s, target, guidance);
            columns.add(new Column(exact.process(), exact.kind(), exact.configured(), exact.options(), "exact score"));
        } else {
            columns.add(column(s.process(), s.sampler(), s, target, guidance));
        }
        if (network == null && s.comparing()) {
            columns.add(column(s.compareProcess(), s.compareSampler(), s, target, guidance));
        }
        GaussianMixture2D scoreTarget = new LabCaches.TargetKey(ToyDataset.byId(s.target()), s.guidance()).scoreTarget();
        String label = LabNames.target(s.target());
        if (guidance != null) {
            label += String.format(Locale.ROOT, ", guided to class %d (w = %s)", guidance.classLabel(),
                    LabSettings.format(guidance.scale()));
        }
        return new LabPlan(s, List.copyOf(columns), scoreTarget, label);
    }

    private static Column column(String process, String sampler, LabSettings s, LabelledMixture target,
            ConfiguredRun.@Nullable Guidance guidance) {
        SamplerKind kind = SamplerKind.byId(sampler);
        SamplerOptions options = options(kind, s.steps(), s);
        ConfiguredRun configured = ConfiguredRun.of(kind, LabSettings.processOrNull(process), target, options, guidance);
        configured.requireWithinBudget(s.n());
        return new Column(process, kind, configured, options, "");
    }

    /** The chosen sampler on the network, on the process and target it was trained on. */
    private static Column learned(LabModels.Network network, LabSettings s, ConfiguredRun.@Nullable Guidance guidance) {
        TrainingConfig config = network.model().config();
        if (!LabModels.fits(config, s.target(), s.process())) {
            throw new InvalidParameter("model", LabModels.ids(), network.name() + " was trained on "
                    + config.dataset().id() + " with process " + config.process().id()
                    + ", so it needs that target and process; was " + s.target() + " with " + s.process());
        }
        SamplerKind kind = SamplerKind.byId(s.sampler());
        SamplerOptions options = options(kind, s.steps(), s);
        ConfiguredRun configured = ModelRun.of(network.model(), network.name(), kind, s.process(), options, guidance);
        ModelRun.requireWithinBudget(configured, s.n(), network.model(), network.name());
        return new Column(s.process(), kind, configured, options, network.label());
    }

    /** The options of {@code kind} at {@code steps}; ddpm always takes all T steps. */
    static SamplerOptions options(SamplerKind kind, int steps, LabSettings s) {
        int k = kind.fixedSteps() ? kind.defaults().steps() : steps;
        return new SamplerOptions(k, s.eta(), s.sigma(), s.stepSize());
    }
}
