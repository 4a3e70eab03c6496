package org.diffusioncourse.simulation.evaluation;

import org.diffusioncourse.simulation.PointCloud;
import org.jspecify.annotations.Nullable;

/**
 * What one failure-mode model produced.
 *
 * @param samples  the model's samples
 * @param nfe      field evaluations per sample
 * @param training the training set a memorising model copies, or null
 */
public record ModelSamples(PointCloud samples, long nfe, @Nullable PointCloud training) {
}
