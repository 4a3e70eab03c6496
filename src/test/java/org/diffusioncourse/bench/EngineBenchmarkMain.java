package org.diffusioncourse.bench;

import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;

/**
 * Runs {@link EngineBenchmark} (1 fork, 3 x 1 s warm-up, 5 x 1 s measurement, sample time in
 * ms), first on one thread, then with one thread per core, each thread doing its own runs
 * (the samplers are single-threaded, so "all cores" means independent runs side by side).
 * Prints the medians, the cost per particle per component and the ratio of the sampler to
 * its score floor.
 *
 * <p>From the project root: {@code ./mvnw -q test-compile exec:exec@engine-bench}.
 */
public final class EngineBenchmarkMain {

    private EngineBenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException {
        int cores = Runtime.getRuntime().availableProcessors();
        for (int threads : cores > 1 ? new int[] {1, cores} : new int[] {1}) {
            run(args, threads);
        }
    }

    private static void run(String[] args, int threads) throws RunnerException {
        Collection<RunResult> results =
                JmhRuns.run(EngineBenchmark.class.getSimpleName() + (args.length > 0 ? "." + args[0] : ""), threads);
        double floor = Double.NaN;
        double sde = Double.NaN;
        System.out.println();
        System.out.println("Summary (" + EngineBenchmark.PARTICLES + " particles, 8 components, "
                + EngineBenchmark.STEPS + " steps, " + threads + " thread(s), each running its own work)");
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            double median = r.getPrimaryResult().getStatistics().getPercentile(50);
            System.out.printf("  %-11s median %8.3f ms per operation%n", name, median);
            switch (name) {
                case "scoreOnce" -> System.out.printf("  %-11s %8.2f ns per particle per component%n", "",
                        median * 1e6 / (EngineBenchmark.PARTICLES * 8.0));
                case "scoreFloor" -> floor = median;
                case "reverseSde" -> {
                    sde = median;
                    System.out.printf("  %-11s %8.1f runs per second in total%n", "", threads * 1000.0 / median);
                }
                default -> { }
            }
        }
        if (!Double.isNaN(floor) && !Double.isNaN(sde)) {
            System.out.printf("  reverseSde / scoreFloor = %.2f (goal <= 3), reverseSde goal <= 25 ms%n", sde / floor);
        }
    }
}
