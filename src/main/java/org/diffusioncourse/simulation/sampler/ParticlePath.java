package org.diffusioncourse.simulation.sampler;

/**
 * The positions of one particle after every step of a run, with the sampler's own time
 * (or noise level) at each; element 0 is the start.
 *
 * @param particle index of the particle in the run
 */
public record ParticlePath(int particle, double[] times, double[] xs, double[] ys) {

    /** Number of recorded positions. */
    public int length() {
        return times.length;
    }
}
