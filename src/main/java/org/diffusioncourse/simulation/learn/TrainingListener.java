package org.diffusioncourse.simulation.learn;

/**
 * Hears each step of a training run, on the training thread, and may stop it: the hook for a
 * progress bar, a live loss curve and a Cancel button.
 */
@FunctionalInterface
public interface TrainingListener {

    /**
     * Called after step {@code step} (1 .. steps) with that step's minibatch loss.
     *
     * @return true to go on, false to stop the run here (it ends as cancelled)
     */
    boolean onStep(int step, double loss);

    /** A listener that hears nothing and never stops a run. */
    static TrainingListener silent() {
        return (step, loss) -> true;
    }
}
