/**
 * Networks that signed-in learners trained and kept: a name of their own, the run's settings
 * and the checkpoint ({@link org.diffusioncourse.simulation.learn.Checkpoint}), stored in
 * {@code trained_model} (Flyway V4) and deleted with the account. Every read and write is for
 * one account and within the limits of {@link org.diffusioncourse.models.SavedModels}.
 */
@NullMarked
package org.diffusioncourse.models;

import org.jspecify.annotations.NullMarked;
