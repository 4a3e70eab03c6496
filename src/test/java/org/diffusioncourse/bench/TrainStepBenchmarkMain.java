package org.diffusioncourse.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import org.diffusioncourse.simulation.learn.TrainedModel;
import org.diffusioncourse.simulation.learn.Trainer;
import org.diffusioncourse.simulation.learn.TrainingConfig;
import org.diffusioncourse.simulation.learn.TrainingListener;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;

/**
 * The training benchmarks, side by side: the NumPy companion on one BLAS thread, then
 * {@link TrainStepBenchmark} (JMH: 1 fork, 3 x 1 s warm-up, 5 x 1 s measurement, one thread),
 * then NumPy again (the machine may be shared: two NumPy runs bracket the Java one), and last the
 * default training run of the lesson, timed three times in a fresh trainer each (the first
 * includes the JIT's warm-up, as a learner's first run would). Prints steps per second, the ratio
 * to NumPy and the training times.
 *
 * <p>From the project root: {@code ./mvnw -q test-compile exec:exec@train-bench}.
 */
public final class TrainStepBenchmarkMain {

    private TrainStepBenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException, IOException, InterruptedException {
        double numpyBefore = numpy();
        Collection<RunResult> results = JmhRuns.run(TrainStepBenchmark.class.getSimpleName(), 1);
        double java = Double.NaN;
        for (RunResult r : results) {
            java = r.getPrimaryResult().getScore();
        }
        double numpyAfter = numpy();
        double numpy = Math.max(numpyBefore, numpyAfter);
        System.out.println();
        System.out.printf("Java (JMH, 1 thread): %.0f steps/s%n", java);
        System.out.printf("NumPy (1 BLAS thread): %.0f steps/s before, %.0f after; the better one %.0f%n", numpyBefore,
                numpyAfter, numpy);
        System.out.printf("Java / NumPy = %.2f (goal >= 2)%n", java / numpy);
        TrainingConfig config = TrainingConfig.defaults();
        System.out.printf("Default run: %s, %d steps of %d, width %d, %d layers%n", config.dataset().id(), config.steps(),
                config.batch(), config.width(), config.layers());
        double[] seconds = new double[3];
        for (int i = 0; i < seconds.length; i++) {
            long start = System.nanoTime();
            TrainedModel model = Trainer.train(config, TrainingListener.silent());
            seconds[i] = (System.nanoTime() - start) / 1e9;
            System.out.printf("  run %d: %.2f s (final loss %.4f)%n", i + 1, seconds[i], model.finalLoss());
        }
        System.out.printf("Default run: %s s (goal < 15 s)%n", Arrays.toString(seconds));
    }

    /** Steps per second of the NumPy companion on one BLAS thread, or NaN when python3 is missing. */
    private static double numpy() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("python3", "src/test/python/train_step_numpy.py");
        Map<String, String> env = builder.environment();
        env.put("OPENBLAS_NUM_THREADS", "1");
        env.put("OMP_NUM_THREADS", "1");
        builder.redirectErrorStream(true);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            System.out.println("NumPy companion not run: " + e.getMessage());
            return Double.NaN;
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        process.waitFor();
        System.out.println(out);
        String[] words = out.split("\\s+");
        for (int i = 1; i < words.length; i++) {
            if (words[i].startsWith("steps/s")) {
                return Double.parseDouble(words[i - 1]);
            }
        }
        return Double.NaN;
    }
}
