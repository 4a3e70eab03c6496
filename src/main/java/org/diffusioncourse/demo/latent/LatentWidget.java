package org.diffusioncourse.demo.latent;

import java.util.List;
import java.util.function.Consumer;
import org.diffusioncourse.demo.DemoFigure;
import org.diffusioncourse.demo.DemoWidget;
import org.diffusioncourse.demo.PredictReveal;

/**
 * The latent-pipeline lab: move the downsampling factor f (the main control) and pick the latent
 * channels c; the diagram redraws the latent to scale with its value count and compression. The
 * attention cost of one denoiser step stays hidden until the learner commits to how much it falls
 * when f doubles from 4 to 8.
 */
final class LatentWidget extends DemoWidget<LatentSettings, LatentPipeline> {

    private static final String PREFIX = "latent";

    private final DemoFigure figure = figure("figure");
    private final PredictReveal<String> predict;

    LatentWidget(LatentDemo demo, LatentSettings initial, List<String> linkProblems, Consumer<LatentSettings> onChange) {
        super(demo, PREFIX, "Latent diffusion pipeline demo", initial, linkProblems, onChange);
        slider(LatentSettings.F, "Downsampling factor f",
                "Downsampling factor f per side: 1, 2, 4, 8, 16 or 32");
        choice(LatentSettings.C, "Latent channels c", c -> c + (c == 1 ? " channel" : " channels"));
        predict = predict("Suppose one denoiser step costs what a full self-attention over every position costs, "
                + "which compares every pair of positions. When f doubles from " + LatentDemo.FROM + " to " + LatentDemo.TO
                + " (each side of the latent halves), how many times cheaper does one step get? Commit before you look.",
                "My prediction", "Reveal the answer", LatentDemo.SAVING_CHOICES, choice -> choice + " times");
        start(figure, predict);
    }

    @Override
    protected void draw(LatentPipeline p, LatentSettings settings, boolean revealed) {
        show(figure);
        predict.showVerdict(revealed ? verdict(settings.channels()) : "");
    }

    private String verdict(int channels) {
        double saving = LatentDemo.predictedSaving(channels);
        String truth = LatentDemo.nearestChoice(saving);
        String guess = predict.prediction();
        LatentPipeline from = LatentPipeline.of(LatentDemo.FROM, channels);
        LatentPipeline to = LatentPipeline.of(LatentDemo.TO, channels);
        return (truth.equals(guess) ? "Your prediction, " + guess + " times, is right. "
                : "You predicted " + guess + " times; the model says " + truth + " times. ")
                + "Halving each side divides the positions by 4 (" + LatentFigure.count(from.latent().positions()) + " to "
                + LatentFigure.count(to.latent().positions()) + "), and the pairs by 4² = " + LatentFigure.ratio(saving)
                + " (" + LatentFigure.count(from.attentionPairs()) + " to " + LatentFigure.count(to.attentionPairs())
                + "), whatever the channels. The values fall only 4-fold.";
    }
}
