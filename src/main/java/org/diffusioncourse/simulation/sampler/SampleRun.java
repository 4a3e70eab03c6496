package org.diffusioncourse.simulation.sampler;

import java.util.List;
import org.diffusioncourse.simulation.PointCloud;

/**
 * The result of one sampler run.
 *
 * @param samples the final particles
 * @param nfe     field evaluations per particle actually made
 * @param paths   the recorded paths, in the order of the {@link PathSelection}
 */
public record SampleRun(PointCloud samples, long nfe, List<ParticlePath> paths) {

    /** Copies the path list. */
    public SampleRun {
        paths = List.copyOf(paths);
    }
}
