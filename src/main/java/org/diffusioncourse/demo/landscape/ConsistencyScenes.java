package org.diffusioncourse.demo.landscape;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.diffusioncourse.demo.LruCache;
import org.diffusioncourse.render.DensityContours;
import org.diffusioncourse.render.SamplerFigure;
import org.diffusioncourse.simulation.ToyDataset;

/**
 * The most recently used consistency scenes and the contours of each target, so moving the t
 * slider only looks up clouds and draws: the trajectories (a Dormand-Prince solve, 0.1 to 0.5 s)
 * are computed once per data set, seed and n, and the Euler endpoints for a step count are filled
 * in for every grid time in the background as soon as that step count is shown. Bounded: at most
 * {@value #CAPACITY} scenes of at most 500 trajectories at 101 times with their Euler clouds
 * (under 6 MB each), and one contour set per data set.
 */
final class ConsistencyScenes {

    static final int CAPACITY = 12;

    private final LruCache<Key, ConsistencyScene> scenes = new LruCache<>(CAPACITY,
            key -> ConsistencyScene.of(ToyDataset.byId(key.dataset()), key.seed(), key.n()));
    private final Map<String, DensityContours> contours = new ConcurrentHashMap<>();
    private final ExecutorService prefill = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "consistency-prefill");
        thread.setDaemon(true);
        return thread;
    });

    private record Key(String dataset, long seed, int n) {
    }

    ConsistencyScene scene(ConsistencySettings settings) {
        return scenes.get(new Key(settings.dataset(), settings.seed(), settings.n()));
    }

    /** The target's contours on the figure's axes. */
    DensityContours contours(String dataset) {
        return contours.computeIfAbsent(dataset,
                id -> DensityContours.of(ToyDataset.byId(id).mixture(), SamplerFigure.AXIS_LIMIT));
    }

    /**
     * Computes the k-step Euler endpoints from every grid time of {@code scene}, starting at
     * {@code from} and moving outwards, on one background thread, so the slider finds them ready.
     * Clouds already there are only looked up.
     */
    void prefill(ConsistencyScene scene, int steps, int from) {
        prefill.execute(() -> {
            for (int d = 0; d <= ConsistencyScene.GRID; d++) {
                for (int k : new int[] {from - d, from + d}) {
                    if (k >= 0 && k <= ConsistencyScene.GRID) {
                        scene.eulerEndpoints(k, steps);
                    }
                }
            }
        });
    }
}
