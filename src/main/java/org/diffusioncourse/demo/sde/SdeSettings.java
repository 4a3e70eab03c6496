package org.diffusioncourse.demo.sde;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diffusioncourse.base.TextParams;
import org.diffusioncourse.demo.SettingsDemo;
import org.diffusioncourse.demo.coupled.CoupledDemoView;

/**
 * The SDE demo's parameters as text, read with a message for every wrong value (which falls
 * back to its default): the target {@code dataset}, the {@code seed} of the shared start noise
 * and the scrubbed {@code step} of the runs, 0 (t = 1, noise) to {@value SdeTrajectories#STEPS}
 * (t = 0.001, data).
 */
public record SdeSettings(String dataset, long seed, int step) implements CoupledDemoView.Settings<SdeSettings> {

    /** The targets offered: mixtures whose modes a learner can count. */
    public static final List<String> DATASETS = List.of("five-modes", "two-blobs", "eight-gaussians");
    static final SdeSettings DEFAULTS = new SdeSettings("five-modes", 1, 100);
    static final Set<String> KEYS = Set.of("dataset", "seed", "step");

    /** The settings read, and what was wrong on the way. */
    public record Reading(SdeSettings settings, List<String> problems)
            implements SettingsDemo.Reading<SdeSettings> {
    }

    public static Reading read(Map<String, String> raw, SdeSettings defaults) {
        List<String> problems = new ArrayList<>();
        TextParams text = new TextParams(raw, problems);
        String dataset = text.oneOf("dataset", DATASETS, defaults.dataset);
        long seed = text.whole("seed", defaults.seed, 0, Integer.MAX_VALUE);
        int step = (int) text.whole("step", defaults.step, 0, SdeTrajectories.STEPS);
        return new Reading(new SdeSettings(dataset, seed, step), problems);
    }

    @Override
    public SdeSettings withDataset(String newDataset) {
        return new SdeSettings(newDataset, seed, step);
    }

    @Override
    public SdeSettings withStep(int newStep) {
        return new SdeSettings(dataset, seed, newStep);
    }

    @Override
    public boolean sameRuns(SdeSettings other) {
        return dataset.equals(other.dataset) && seed == other.seed;
    }

    @Override
    public Map<String, String> toQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("dataset", dataset);
        query.put("seed", Long.toString(seed));
        query.put("step", Integer.toString(step));
        return query;
    }
}
