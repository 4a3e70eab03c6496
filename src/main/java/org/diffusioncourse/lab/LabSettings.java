package org.diffusioncourse.lab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diffusioncourse.base.Reading;
import org.diffusioncourse.base.TextParams;
import org.diffusioncourse.simulation.GuidedField;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.check.UnknownId;
import org.diffusioncourse.simulation.learn.TrainingConfig;
import org.diffusioncourse.simulation.process.GaussianPaths;
import org.diffusioncourse.simulation.sampler.Range;
import org.diffusioncourse.simulation.sampler.Sampler;
import org.diffusioncourse.simulation.sampler.SamplerKind.Option;
import org.diffusioncourse.simulation.sampler.SamplerKind;
import org.diffusioncourse.simulation.sampler.SamplerOptions;
import org.jspecify.annotations.Nullable;

/**
 * Everything that decides a lab run, as it travels in the URL. The run is a pure function of
 * these values, so a shared link draws the same figures byte for byte. The ranges of steps,
 * eta, sigma and the step size are those of {@link SamplerKind}, as in the JSON API.
 *
 * @param target   data-set id
 * @param process  process id, or {@value #NO_PROCESS} for the Langevin samplers
 * @param sampler  sampler id, valid for {@code process}
 * @param compare  the second column as {@code process/sampler}, or {@value #NO_COMPARISON}
 * @param steps    steps for both columns (ddpm always takes all T = 1000)
 * @param guidance class label to guide towards, or -1 for none
 * @param w        guidance scale
 * @param model    the field the samplers follow: {@value LabModels#EXACT}, a shipped network's id,
 *                 or {@value LabModels#TRAINED} ({@link LabModels}); a shipped network fits
 *                 {@code target} and {@code process}
 */
