package org.diffusioncourse.models;

import java.time.Instant;
import java.util.Optional;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.check.InvalidParameter;
import org.diffusioncourse.simulation.learn.LossWeighting;
import org.diffusioncourse.simulation.learn.Target;
import org.diffusioncourse.simulation.learn.TrainingConfig;
import org.diffusioncourse.simulation.learn.TrainingProcess;

/**
 * A kept network as the list shows it: its name and the summary of its run, without the
 * checkpoint. The ids are kept as text, as stored, so a row whose settings a later engine no
 * longer accepts is still listed (and can be deleted); {@link #config()} is then empty.
 *
 * @param name      the learner's own words, shown as text only
 * @param finalLoss the mean loss of the run's last steps ({@code TrainedModel.finalLoss()})
 */
public record SavedModel(long id, String name, String dataset, String process, String target, String weighting,
                         int width, int layers, int steps, int batch, double learningRate, int trainingSetSize,
                         boolean classConditional, double labelDropout, long seed, double finalLoss, Instant createdAt) {

    /** The run's configuration, or empty when this engine no longer accepts one of its settings. */
    public Optional<TrainingConfig> config() {
        try {
            return Optional.of(new TrainingConfig(ToyDataset.byId(dataset), TrainingProcess.byId(process),
                    Target.byId(target), LossWeighting.byId(weighting), width, layers, steps, batch, learningRate,
                    trainingSetSize, classConditional, labelDropout, seed));
        } catch (InvalidParameter outdated) {
            return Optional.empty();
        }
    }
}
