package org.diffusioncourse.api;

import java.util.List;
import org.diffusioncourse.simulation.LabelledMixture;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.learn.ShippedModel;
import tools.jackson.databind.JsonNode;

/**
 * The {@code target} of a request: a data-set name such as {@code "two-moons"}, or
 * {@code {"mixture": {"weights", "means", "stds", "classes"}}} with isotropic components and an
 * optional class label per component (all class 0 when left out).
 */
final class Targets {

    /** Most components of a user's mixture; the largest data set has 60. */
    static final int MAX_COMPONENTS = 100;

    /** Largest class label. */
    static final int MAX_CLASS = 1000;

    private static final double MIN_STD = 1e-6;
    private static final double MAX_STD = 1e6;
    private static final List<String> MIXTURE = List.of("mixture");
    private static final List<String> MIXTURE_KEYS = List.of("weights", "means", "stds", "classes");

    private Targets() {
    }

    /** Reads the required {@code target} of {@code request}. */
    static LabelledMixture read(JsonFields request) {
        JsonNode target = request.required("target");
        List<String> allowed = ToyDataset.allIds();
        if (target.isString()) {
            String id = target.stringValue();
            if (!allowed.contains(id)) {
                throw new InvalidChoice("target", "target must be one of " + String.join(", ", allowed)
                        + " or {\"mixture\": ...}; was \"" + JsonFields.shorten(id) + "\"", allowed);
            }
            return ToyDataset.byId(id).labelled();
        }
        if (!target.isObject()) {
            throw new InvalidChoice("target", "target must be one of " + String.join(", ", allowed)
                    + " or {\"mixture\": {\"weights\", \"means\", \"stds\", \"classes\"}}; was "
                    + JsonFields.shorten(target.toString()), allowed);
        }
        JsonFields mixture = request.object("target", MIXTURE).object("mixture", MIXTURE_KEYS);
        return mixture(mixture);
    }

    /**
     * The {@code target} of a request that samples the network {@code model}: the data set it
     * was trained on, which the request may leave out; any other target is refused, since the
     * network knows no other.
     */
    static LabelledMixture readFor(JsonFields request, ShippedModel model) {
        String dataset = model.config().dataset().id();
        if (request.has("target")) {
            JsonNode target = request.required("target");
            if (!target.isString() || !target.stringValue().equals(dataset)) {
                String was = target.isString() ? "\"" + JsonFields.shorten(target.stringValue()) + "\""
                        : JsonFields.shorten(target.toString());
                throw new InvalidChoice("target", "target must be " + dataset + ", the data set model " + model.id()
                        + " was trained on (or left out); was " + was, List.of(dataset));
            }
        }
        return model.config().dataset().labelled();
    }

    private static LabelledMixture mixture(JsonFields m) {
        String wp = m.at("weights");
        JsonNode w = JsonFields.array(m.required("weights"), wp, 1, MAX_COMPONENTS, "components");
        int k = w.size();
        double[] weights = new double[k];
        double sum = 0;
        for (int i = 0; i < k; i++) {
            String at = wp + "[" + i + "]";
            weights[i] = JsonFields.finite(w.get(i), at);
            if (weights[i] < 0) {
                throw new InvalidChoice(at, at + " must be a finite number >= 0, was " + weights[i], List.of(">= 0"));
            }
            sum += weights[i];
        }
        if (Math.abs(sum - 1) > 1e-9) {
            throw new InvalidChoice(wp, wp + " must sum to 1 within 1e-9, sum was " + sum, List.of("sum 1 ± 1e-9"));
        }
        String mp = m.at("means");
        JsonNode mu = JsonFields.array(m.required("means"), mp, k, k, "points [x, y] (one per weight)");
        double[][] means = new double[k][];
        for (int i = 0; i < k; i++) {
            means[i] = JsonFields.point(mu.get(i), mp + "[" + i + "]");
        }
        String sp = m.at("stds");
        JsonNode sd = JsonFields.array(m.required("stds"), sp, k, k, "numbers (one per weight)");
        double[] stds = new double[k];
        for (int i = 0; i < k; i++) {
            String at = sp + "[" + i + "]";
            stds[i] = JsonFields.finite(sd.get(i), at);
            if (stds[i] <= 0) {
                throw new InvalidChoice(at, at + " must be a finite number > 0, was " + stds[i], List.of("1e-6..1e6"));
            }
            if (stds[i] < MIN_STD || stds[i] > MAX_STD) {
                throw new InvalidChoice(at, at + " must be between 1e-6 and 1e6, was " + stds[i], List.of("1e-6..1e6"));
            }
        }
        int[] classes = new int[k];
        if (m.has("classes")) {
            String cp = m.at("classes");
            JsonNode c = JsonFields.array(m.required("classes"), cp, k, k, "labels (one per weight)");
            for (int i = 0; i < k; i++) {
                classes[i] = (int) JsonFields.integer(c.get(i), cp + "[" + i + "]", 0, MAX_CLASS);
            }
        }
        return LabelledMixture.of(weights, means, stds, classes);
    }
}
