package org.diffusioncourse.demo;

import org.diffusioncourse.demo.forward.ForwardNoising;
import org.diffusioncourse.demo.forward.SceneCache;
import java.util.List;
import java.util.Set;
import org.diffusioncourse.demo.ddpm.DdpmReverse;
import org.diffusioncourse.demo.fastsamplers.FastSamplers;
import org.diffusioncourse.demo.flow.FlowPaths;
import org.diffusioncourse.demo.guidance.Guidance;
import org.diffusioncourse.demo.landscape.ConsistencyDemo;
import org.diffusioncourse.demo.langevin.LangevinParticles;
import org.diffusioncourse.demo.likelihood.LikelihoodFitDemo;
import org.diffusioncourse.demo.score.ScoreFieldDemo;
import org.diffusioncourse.demo.sde.SdeTrajectories;

/** Every demo the course has, and small checks they share. */
public final class Demos {

    private Demos() {
    }

    /** One instance of each demo; the forward demo shares the application's scene cache. */
    public static List<LessonDemo> all(SceneCache forwardScenes) {
        // The first demo written, then the others in course order.
        return List.of(
                new ForwardNoising(forwardScenes),
                new LikelihoodFitDemo(),
                new DdpmReverse(),
                new ScoreFieldDemo(),
                new LangevinParticles(),
                new SdeTrajectories(),
                new FlowPaths(),
                new FastSamplers(),
                new Guidance(),
                new ConsistencyDemo());
    }

    /** A message for each given key that is not allowed, naming the allowed keys. */
    public static List<String> unknownKeys(Set<String> given, Set<String> allowed, String where) {
        return given.stream().filter(k -> !allowed.contains(k)).sorted().map(k ->
                "unknown parameter '" + k + "' for " + where + "; allowed: "
                        + (allowed.isEmpty() ? "none" : String.join(", ", allowed.stream().sorted().toList()))).toList();
    }
}
