package org.diffusioncourse.simulation.learn;

import java.util.List;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.check.UnknownId;

/**
 * The networks the site ships, trained ahead and kept as checkpoints under
 * {@code src/main/resources/models/ID.dcnet}, so a lesson page in its default state shows its
 * trained model at once. Each is the deterministic result of its configuration: the test
 * {@code ShippedModelsTest} retrains every one and compares the weights bit for bit, and
 * {@code MakeShippedModels} (under {@code src/test}) writes them again after a change to the engine.
 */
public enum ShippedModel {

    /** The lesson's default: two moons, DDPM linear, eps, L_simple, width 64, 3 layers, 3000 x 256. */
    TWO_MOONS_EPS("two-moons-eps", TrainingConfig.defaults()),
    /** The same data and network on the VP SDE with the score as target, for the SDE samplers. */
    TWO_MOONS_SCORE("two-moons-score", TrainingConfig.defaults().withProcess(TrainingProcess.VP_SDE, Target.SCORE)),
    /** Flow matching: CondOT velocity, uniform weighting. */
    TWO_MOONS_VELOCITY("two-moons-velocity", TrainingConfig.defaults().withProcess(TrainingProcess.CONDOT, Target.VELOCITY)
            .withWeighting(LossWeighting.UNIFORM)),
    /** Class-conditional with label dropout 0.1, for classifier-free guidance. */
    TWO_MOONS_GUIDED("two-moons-guided", TrainingConfig.defaults().withClasses(true, TrainingConfig.DEFAULT_LABEL_DROPOUT)),
    /** A tiny training set (16 points) trained long: the memorisation end of the lesson's sweep. */
    TWO_MOONS_16("two-moons-16", TrainingConfig.defaults().withTrainingSetSize(16).withSchedule(6000, 256, 2e-3)),
    /** 128 points, as long: between copying and generalising. */
    TWO_MOONS_128("two-moons-128", TrainingConfig.defaults().withTrainingSetSize(128).withSchedule(6000, 256, 2e-3)),
    /** Eight Gaussians, the lab's other default target. */
    EIGHT_GAUSSIANS_EPS("eight-gaussians-eps", TrainingConfig.defaults().withDataset(ToyDataset.EIGHT_GAUSSIANS));

    private final String id;
    private final TrainingConfig config;

    ShippedModel(String id, TrainingConfig config) {
        this.id = id;
        this.config = config;
    }

    /** The id the API and the lab use, e.g. {@code two-moons-eps}. */
    public String id() {
        return id;
    }

    /** The configuration that trains it. */
    public TrainingConfig config() {
        return config;
    }

    /** The checkpoint's resource path on the class path. */
    public String resource() {
        return "/models/" + id + ".dcnet";
    }

    /** @throws UnknownId on parameter {@code model}, listing the ids */
    public static ShippedModel byId(String id) {
        return UnknownId.find("model", List.of(values()), ShippedModel::id, id);
    }

    /** Every id, in order. */
    public static List<String> ids() {
        return java.util.Arrays.stream(values()).map(ShippedModel::id).toList();
    }
}
