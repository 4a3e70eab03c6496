package org.diffusioncourse.bench;

import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.UniformRandomProvider;
import org.diffusioncourse.simulation.FieldBuffer;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.process.VpSde;
import org.diffusioncourse.simulation.sampler.PathSelection;
import org.diffusioncourse.simulation.sampler.Sampler;
import org.diffusioncourse.simulation.sampler.Samplers;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of the sampling engine on the 8-component mixture (eight Gaussians), one thread:
 * <ul>
 *   <li>{@code scoreOnce}: one exact-field evaluation for 2000 particles (divide by 2000 x 8 for
 *       the cost per particle per component);</li>
 *   <li>{@code scoreFloor}: 100 such evaluations, the floor under any 100-step sampler;</li>
 *   <li>{@code reverseSde}: 2000 particles x 100 Euler-Maruyama steps of the VP reverse SDE,
 *       including the prior draw and the noise. Goal: median &lt;= 25 ms and within 3 x the floor.</li>
 * </ul>
 * Run through {@link EngineBenchmarkMain}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EngineBenchmark {

    static final int PARTICLES = 2000;
    static final int STEPS = 100;

    private NoisedMixture field;
    private Sampler sampler;
    private double[] xs;
    private double[] ys;
    private FieldBuffer buffer;
    private UniformRandomProvider rng;

    @Setup
    public void setUp() {
        field = NoisedMixture.of(ToyDataset.EIGHT_GAUSSIANS.mixture());
        sampler = Samplers.reverseSde(VpSde.standard(), STEPS);
        PointCloud start = PointCloud.standardNormal(PARTICLES, Seeds.generator(1));
        xs = start.xs();
        ys = start.ys();
        buffer = FieldBuffer.of(PARTICLES);
        rng = Seeds.generator(2);
    }

    @Benchmark
    public FieldBuffer scoreOnce() {
        field.evaluate(0.6, 0.8, xs, ys, PARTICLES, buffer);
        return buffer;
    }

    @Benchmark
    public FieldBuffer scoreFloor() {
        for (int k = 0; k < STEPS; k++) {
            double t = 1.0 - k / (double) STEPS;
            field.evaluate(Math.exp(-5 * t), Math.sqrt(-Math.expm1(-10 * t)), xs, ys, PARTICLES, buffer);
        }
        return buffer;
    }

    @Benchmark
    public PointCloud reverseSde() {
        return sampler.run(field, PARTICLES, rng, PathSelection.none()).samples();
    }
}
