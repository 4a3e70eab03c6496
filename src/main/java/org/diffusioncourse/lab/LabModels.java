package org.diffusioncourse.lab;

import java.util.ArrayList;
import java.util.List;
import org.diffusioncourse.simulation.check.InvalidParameter;
import org.diffusioncourse.simulation.learn.ModelLibrary;
import org.diffusioncourse.simulation.learn.ShippedModel;
import org.diffusioncourse.simulation.learn.TrainedModel;
import org.diffusioncourse.simulation.learn.TrainingConfig;
import org.jspecify.annotations.Nullable;

/**
 * The lab's "Field" choice: the exact score ({@value #EXACT}), a shipped network (its
 * {@link ShippedModel} id) or the network the learner just trained ({@value #TRAINED}, the
 * {@link TrainingConfig} the training demo leaves in the session). A network runs on the data set
 * and process it was trained on only, so only those that fit the chosen target and process are
 * offered. Training is deterministic, so the configuration names the network, and
 * {@link ModelLibrary#find} gives it back while the server keeps it.
 */
final class LabModels {

    /** The exact mixture score: the lab's default. */
    static final String EXACT = "exact";

    /** The network of the configuration the learner trained last in this session. */
    static final String TRAINED = "trained";

    /**
     * A network resolved for a run.
     *
     * @param name  how refusals name it, e.g. {@code "model two-moons-eps"}
     * @param label how headings name it, e.g. {@code "network two-moons-eps"}
     */
    record Network(TrainedModel model, String name, String label) {
    }

    private LabModels() {
    }

    /** Every value of the {@code model} link key: {@value #EXACT}, the shipped ids, {@value #TRAINED}. */
    static List<String> ids() {
        List<String> all = new ArrayList<>();
        all.add(EXACT);
        all.addAll(ShippedModel.ids());
        all.add(TRAINED);
        return List.copyOf(all);
    }

    /** The configuration of a choice: null for the exact score, or for {@value #TRAINED} when none was trained. */
    static @Nullable TrainingConfig config(String model, @Nullable TrainingConfig trained) {
        return switch (model) {
            case EXACT -> null;
            case TRAINED -> trained;
            default -> ShippedModel.byId(model).config();
        };
    }

    /** Whether {@code config} runs on target {@code target} and process {@code process}. */
    static boolean fits(TrainingConfig config, String target, String process) {
        return config.dataset().id().equals(target) && config.process().id().equals(process);
    }

    /**
     * The choices offered for a target and process: the exact score, the shipped networks that fit
     * them, the learner's network when the session holds one, and {@code current} so the shown
     * value is always a choice.
     */
    static List<String> choices(String target, String process, @Nullable TrainingConfig trained, String current) {
        List<String> out = new ArrayList<>();
        out.add(EXACT);
        for (ShippedModel m : ShippedModel.values()) {
            if (fits(m.config(), target, process) || m.id().equals(current)) {
                out.add(m.id());
            }
        }
        if (trained != null || TRAINED.equals(current)) {
            out.add(TRAINED);
        }
        return List.copyOf(out);
    }

    /** The text of a choice in the menu. */
    static String label(String model) {
        return switch (model) {
            case EXACT -> "Exact score";
            case TRAINED -> "The network I just trained";
            default -> {
                TrainingConfig c = ShippedModel.byId(model).config();
                yield "Network " + model + " (" + c.target().id() + ", width " + c.width() + ", " + c.steps() + " steps)";
            }
        };
    }

    /**
     * The network of a choice, null for the exact score.
     *
     * @throws InvalidParameter on {@code model} when {@value #TRAINED} is chosen and the session
     *                          holds no trained network, or the server no longer keeps it
     */
    static @Nullable Network resolve(String model, @Nullable TrainingConfig trained) {
        if (EXACT.equals(model)) {
            return null;
        }
        if (!TRAINED.equals(model)) {
            ShippedModel shipped = ShippedModel.byId(model);
            return new Network(ModelLibrary.shared().shipped(shipped), "model " + model, "network " + model);
        }
        if (trained == null) {
            throw new InvalidParameter("model", ids(), "there is no network you trained in this session: train one "
                    + "in the lesson Training a denoiser, or choose the exact score or a shipped network");
        }
        TrainedModel network = ModelLibrary.shared().find(trained).orElseThrow(() -> new InvalidParameter("model", ids(),
                "the network you trained (" + describe(trained) + ") is no longer kept by the server, which keeps "
                        + "the most recent ones only; train it again, or choose the exact score or a shipped network"));
        return new Network(network, "the network you trained", "network you trained");
    }

    /** E.g. {@code "two-moons, vp-sde, score, width 64, 3000 steps, seed 1"}. */
    static String describe(TrainingConfig c) {
        return c.dataset().id() + ", " + c.process().id() + ", " + c.target().id() + ", width " + c.width() + ", "
                + c.steps() + " steps, seed " + c.seed();
    }
}
