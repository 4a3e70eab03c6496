package org.diffusioncourse.simulation.learn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the checkpoints of every {@link ShippedModel} under {@code src/main/resources/models},
 * by training each from its configuration. Run it after a change to the engine that changes the
 * weights (ShippedModelsTest then fails and says so):
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.diffusioncourse.simulation.learn.MakeShippedModels}.
 */
public final class MakeShippedModels {

    private MakeShippedModels() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "src/main/resources/models");
        Files.createDirectories(folder);
        for (ShippedModel model : ShippedModel.values()) {
            long start = System.nanoTime();
            TrainedModel trained = Trainer.train(model.config(), TrainingListener.silent());
            Path file = folder.resolve(model.id() + ".dcnet");
            Files.write(file, Checkpoint.toBytes(trained));
            System.out.printf("%s: %d parameters, final loss %.5f, %d bytes, %.1f s%n", model.id(),
                    trained.parameters().length, trained.finalLoss(), Files.size(file), (System.nanoTime() - start) / 1e9);
        }
    }
}
