package org.diffusioncourse.demo.flow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diffusioncourse.base.TextParams;
import org.diffusioncourse.demo.SettingsDemo;
import org.diffusioncourse.demo.coupled.CoupledDemoView;

/**
 * The flow demo's parameters as text, read with a message for every wrong value (which falls
 * back to its default): the target {@code dataset}, the {@code seed} of the shared start noise,
 * the SDE extension's {@code sigma} (0 to {@value #MAX_SIGMA} in steps of {@value #SIGMA_STEP};
 * 0 is the ODE) and the scrubbed {@code step}, 0 (t = 0, noise) to {@value FlowPaths#STEPS}
 * (t = 1, data).
 */
public record FlowSettings(String dataset, long seed, double sigma, int step) implements CoupledDemoView.Settings<FlowSettings> {

    public static final List<String> DATASETS = List.of("five-modes", "two-blobs", "eight-gaussians");
    public static final double MAX_SIGMA = 1.5;
    public static final double SIGMA_STEP = 0.25;
    static final FlowSettings DEFAULTS = new FlowSettings("five-modes", 1, 1.0, 100);
    static final Set<String> KEYS = Set.of("dataset", "seed", "sigma", "step");

    /** The settings read, and what was wrong on the way. */
    public record Reading(FlowSettings settings, List<String> problems)
            implements SettingsDemo.Reading<FlowSettings> {
    }

    public static Reading read(Map<String, String> raw, FlowSettings defaults) {
        List<String> problems = new ArrayList<>();
        TextParams text = new TextParams(raw, problems);
        String dataset = text.oneOf("dataset", DATASETS, defaults.dataset);
        long seed = text.whole("seed", defaults.seed, 0, Integer.MAX_VALUE);
        double sigma = text.number("sigma", defaults.sigma, 0, MAX_SIGMA);
        if (sigma / SIGMA_STEP != Math.rint(sigma / SIGMA_STEP)) {
            problems.add("sigma must be a multiple of 0.25 between 0 and 1.5, was " + TextParams.format(sigma));
            sigma = defaults.sigma;
        }
        int step = (int) text.whole("step", defaults.step, 0, FlowPaths.STEPS);
        return new Reading(new FlowSettings(dataset, seed, sigma, step), problems);
    }

    @Override
    public FlowSettings withDataset(String newDataset) {
        return new FlowSettings(newDataset, seed, sigma, step);
    }

    @Override
    public FlowSettings withStep(int newStep) {
        return new FlowSettings(dataset, seed, sigma, newStep);
    }

    public FlowSettings withSigma(double newSigma) {
        return new FlowSettings(dataset, seed, newSigma, step);
    }

    @Override
    public boolean sameRuns(FlowSettings other) {
        return dataset.equals(other.dataset) && seed == other.seed && sigma == other.sigma;
    }

    @Override
    public Map<String, String> toQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("dataset", dataset);
        query.put("seed", Long.toString(seed));
        query.put("sigma", TextParams.format(sigma));
        query.put("step", Integer.toString(step));
        return query;
    }
}
