package org.diffusioncourse.simulation.learn;

/** A training run whose loss stopped being a finite number; the run is abandoned. */
public final class TrainingDiverged extends IllegalStateException {

    private final int step;

    TrainingDiverged(int step, double loss, TrainingConfig config) {
        super("training diverged at step " + step + " of " + config.steps() + ": the loss became " + loss
                + "; lower the learning rate (was " + config.learningRate() + ") or pick another loss weighting (was "
                + config.weighting().id() + ")");
        this.step = step;
    }

    /** The step whose loss was not finite. */
    public int step() {
        return step;
    }
}
