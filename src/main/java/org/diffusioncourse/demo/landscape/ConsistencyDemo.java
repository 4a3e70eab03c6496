package org.diffusioncourse.demo.landscape;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.diffusioncourse.base.BoundedCache;
import org.diffusioncourse.base.TextParams;
import org.diffusioncourse.demo.Demo;
import org.diffusioncourse.demo.FigureCaption;
import org.diffusioncourse.demo.Quantity;
import org.diffusioncourse.demo.StoryboardFigure;
import org.diffusioncourse.practice.ComputedAnswer;
import org.diffusioncourse.render.DensityContours;
import org.diffusioncourse.render.SamplerFigure;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.ToyDataset;

/**
 * The consistency-map demo of the consistency-models lesson: parameters {@code dataset}, {@code t},
 * {@code steps}, {@code seed} and {@code n}; one figure; answers {@code endpoint-x},
 * {@code endpoint-y}, {@code euler-error}, {@code euler-gap} and {@code fewest-steps}.
 *
 * <p>Scenes: n noise points with their exact trajectories at 101 times (a Dormand-Prince solve,
 * 0.1 to 0.5 s), plus the Euler endpoints shown so far: at most 6.5 MB at 500 points, about
 * 0.7 MB at the usual 200; {@value #SCENES_KEPT} are kept. The target's contours, the same for
 * every scene of a data set, are kept once per data set in their own cache.
 */
public final class ConsistencyDemo extends Demo<ConsistencySettings, ConsistencySettings.SceneKey, ConsistencyScene> {

    public static final String ID = "consistency-map";
    static final int SCENES_KEPT = 12;

    /** The mean distance to the exact endpoints that counts as close enough in the prediction. */
    static final double CLOSE_ENOUGH = 0.05;
    static final String CLOSE_ENOUGH_TEXT = "0.05";

    /** The prediction's choices, by the fewest Euler steps that get close enough. */
    static final List<String> STEP_BANDS = List.of("1 or 2", "4 or 8", "16 or 32", "64 or more");

    /**
     * The storyboard's moments t = 1, 0.2, 0.1, 0.05 and delta: the points move along their ODE
     * trajectories while their images under the exact map stay where they are. The moments crowd
     * towards delta because on the VP path the points hardly move before t = 0.3.
     */
    private static final int[] STORYBOARD_MOMENTS = {100, 20, 10, 5, 0};

    private static final Set<String> SCENE_KEYS = Set.of("dataset", "seed", "n");
    private static final double NOISE_LIMIT = 5;

    /** Each target's 50/90/99% contours on the figure's axes: one set per data set (121 x 121 densities each). */
    private final BoundedCache<ToyDataset, DensityContours> contours = BoundedCache.of(ID + "-contours",
            ToyDataset.values().length, dataset -> DensityContours.of(dataset.mixture(), SamplerFigure.AXIS_LIMIT));

    public ConsistencyDemo() {
        super(ID, ConsistencySettings.PARAMS, SCENE_KEYS, ConsistencySettings::sceneKey,
                key -> ConsistencyScene.of(key.dataset(), key.seed(), key.n()), SCENES_KEPT);
        figure("figure", (scene, s, revealed) -> ConsistencyFigure.render("consistency-svg", scene,
                contours(s.dataset()), s.k(), s.steps()), (scene, s, revealed) -> caption(scene, s));
        stepText(s -> ConsistencyFigure.timeText(s.k()));
        answers(endpoint("endpoint-x"), endpoint("endpoint-y"), Quantity.of("euler-error"), Quantity.of("euler-gap"),
                Quantity.of("fewest-steps").takesOnly(SCENE_KEYS.toArray(String[]::new)));
        widget((s, problems, onChange) -> new ConsistencyWidget(this, s, problems, onChange));
        witness("consistency-map", "demo/landscape/ConsistencyMap.java");
    }

    /** The figure's words at the chosen time and number of Euler steps. */
    private FigureCaption caption(ConsistencyScene scene, ConsistencySettings settings) {
        int k = settings.k();
        int s = settings.steps();
        double a = scene.map().path().signalScale(settings.time());
        double sd = scene.map().path().noiseStd(settings.time());
        return new FigureCaption("Consistency map at " + ConsistencyFigure.timeText(k),
                ConsistencyFigure.describe(scene, contours(settings.dataset()), k, s),
                String.format(Locale.ROOT, "%s · a(t) = %.4f · s(t) = %.4f · %d-step Euler: mean error %.4f, "
                        + "self-consistency gap to t = 1: %.4f", ConsistencyFigure.timeText(k), a, sd, s,
                        scene.eulerError(k, s), scene.eulerGap(k, s)));
    }

