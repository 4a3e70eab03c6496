package org.diffusioncourse.demo.latent;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.diffusioncourse.demo.Demo;
import org.diffusioncourse.demo.FigureCaption;
import org.diffusioncourse.demo.Quantity;
import org.diffusioncourse.demo.StoryboardFigure;
import org.diffusioncourse.practice.ComputedAnswer;

/**
 * The latent-pipeline demo of the landscape lesson: parameters {@code f} (the downsampling factor
 * per side, the main control) and {@code c} (latent channels); one figure, the pipeline diagram;
 * answers {@code latent-values}, {@code compression} and {@code attention-saving} for the settings,
 * and {@code compression-factor} and {@code attention-ratio} for any two shapes written HxWxC.
 *
 * <p>Scenes: a {@link LatentPipeline}, a few numbers; all 36 settings fit in the cache.
 */
public final class LatentDemo extends Demo<LatentSettings, LatentSettings, LatentPipeline> {

    public static final String ID = "latent-pipeline";
    static final int SCENES_KEPT = LatentPipeline.FACTORS.size() * LatentPipeline.CHANNELS.size();

    /** The prediction: how many times cheaper one step's attention gets when f doubles from 4 to 8. */
    static final int FROM = 4;
    static final int TO = 8;
    static final List<String> SAVING_CHOICES = List.of("2", "4", "16", "64");

    public LatentDemo() {
        super(ID, LatentSettings.PARAMS, Set.of("c"), s -> s, LatentSettings::pipeline, SCENES_KEPT);
        figure("figure", (pipeline, s, revealed) -> LatentFigure.render("latent-svg", pipeline, revealed),
                (pipeline, s, revealed) -> caption(pipeline, revealed));
        stepText(s -> "f = " + s.factor() + " → " + (LatentPipeline.IMAGE_SIDE / s.factor()) + " × "
                + (LatentPipeline.IMAGE_SIDE / s.factor()));
        answers(Quantity.of("latent-values"), Quantity.of("compression"), Quantity.of("attention-saving"),
                ofShapes("compression-factor"), ofShapes("attention-ratio"));
        widget((s, problems, onChange) -> new LatentWidget(this, s, problems, onChange));
        witness("latent-pipeline", "demo/latent/LatentPipeline.java");
        witness("latent-compression", "demo/latent/LatentShape.java");
    }

    /** A quantity of the image and latent shapes of its params. */
    private static Quantity ofShapes(String name) {
        return Quantity.of(name).takesOnly("image", "latent").needsAll("image", "latent").withoutSettings()
                .checks((params, problems) -> {
                    for (String key : List.of("image", "latent")) {
                        if (params.containsKey(key)) {
                            try {
                                LatentShape.parse(params.get(key));
                            } catch (IllegalArgumentException e) {
                                problems.add(key + ": " + e.getMessage());
                            }
                        }
                    }
                });
    }

    /** The figure's words: the latent's shape and size, and the attention saving once revealed. */
    private static FigureCaption caption(LatentPipeline p, boolean revealed) {
        String readout = "f = " + p.factor() + " · latent " + LatentFigure.shape(p.latent()) + " · "
                + LatentFigure.count(p.latent().values()) + " values · " + LatentFigure.fewer(p.compression())
                + " than the pixels";
        if (revealed) {
            readout += " · attention of one step " + LatentFigure.ratio(p.attentionSaving())
                    + " times cheaper than over the pixels (model: cost grows with the square of the positions)";
        }
        return new FigureCaption("Latent diffusion pipeline at f = " + p.factor() + ", c = " + p.channels(),
                LatentFigure.describe(p, revealed), readout);
    }

    @Override
    protected Component storyboardOf(LatentSettings settings) {
        String id = "latent-storyboard-c" + settings.channels();
        return new StoryboardFigure(LatentFigure.storyboard(id + "-svg", settings.channels()),
                "Storyboard of the latent at five downsampling factors", LatentFigure.describeStoryboard(settings.channels()),
                id + "-text");
    }

    @Override
    public ComputedAnswer answer(String quantity, Map<String, String> params) {
        return switch (quantity) {
            case "compression-factor", "attention-ratio" -> shapeAnswer(quantity, params);
            default -> settingsAnswer(quantity, scene(settingsOf(params)));
        };
    }

    private ComputedAnswer settingsAnswer(String quantity, LatentPipeline p) {
        String setup = "f = " + p.factor() + " and c = " + p.channels() + ": a " + LatentFigure.shape(p.latent()) + " latent";
        return switch (quantity) {
            case "latent-values" -> new ComputedAnswer(Long.toString(p.latent().values()),
                    "With " + setup + ", (512 / " + p.factor() + ")² × " + p.channels() + " values.");
            case "compression" -> new ComputedAnswer(plain(p.compression()), "With " + setup + ": "
                    + LatentFigure.count(p.image().values()) + " / " + LatentFigure.count(p.latent().values()) + " = 3 f² / c.");
            case "attention-saving" -> new ComputedAnswer(plain(p.attentionSaving()), "With " + setup + ", under the model "
                    + "that attention compares every pair of positions: (" + LatentFigure.count(p.image().positions()) + " / "
                    + LatentFigure.count(p.latent().positions()) + ")² = f⁴; the channels do not enter.");
            default -> throw unknownQuantity(quantity);
        };
    }

    private static ComputedAnswer shapeAnswer(String quantity, Map<String, String> params) {
        LatentShape image = LatentShape.parse(params.get("image"));
        LatentShape latent = LatentShape.parse(params.get("latent"));
        return quantity.equals("compression-factor")
                ? ComputedAnswer.number(image.compressionTo(latent), 1, String.format(Locale.ROOT,
                        "%s holds %,d values and %s holds %,d; their ratio.", image, image.values(), latent, latent.values()))
                : ComputedAnswer.number(image.attentionCostRatioTo(latent), 0, String.format(Locale.ROOT,
                        "Self-attention over every position compares all pairs: (%,d / %,d)^2.",
                        image.positions(), latent.positions()));
    }

    /** The saving of the prediction: attention pairs at f = FROM over those at f = TO, with c channels. */
    static double predictedSaving(int channels) {
        return LatentPipeline.of(FROM, channels).attentionPairs() / (double) LatentPipeline.of(TO, channels).attentionPairs();
    }

    /** The choice nearest to {@code saving} on a log scale. */
    static String nearestChoice(double saving) {
        String best = SAVING_CHOICES.getFirst();
        for (String choice : SAVING_CHOICES) {
            if (Math.abs(Math.log(Double.parseDouble(choice) / saving)) < Math.abs(Math.log(Double.parseDouble(best) / saving))) {
                best = choice;
            }
        }
        return best;
    }

    /** A ratio without grouping, as a practice answer is compared: "48", "0.1875", "4096". */
    private static String plain(double v) {
        return LatentFigure.ratio(v).replace(",", "");
    }
}
