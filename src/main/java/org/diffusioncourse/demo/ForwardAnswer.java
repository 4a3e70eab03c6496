package org.diffusioncourse.demo;

import java.util.Locale;
import org.diffusioncourse.lesson.Lesson;
import org.diffusioncourse.simulation.ForwardScene;
import org.diffusioncourse.simulation.NoiseSchedule;
import org.diffusioncourse.simulation.ToyDataset;

/**
 * A practice answer computed by the forward-noising simulation, never typed by an author.
 *
 * @param value       the answer, e.g. {@code "middle"}, {@code "560"} or {@code "0.0780"}
 * @param explanation how the simulation arrived at it, in a sentence
 */
public record ForwardAnswer(String value, String explanation) {

    public static ForwardAnswer compute(Lesson.Answer answer, SceneCache cache) {
        ForwardSettings settings = ForwardSettings.read(answer.params(), ForwardSettings.DEFAULTS).settings();
        String setup = ToyDataset.byId(settings.dataset()).label().toLowerCase(Locale.ROOT) + ", "
                + settings.schedule() + " schedule, seed " + settings.seed() + ", " + settings.n() + " points";
        NoiseSchedule schedule = settings.params().noiseSchedule();
        return switch (answer.quantity()) {
            case "crossing-band", "crossing-t" -> {
                ForwardScene scene = cache.scene(settings);
                String detail = scene.crossingReached()
                        ? String.format(Locale.ROOT, "S(t) first stays below the threshold %.4f at t* = %d of %d",
                                scene.threshold(), scene.crossingStep(), scene.steps())
                        : String.format(Locale.ROOT, "S(t) never stays below the threshold %.4f before t = %d",
                                scene.threshold(), scene.steps());
                String value = answer.quantity().equals("crossing-t")
                        ? Integer.toString(scene.crossingStep()) : scene.crossingBand().id();
                yield new ForwardAnswer(value, "Simulated with " + setup + ": " + detail + ".");
            }
            case "alpha-bar" -> new ForwardAnswer(String.format(Locale.ROOT, "%.4f", schedule.alphaBar(settings.t())),
                    "Computed from the " + settings.schedule() + " schedule at t = " + settings.t() + ".");
            case "noise-std" -> new ForwardAnswer(String.format(Locale.ROOT, "%.4f", schedule.noiseStd(settings.t())),
                    "sqrt(1 - alpha_bar_t) for the " + settings.schedule() + " schedule at t = " + settings.t() + ".");
            default -> throw new IllegalArgumentException("quantity must be one of "
                    + String.join(", ", DemoCatalog.QUANTITIES) + "; was \"" + answer.quantity() + "\"");
        };
    }
}
