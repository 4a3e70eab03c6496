package org.diffusioncourse.bench;

import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link EngineBenchmark} (1 fork, 3 x 1 s warm-up, 5 x 1 s measurement, one thread,
 * sample time in ms) and prints the medians, the cost per particle per component and the ratio
 * of the sampler to its score floor.
 *
 * <p>From the project root, after {@code ./mvnw -q -o test-compile}:
 * {@code java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) org.diffusioncourse.bench.EngineBenchmarkMain}
 * with a JDK 21+, the class path built by {@code ./mvnw -q -o dependency:build-classpath
 * -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test}.
 */
public final class EngineBenchmarkMain {

    private EngineBenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(EngineBenchmark.class.getSimpleName() + (args.length > 0 ? "." + args[0] : ""))
                .forks(1)
                .threads(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(1))
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        double floor = Double.NaN;
        double sde = Double.NaN;
        System.out.println();
        System.out.println("Summary (" + EngineBenchmark.PARTICLES + " particles, 8 components, "
                + EngineBenchmark.STEPS + " steps)");
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            double median = r.getPrimaryResult().getStatistics().getPercentile(50);
            System.out.printf("  %-11s median %8.3f ms%n", name, median);
            switch (name) {
                case "scoreOnce" -> System.out.printf("  %-11s %8.2f ns per particle per component%n", "",
                        median * 1e6 / (EngineBenchmark.PARTICLES * 8.0));
                case "scoreFloor" -> floor = median;
                case "reverseSde" -> sde = median;
                default -> { }
            }
        }
        if (!Double.isNaN(floor) && !Double.isNaN(sde)) {
            System.out.printf("  reverseSde / scoreFloor = %.2f (goal <= 3), reverseSde goal <= 25 ms%n", sde / floor);
        }
    }
}
