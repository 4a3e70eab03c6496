package org.diffusioncourse.bench;

import java.util.concurrent.TimeUnit;
import org.diffusioncourse.simulation.learn.Trainer;
import org.diffusioncourse.simulation.learn.TrainingConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One training step of the default network (width 64, 3 hidden layers, batch 256, eps target on
 * ddpm-linear, two moons): draw the minibatch (x_0, t, eps), embed, forward, loss, backward,
 * Adam. Throughput in steps per second, one thread. The NumPy companion
 * {@code src/test/python/train_step_numpy.py} does the same step, vectorised; run both through
 * {@link TrainStepBenchmarkMain}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TrainStepBenchmark {

    private Trainer trainer;

    @Setup
    public void setUp() {
        trainer = Trainer.of(TrainingConfig.defaults());
    }

    /** Steps per benchmark call: a training run calls step() in a loop, and so does this. */
    static final int STEPS_PER_CALL = 100;

    @Benchmark
    @OperationsPerInvocation(STEPS_PER_CALL)
    public double adamStep() {
        double loss = 0;
        for (int i = 0; i < STEPS_PER_CALL; i++) {
            loss += trainer.step();
        }
        return loss;
    }
}
