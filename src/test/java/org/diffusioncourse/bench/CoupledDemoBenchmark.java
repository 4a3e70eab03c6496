package org.diffusioncourse.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.diffusioncourse.demo.coupled.CoupledFigure;
import org.diffusioncourse.demo.coupled.CoupledScene;
import org.diffusioncourse.demo.flow.FlowDemo;
import org.diffusioncourse.demo.flow.FlowSettings;
import org.diffusioncourse.demo.sde.SdeDemo;
import org.diffusioncourse.demo.sde.SdeSettings;
import org.diffusioncourse.simulation.ToyDataset;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One slider frame of the SDE and flow demos on cached runs whose p_t contours have all been
 * computed once (a revisited step): the figure and its text alternative. Goal: median well under
 * 20 ms. A first visit of a step adds the contours, about 10 ms on this machine. Run with a JMH
 * runner and the include pattern {@code CoupledDemoBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CoupledDemoBenchmark {

    private CoupledScene sde;
    private CoupledScene flow;
    private int step;

    @Setup
    public void setUp() {
        sde = new SdeDemo().scene(new SdeSettings(ToyDataset.FIVE_MODES, 1, 0));
        flow = new FlowDemo().scene(new FlowSettings(ToyDataset.FIVE_MODES, 1, 1.0, 0));
        for (int k = 0; k <= sde.steps(); k++) {
            sde.contoursAt(k);
            flow.contoursAt(k);
        }
    }

    @Benchmark
    public String sdeFrame() {
        return frame(sde);
    }

    @Benchmark
    public String flowFrame() {
        return frame(flow);
    }

    private String frame(CoupledScene scene) {
        // 37 is coprime to 201: every step gets visited.
        step = (step + 37) % (scene.steps() + 1);
        List<String> headings = List.of("A", "B");
        return CoupledFigure.render("bench", scene, headings, step) + CoupledFigure.describe(scene, headings, step);
    }
}