    /** A coordinate of the exact endpoint of the noise point (x, y) of its params. */
    private static Quantity endpoint(String name) {
        return Quantity.of(name).takesOnly("dataset", "x", "y").needsAll("x", "y").withoutSettings().reads(text -> {
            endpointDataset(text);
            noiseCoordinate(text, "x");
            noiseCoordinate(text, "y");
        });
    }

    private static ToyDataset endpointDataset(TextParams text) {
        return ToyDataset.byId(text.oneOf("dataset", ToyDataset.allIds(), "two-moons"));
    }

    private static double noiseCoordinate(TextParams text, String key) {
        return text.number(key, 0, -NOISE_LIMIT, NOISE_LIMIT);
    }

    @Override
    protected Component storyboardOf(ConsistencySettings settings) {
        ConsistencyScene scene = scene(settings);
        DensityContours lines = contours(settings.dataset());
        String id = "consistency-storyboard-" + settings.dataset().id();
        return new StoryboardFigure(ConsistencyFigure.storyboard(id + "-svg", scene, lines, STORYBOARD_MOMENTS),
                "Storyboard of the consistency map", ConsistencyFigure.describeStoryboard(scene, lines, STORYBOARD_MOMENTS),
                id + "-text");
    }

    @Override
    protected List<BoundedCache<?, ?>> extraCaches() {
        return List.of(contours);
    }

    /** The target's contours, the same for every scene of {@code dataset}. */
    DensityContours contours(ToyDataset dataset) {
        return contours.get(dataset);
    }

    @Override
    public ComputedAnswer answer(String quantity, Map<String, String> params) {
        return switch (quantity) {
            case "endpoint-x", "endpoint-y" -> endpointAnswer(quantity, params);
            default -> sceneAnswer(quantity, settingsOf(params));
        };
    }

    private ComputedAnswer sceneAnswer(String quantity, ConsistencySettings s) {
        ConsistencyScene scene = scene(s);
        String setup = s.dataset().label().toLowerCase(Locale.ROOT) + ", seed " + s.seed() + ", "
                + s.n() + " noise points";
        return switch (quantity) {
            case "euler-error" -> ComputedAnswer.number(scene.eulerError(s.k(), s.steps()), 4, "Mean distance between "
                    + s.steps() + "-step Euler and the exact map from t = " + fixed(s.time()) + ", " + setup + ".");
            case "euler-gap" -> ComputedAnswer.number(scene.eulerGap(s.k(), s.steps()), 4, "Mean distance between the "
                    + s.steps() + "-step Euler map applied at t = " + fixed(s.time()) + " and at t = 1 along the same "
                    + "exact trajectories, " + setup + ".");
            case "fewest-steps" -> {
                int fewest = scene.fewestStepsWithin(CLOSE_ENOUGH);
                yield new ComputedAnswer(band(fewest), (fewest > 0 ? fewest + " Euler steps from t = 1 are the fewest"
                        : "No step count up to 64 is enough") + " to land within " + CLOSE_ENOUGH_TEXT
                        + " of the exact endpoints on average, " + setup + ".");
            }
            default -> throw unknownQuantity(quantity);
        };
    }

    private static ComputedAnswer endpointAnswer(String quantity, Map<String, String> params) {
        TextParams text = new TextParams(params, new ArrayList<>());
        ToyDataset dataset = endpointDataset(text);
        double x = noiseCoordinate(text, "x");
        double y = noiseCoordinate(text, "y");
        PointCloud end = ConsistencyMap.of(dataset.mixture()).exact(PointCloud.of(new double[] {x}, new double[] {y}), 1.0);
        boolean wantX = quantity.equals("endpoint-x");
        return ComputedAnswer.number(wantX ? end.x(0) : end.y(0), 3, String.format(Locale.ROOT,
                "The exact probability-flow ODE of %s carries (%s, %s) at t = 1 to (%.3f, %.3f) at t = 0.001.",
                dataset.label().toLowerCase(Locale.ROOT), TextParams.format(x), TextParams.format(y), end.x(0), end.y(0)));
    }

    /** The prediction choice for the fewest steps that are close enough (-1: none up to 64). */
    static String band(int fewest) {
        if (fewest == 1 || fewest == 2) {
            return STEP_BANDS.get(0);
        }
        if (fewest == 4 || fewest == 8) {
            return STEP_BANDS.get(1);
        }
        if (fewest == 16 || fewest == 32) {
            return STEP_BANDS.get(2);
        }
        return STEP_BANDS.get(3);
    }

    private static String fixed(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
