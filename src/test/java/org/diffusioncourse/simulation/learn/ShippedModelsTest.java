package org.diffusioncourse.simulation.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * The shipped checkpoints are what their configurations train, bit for bit: a learner who trains
 * the default run gets exactly the network the page showed, and a change to the engine that
 * changes the weights fails here until {@link MakeShippedModels} writes them again.
 */
class ShippedModelsTest {

    @ParameterizedTest
    @EnumSource(ShippedModel.class)
    void retrainingReproducesTheCheckpointBitForBit(ShippedModel model) {
        TrainedModel shipped = ModelLibrary.shared().shipped(model);
        TrainedModel retrained = Trainer.train(model.config(), TrainingListener.silent());

        assertThat(shipped.config()).isEqualTo(model.config());
        assertThat(shipped.cancelled()).isFalse();
        assertThat(Arrays.equals(shipped.parameters(), retrained.parameters()))
                .as("%s: weights retrained from its configuration equal the checkpoint's; if the engine changed on"
                        + " purpose, run MakeShippedModels", model.id()).isTrue();
        assertThat(shipped.losses()).isEqualTo(retrained.losses());
    }

    @Test
    void theLibraryFindsAShippedModelByItsConfigurationWithoutTraining() {
        ModelLibrary library = ModelLibrary.shared();
        for (ShippedModel model : ShippedModel.values()) {
            assertThat(library.find(model.config())).as(model.id()).containsSame(library.shipped(model));
        }
        Set<TrainingConfig> configs = new HashSet<>();
        Arrays.stream(ShippedModel.values()).forEach(m -> assertThat(configs.add(m.config())).as(m.id()).isTrue());
    }
}
