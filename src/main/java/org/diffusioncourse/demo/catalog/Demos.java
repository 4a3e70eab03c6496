package org.diffusioncourse.demo.catalog;

import java.util.List;
import org.diffusioncourse.demo.LessonDemo;
import org.diffusioncourse.demo.ddpm.DdpmDemo;
import org.diffusioncourse.demo.evaluation.EvaluationDemo;
import org.diffusioncourse.demo.fastsamplers.FastSamplersDemo;
import org.diffusioncourse.demo.flow.FlowDemo;
import org.diffusioncourse.demo.forward.ForwardDemo;
import org.diffusioncourse.demo.guidance.GuidanceDemo;
import org.diffusioncourse.demo.landscape.ConsistencyDemo;
import org.diffusioncourse.demo.langevin.LangevinDemo;
import org.diffusioncourse.demo.likelihood.LikelihoodDemo;
import org.diffusioncourse.demo.score.ScoreDemo;
import org.diffusioncourse.demo.sde.SdeDemo;
import org.diffusioncourse.demo.training.TrainingDemo;

/** Every demo the course has: the one list an eleventh demo is added to. */
public final class Demos {

    private Demos() {
    }

    /** A new instance of each demo, each with its own caches. */
    public static List<LessonDemo> all() {
        // The first demo written, then the others in course order.
        return List.of(
                new ForwardDemo(),
                new LikelihoodDemo(),
                new DdpmDemo(),
                new ScoreDemo(),
                new TrainingDemo(),
                new LangevinDemo(),
                new SdeDemo(),
                new FlowDemo(),
                new FastSamplersDemo(),
                new GuidanceDemo(),
                new ConsistencyDemo(),
                new EvaluationDemo());
    }
}
