package org.diffusioncourse.bench;

import java.util.concurrent.TimeUnit;
import org.diffusioncourse.demo.forward.ForwardFigure;
import org.diffusioncourse.demo.forward.ForwardScene;
import org.diffusioncourse.demo.forward.ForwardSettings;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.process.NoiseSchedule;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The two costs of the forward-noising demo for n = 2000 points:
 * <ul>
 *   <li>{@code warmFrame}: moving the t slider on a cached scene, i.e. {@code scene.at(t)} plus
 *       {@code ForwardFigure.render} (render calls at(t) itself); t walks through off-grid steps
 *       so the proxy is computed, not looked up. Goal: median &lt;= 10 ms.</li>
 *   <li>{@code coldScene}: building a scene for a new seed, i.e. sampling and the 101-step proxy
 *       curve. Goal: &lt; 60 ms.</li>
 * </ul>
 * Run through {@link BenchmarkMain}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ForwardDemoBenchmark {

    static final int POINTS = 2000;

    @Param({"two-moons"})
    public String dataset;

    @Param({"linear"})
    public String schedule;

    private ForwardScene scene;
    private int t;
    private long seed;

    @Setup
    public void setUp() {
        scene = scene(42);
        t = 0;
        seed = 1000;
    }

    @Benchmark
    public String warmFrame() {
        // 37 is coprime to 1001 and not a multiple of the grid spacing: every step gets visited.
        t = (t + 37) % (ForwardSettings.STEPS + 1);
        return ForwardFigure.render(scene, t, false);
    }

    @Benchmark
    public ForwardScene coldScene() {
        return scene(seed++);
    }

    private ForwardScene scene(long s) {
        return ForwardScene.of(ToyDataset.byId(dataset), NoiseSchedule.named(schedule, ForwardSettings.STEPS), s, POINTS);
    }
}
