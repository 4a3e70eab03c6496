package org.diffusioncourse.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Arrays;
import java.util.List;
import org.diffusioncourse.simulation.learn.ModelLibrary;
import org.diffusioncourse.simulation.learn.ShippedModel;
import org.diffusioncourse.simulation.learn.TrainedModel;
import org.diffusioncourse.simulation.learn.TrainingConfig;
import org.diffusioncourse.simulation.sampler.SamplerKind;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/models}: the trained networks the site holds for everyone, the
 * {@link ShippedModel}s, in their registry's order, each with the configuration that trains it
 * (training is deterministic, so the configuration names the weights) and its final loss (the
 * mean minibatch loss of the last {@value TrainedModel#FINAL_LOSS_WINDOW} steps). An id is what
 * {@code POST /api/v1/sample} takes as {@code "model"}. Networks learners trained are theirs and
 * are not listed.
 */
@RestController
class ModelController {

    /**
     * One network.
     *
     * @param id               the id {@code /api/v1/sample} takes, e.g. {@code two-moons-eps}
     * @param dataset          the data set it was trained on, the only {@code target} it samples
     * @param process          the process it was trained on, the only {@code process} it runs on
     * @param target           what it outputs: eps, x0, v or score
     * @param samplers         the samplers that run on its process
     * @param parameters       its parameter count; one evaluation costs parameters / 40 mixture components
     * @param classConditional whether it takes a class, so {@code guidance} applies
     * @param classes          the class labels it takes (0 .. classes - 1), 0 when unconditional
     */
    @JsonPropertyOrder({"id", "dataset", "process", "target", "width", "layers", "steps", "batch", "learningRate",
            "trainingSetSize", "weighting", "classConditional", "classes", "seed", "parameters", "finalLoss", "samplers"})
    record Model(String id, String dataset, String process, String target, int width, int layers, int steps, int batch,
            double learningRate, int trainingSetSize, String weighting, boolean classConditional, int classes, long seed,
            int parameters, double finalLoss, List<String> samplers) {
    }

    /** The list; the checkpoints are read on the first request, not at start-up, and kept by the {@link ModelLibrary}. */
    @GetMapping("/api/v1/models")
    List<Model> models() {
        return Arrays.stream(ShippedModel.values()).map(ModelController::describe).toList();
    }

    private static Model describe(ShippedModel shipped) {
        TrainedModel model = ModelLibrary.shared().shipped(shipped);
        TrainingConfig c = shipped.config();
        return new Model(shipped.id(), c.dataset().id(), c.process().id(), c.target().id(), c.width(), c.layers(),
                c.steps(), c.batch(), c.learningRate(), c.trainingSetSize(), c.weighting().id(), c.classConditional(),
                c.classes(), c.seed(), c.parameterCount(), model.finalLoss(),
                SamplerKind.idsFor(c.process().id()));
    }
}
