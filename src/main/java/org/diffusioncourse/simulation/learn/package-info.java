/**
 * Learning the score: a small network trained on the toy data sets and measured against the
 * exact fields of the engine. {@link org.diffusioncourse.simulation.learn.Mlp} (the network,
 * forward and backward by hand), {@code Adam}, {@link org.diffusioncourse.simulation.learn.Trainer}
 * (minibatches through the forward process, the targets of
 * {@link org.diffusioncourse.simulation.learn.Target} and the weightings of
 * {@link org.diffusioncourse.simulation.learn.LossWeighting}), the
 * {@link org.diffusioncourse.simulation.learn.TrainingConfig} that decides a run,
 * {@link org.diffusioncourse.simulation.learn.LearnedField} (a trained network as the field every
 * sampler takes), {@link org.diffusioncourse.simulation.learn.Checkpoint} (the file format),
 * {@link org.diffusioncourse.simulation.learn.LossFloor} (the smallest loss any predictor reaches)
 * and {@link org.diffusioncourse.simulation.learn.Memorisation} (how close samples come to the
 * training points). It sits above the samplers and the core and below nothing; like the rest of
 * the engine it imports nothing from the web application, and training is single-threaded and
 * deterministic: the same configuration gives the same weights, bit for bit.
 */
@NullMarked
package org.diffusioncourse.simulation.learn;

import org.jspecify.annotations.NullMarked;
