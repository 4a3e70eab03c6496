package org.diffusioncourse.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.LabelledMixture;
import org.diffusioncourse.simulation.sampler.SamplerCatalog.Configured;
import org.diffusioncourse.simulation.sampler.SamplerCatalog.InvalidChoice;
import org.diffusioncourse.simulation.sampler.SamplerCatalog.Options;
import org.diffusioncourse.simulation.sampler.SamplerCatalog;
import org.jspecify.annotations.Nullable;

/**
 * A checked lab run: one or two configured samplers on the same target, seed and n, and the
 * target the samples are scored against. Building a plan runs every check the catalog has
 * (pairs, options, the compute budget), so a plan always runs.
 *
 * @param scoreTarget p(x), or p(x | y) when guiding towards class y
 * @param targetLabel what the figures call the target
 */
record LabPlan(LabSettings settings, List<Column> columns, GaussianMixture2D scoreTarget, String targetLabel) {

    /** One sampler of the plan. */
    record Column(String process, String sampler, Configured configured, Options options) {

        /** E.g. {@code "DDIM on ddpm-linear · 50 steps · η = 0"}. */
        String heading() {
            StringBuilder sb = new StringBuilder(SamplerNames.shortSampler(sampler));
            if (!LabSettings.NO_PROCESS.equals(process)) {
                sb.append(" on ").append(process);
            }
            sb.append(" · ").append(options.steps()).append(sampler.equals("edm-heun") ? " levels" : " steps");
            switch (sampler) {
                case "ddim" -> sb.append(" · η = ").append(LabSettings.format(options.eta()));
                case "flow-sde" -> sb.append(" · σ = ").append(LabSettings.format(options.sigma()));
                case "langevin", "annealed-langevin" -> sb.append(" · h = ").append(LabSettings.format(options.stepSize()));
                default -> { }
            }
            return sb.toString();
        }
    }

    /**
     * Checks and configures {@code s}.
     *
     * @throws InvalidChoice naming the field at fault ({@code steps}, {@code n}, ...)
     */
    static LabPlan of(LabSettings s) {
        LabelledMixture target = SamplerCatalog.dataset(s.target());
        SamplerCatalog.Guidance guidance = s.guidance() < 0 ? null : new SamplerCatalog.Guidance(s.guidance(), s.w());
        List<Column> columns = new ArrayList<>();
        columns.add(column(s.process(), s.sampler(), s, target, guidance));
        if (s.comparing()) {
            columns.add(column(s.compareProcess(), s.compareSampler(), s, target, guidance));
        }
        GaussianMixture2D scoreTarget = guidance == null ? target.mixture() : target.restrictTo(guidance.classLabel());
        String label = SamplerNames.target(s.target());
        if (guidance != null) {
            label += String.format(Locale.ROOT, ", guided to class %d (w = %s)", guidance.classLabel(),
                    LabSettings.format(guidance.scale()));
        }
        return new LabPlan(s, List.copyOf(columns), scoreTarget, label);
    }

    private static Column column(String process, String sampler, LabSettings s, LabelledMixture target,
            SamplerCatalog.@Nullable Guidance guidance) {
        Options options = options(sampler, s.steps(), s);
        Configured configured = SamplerCatalog.configure(LabSettings.processOrNull(process), sampler, target, options, guidance);
        SamplerCatalog.requireWithinBudget(configured, s.n());
        return new Column(process, sampler, configured, options);
    }

    /** The options of {@code sampler} at {@code steps}; ddpm always takes all T steps. */
    static Options options(String sampler, int steps, LabSettings s) {
        int k = sampler.equals("ddpm") ? SamplerCatalog.defaults("ddpm").steps() : steps;
        return new Options(k, s.eta(), s.sigma(), s.stepSize());
    }
}