public record LabSettings(String target, String process, String sampler, String compare, int steps, long seed,
        int n, double eta, double sigma, double stepSize, int guidance, double w, String model) {

    static final String NO_PROCESS = "none";
    static final String NO_COMPARISON = "none";
    static final int MIN_POINTS = 10;
    static final int MAX_STEPS = SamplerKind.MAX_STEPS;

    private static final SamplerOptions DDIM = SamplerKind.DDIM.defaults();

    static final LabSettings DEFAULTS = new LabSettings("two-moons", "ddpm-linear", SamplerKind.DDIM.id(), NO_COMPARISON,
            DDIM.steps(), 3, 2000, DDIM.eta(), DDIM.sigma(), DDIM.stepSize(), -1, 1, LabModels.EXACT);

    /**
     * Reads {@code raw} over {@code defaults}: a missing key keeps its default, a bad one too, with a
     * message. A shipped network named by the link brings its data set and process, unless the
     * link names them too; then they must be the network's.
     */
    static Reading<LabSettings> read(Map<String, String> raw, LabSettings defaults) {
        List<String> problems = new ArrayList<>();
        TextParams r = new TextParams(raw, problems);
        String model = r.oneOf("model", LabModels.ids(), defaults.model);
        TrainingConfig network = raw.containsKey("model") ? LabModels.config(model, null) : null;
        String target = r.oneOf("target", ToyDataset.allIds(), network == null ? defaults.target : network.dataset().id());
        String process = r.oneOf("process", processChoices(), network == null ? defaults.process : network.process().id());
        TrainingConfig shipped = LabModels.config(model, null);
        if (shipped != null && !LabModels.fits(shipped, target, process)) {
            problems.add("model " + model + " was trained on " + shipped.dataset().id() + " with process "
                    + shipped.process().id() + ", so it needs that target and process; was " + target + " with " + process);
            model = LabModels.EXACT;
        }
        String sampler = r.oneOf("sampler", samplersFor(process), samplersFor(process).contains(defaults.sampler)
                ? defaults.sampler : samplersFor(process).getFirst());
        String compare = r.oneOf("compare", comparisonChoices(), defaults.compare);
        int steps = (int) r.whole("steps", defaults.steps, 1, MAX_STEPS);
        long seed = r.whole("seed", defaults.seed, 0, Long.MAX_VALUE);
        int n = (int) r.whole("n", defaults.n, MIN_POINTS, Sampler.MAX_PARTICLES);
        double eta = option(raw, Option.ETA, defaults.eta, problems);
        double sigma = option(raw, Option.SIGMA, defaults.sigma, problems);
        double stepSize = option(raw, Option.STEP_SIZE, defaults.stepSize, problems);
        int guidance = (int) r.whole("class", defaults.guidance, -1, 1000);
        double w = r.number("w", defaults.w, 0, GuidedField.MAX_WEIGHT);
        LabSettings s = new LabSettings(target, process, sampler, compare, steps, seed, n, eta, sigma, stepSize,
                guidance, w, model);
        if (guidance >= 0 && !classesOf(target).contains(guidance)) {
            problems.add("class must be one of " + classesOf(target) + " for " + target + ", or -1 for none; was " + guidance);
            s = s.withGuidance(-1);
        }
        return new Reading<>(s, problems);
    }

    /** An option within its range, read as the other values are: a bad one keeps its fallback, with a message. */
    private static double option(Map<String, String> raw, Option option, double fallback, List<String> problems) {
        String key = option.key();
        if (!raw.containsKey(key)) {
            return fallback;
        }
        String text = raw.get(key).strip();
        Range range = option.range();
        try {
            double value = Double.parseDouble(text);
            if (range.contains(value)) {
                return value;
            }
            problems.add(key + " must be " + range.span() + ", was " + UnknownId.shorten(text));
        } catch (NumberFormatException e) {
            problems.add(key + " must be a number " + range.span() + ", was \"" + UnknownId.shorten(text) + "\"");
        }
        return fallback;
    }

    /** The process choices: every process, then {@value #NO_PROCESS}. */
    static List<String> processChoices() {
        List<String> all = new ArrayList<>(GaussianPaths.ids());
        all.add(NO_PROCESS);
        return List.copyOf(all);
    }

    /** The samplers that fit a process choice. */
    static List<String> samplersFor(String process) {
        return SamplerKind.idsFor(processOrNull(process));
    }

    /** {@value #NO_COMPARISON}, then every valid {@code process/sampler} pair. */
    static List<String> comparisonChoices() {
        List<String> all = new ArrayList<>();
        all.add(NO_COMPARISON);
        for (String p : processChoices()) {
            for (String s : samplersFor(p)) {
                all.add(p + "/" + s);
            }
        }
        return List.copyOf(all);
    }

    /** The class labels of a data set's components. */
    static List<Integer> classesOf(String target) {
        int count = ToyDataset.byId(target).labelled().classCount();
        List<Integer> out = new ArrayList<>();
        for (int y = 0; y < count; y++) {
            out.add(y);
        }
        return out;
    }

    /** The process of a column, null for none (the registry's convention). */
    static @Nullable String processOrNull(String process) {
        return NO_PROCESS.equals(process) ? null : process;
    }

    boolean comparing() {
        return !NO_COMPARISON.equals(compare);
    }

    String compareProcess() {
        return compare.substring(0, compare.indexOf('/'));
    }

    String compareSampler() {
        return compare.substring(compare.indexOf('/') + 1);
    }

    LabSettings withGuidance(int y) {
        return new LabSettings(target, process, sampler, compare, steps, seed, n, eta, sigma, stepSize, y, w, model);
    }

    /** Whether a network stands in for the exact field. */
    boolean learned() {
        return !LabModels.EXACT.equals(model);
    }

    /** The settings as URL query parameters, in a fixed order ({@code model} last, and only for a network). */
    Map<String, String> toQuery() {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("target", target);
        q.put("process", process);
        q.put("sampler", sampler);
        q.put("compare", compare);
        q.put("steps", Integer.toString(steps));
        q.put("seed", Long.toString(seed));
        q.put("n", Integer.toString(n));
        q.put("eta", format(eta));
        q.put("sigma", format(sigma));
        q.put("stepSize", format(stepSize));
        q.put("class", Integer.toString(guidance));
        q.put("w", format(w));
        // Left out for the exact field, so the links made before networks came read the same.
        if (learned()) {
            q.put("model", model);
        }
        return q;
    }

    /** Shortest text that reads back to the same double. */
    static String format(double v) {
        return TextParams.format(v);
    }
}
