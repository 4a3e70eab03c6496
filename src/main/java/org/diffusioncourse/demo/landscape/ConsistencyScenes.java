package org.diffusioncourse.demo.landscape;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.diffusioncourse.render.DensityContours;
import org.diffusioncourse.render.SamplerFigure;
import org.diffusioncourse.simulation.ConsistencyScene;
import org.diffusioncourse.simulation.ToyDataset;

/**
 * The most recently used consistency scenes and the contours of each target, so moving the t
 * slider only looks up clouds and draws: the trajectories (a Dormand-Prince solve, 0.1 to 0.5 s)
 * are computed once per data set, seed and n. Bounded: at most {@value #CAPACITY} scenes of at
 * most 500 trajectories at 101 times with their Euler clouds (under 6 MB each), and one contour
 * set per data set.
 */
final class ConsistencyScenes {

    static final int CAPACITY = 12;

    private final Map<Key, ConsistencyScene> scenes = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, ConsistencyScene> eldest) {
            return size() > CAPACITY;
        }
    };
    private final Map<String, DensityContours> contours = new ConcurrentHashMap<>();

    private record Key(String dataset, long seed, int n) {
    }

    ConsistencyScene scene(ConsistencySettings settings) {
        Key key = new Key(settings.dataset(), settings.seed(), settings.n());
        synchronized (scenes) {
            ConsistencyScene cached = scenes.get(key);
            if (cached != null) {
                return cached;
            }
        }
        ConsistencyScene scene = ConsistencyScene.of(ToyDataset.byId(key.dataset()), key.seed(), key.n());
        synchronized (scenes) {
            scenes.putIfAbsent(key, scene);
            return scenes.get(key);
        }
    }

    /** The target's contours on the figure's axes. */
    DensityContours contours(String dataset) {
        return contours.computeIfAbsent(dataset,
                id -> DensityContours.of(ToyDataset.byId(id).mixture(), SamplerFigure.AXIS_LIMIT));
    }
}
