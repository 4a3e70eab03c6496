package org.diffusioncourse.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.LabelledMixture;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.check.InvalidParameter;
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
 * @param scoreTarget p(x), or p(x | y) when guiding towards class y
 * @param targetLabel what the figures call the target
 */
record LabPlan(LabSettings settings, List<Column> columns, GaussianMixture2D scoreTarget, String targetLabel) {

    /** The key of the scoring target: the data set and the guidance class. */
    LabCaches.TargetKey targetKey() {
        return new LabCaches.TargetKey(ToyDataset.byId(settings.target()), settings.guidance());
    }

    /** One sampler of the plan. */
    record Column(String process, SamplerKind kind, ConfiguredRun configured, SamplerOptions options) {

        /** E.g. {@code "DDIM on ddpm-linear · 50 steps · η = 0"}. */
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
            return sb.toString();
        }
    }

    /**
     * Checks and configures {@code s}.
     *
     * @throws InvalidParameter naming the parameter at fault ({@code steps}, {@code n}, ...)
     */
    static LabPlan of(LabSettings s) {
        LabelledMixture target = ToyDataset.byId(s.target()).labelled();
        ConfiguredRun.Guidance guidance = s.guidance() < 0 ? null : new ConfiguredRun.Guidance(s.guidance(), s.w());
        List<Column> columns = new ArrayList<>();
        columns.add(column(s.process(), s.sampler(), s, target, guidance));
        if (s.comparing()) {
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
        return new Column(process, kind, configured, options);
    }

    /** The options of {@code kind} at {@code steps}; ddpm always takes all T steps. */
    static SamplerOptions options(SamplerKind kind, int steps, LabSettings s) {
        int k = kind.fixedSteps() ? kind.defaults().steps() : steps;
        return new SamplerOptions(k, s.eta(), s.sigma(), s.stepSize());
    }
}
