package org.diffusioncourse.bench;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import org.diffusioncourse.demo.forward.ForwardFigure;
import org.diffusioncourse.demo.forward.ForwardScene;
import org.diffusioncourse.demo.forward.ForwardSettings;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.process.NoiseSchedule;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs {@link ForwardDemoBenchmark} with short settings (1 fork, 3 x 1 s warm-up, 5 x 1 s
 * measurement, one thread, sample-time mode in ms) and prints the median of each benchmark
 * and the SVG size for n = 2000.
 *
 * <p>Run from the project root: {@code ./mvnw -q test-compile exec:exec@bench} (the wrapper
 * picks a JDK 21+; the JMH annotation processor runs during test-compile).
 *
 * Extra arguments are passed on as a JMH include pattern, e.g. {@code warmFrame}.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException {
        String include = ForwardDemoBenchmark.class.getSimpleName() + (args.length > 0 ? "." + args[0] : "");
        Collection<RunResult> results = JmhRuns.run(include, 1);

        System.out.println();
        System.out.println("Summary (n = " + ForwardDemoBenchmark.POINTS + ")");
        for (RunResult r : results) {
            Statistics stats = r.getPrimaryResult().getStatistics();
            System.out.printf("  %-12s median %7.3f ms   p90 %7.3f ms   mean %7.3f ms   samples %d%n",
                    r.getParams().getBenchmark().replaceAll(".*\\.", ""),
                    stats.getPercentile(50), stats.getPercentile(90), stats.getMean(), stats.getN());
        }
        ForwardScene scene = ForwardScene.of(ToyDataset.TWO_MOONS, NoiseSchedule.Kind.LINEAR.schedule(ForwardSettings.STEPS), 42,
                ForwardDemoBenchmark.POINTS);
        int hidden = ForwardFigure.render(scene, 250, false).getBytes(StandardCharsets.UTF_8).length;
        int shown = ForwardFigure.render(scene, 250, true).getBytes(StandardCharsets.UTF_8).length;
        System.out.printf("  SVG bytes at t = 250: %d (before reveal), %d (revealed)%n", hidden, shown);
    }
}
