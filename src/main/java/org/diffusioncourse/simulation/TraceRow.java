package org.diffusioncourse.simulation;

/**
 * One row of the single-point forward trace: the step t, alpha_bar_t, the noise std
 * sqrt(1 - alpha_bar_t) and the noised point x_t = (x, y).
 */
public record TraceRow(int t, double alphaBar, double noiseStd, double x, double y) {
}
