package org.diffusioncourse.bench;

import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The one JMH setting of the project's benchmarks: 1 fork, 3 x 1 s warm-up, 5 x 1 s measurement,
 * failing on any error, so their figures in the README are comparable.
 */
final class JmhRuns {

    private JmhRuns() {
    }

    /** Runs the benchmarks matching {@code include} on {@code threads} threads. */
    static Collection<RunResult> run(String include, int threads) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(include)
                .forks(1)
                .threads(threads)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(1))
                .shouldFailOnError(true)
                .build();
        return new Runner(options).run();
    }
}
