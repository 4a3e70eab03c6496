package org.diffusioncourse.demo.training;

import java.util.List;
import org.diffusioncourse.base.BoundedCache;
import org.diffusioncourse.render.DensityContours;
import org.diffusioncourse.render.SamplerFigure;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.GuidedField;
import org.diffusioncourse.simulation.LabelledMixture;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.ScoreField;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.learn.LossFloor;
import org.diffusioncourse.simulation.learn.LossWeighting;
import org.diffusioncourse.simulation.learn.ModelLibrary;
import org.diffusioncourse.simulation.learn.Target;
import org.diffusioncourse.simulation.learn.TrainedModel;
import org.diffusioncourse.simulation.learn.TrainingConfig;
import org.diffusioncourse.simulation.learn.TrainingProcess;
import org.diffusioncourse.simulation.learn.TrainingSet;
import org.diffusioncourse.simulation.sampler.SamplerKind;

/**
 * Everything the training demo shows of one training run: the network (from the
 * {@link ModelLibrary}, trained now if nobody has), the exact field of its data set, the exact
 * loss floor overall and the network's loss against the floor at {@value #LEVELS} noise levels,
 * computed once; and, computed on first use and kept (at most {@value #VIEWS_KEPT}), the sample
 * comparisons of each sampler, class and guidance weight looked at. A scene holds the network,
 * the training set and up to 6 x 2000 points (about 0.3 MB). Thread-safe; build once, share.
 */
public final class TrainingScene {

    /** Noise levels of the loss-per-level panel: 5, 15, .., 95. */
    public static final int LEVELS = 10;
    /** Fresh pairs per level of that panel, for the network's loss and for the floor. */
    static final int PAIRS = 2000;
    /** Strata and draws per stratum of the overall floor. */
    static final int FLOOR_STRATA = 50;
    static final int FLOOR_DRAWS = 400;
    /** Draws of x_t for the field error. */
    static final int FIELD_DRAWS = 2000;
    /** Samples per comparison. */
    public static final int SAMPLES = 1000;
    static final int VIEWS_KEPT = 6;
    /** The population floor does not depend on the run's seed; it has its own. */
    static final long FLOOR_SEED = 20_261_205L;
    /** The pairs of the per-level losses, the same for every run, so the panel compares runs. */
    static final long LEVEL_SEED = 20_261_206L;
    /** Stream of the run's seed for the field error's draws (4 and 5 are the sample comparisons', 8 the preview's). */
    static final int FIELD_STREAM = 7;

    private record FloorKey(ToyDataset dataset, TrainingProcess process, Target target, LossWeighting weighting,
            boolean conditional, double labelDropout) {
    }

    /** What the samples figure looks at: a sampler, and for a class-conditional network a class and weight. */
    record View(SamplerKind sampler, int y, double w) {
    }

    /** The network's loss and the floor at one noise level. */
    public record LevelLoss(int level, double time, double loss, double lossError, LossFloor.Estimate floor) {
    }

    private static final BoundedCache<FloorKey, LossFloor.Estimate> FLOORS = BoundedCache.of("training-floors", 64,
            TrainingScene::computeFloor);
    private static final BoundedCache<ToyDataset, DensityContours> CONTOURS = BoundedCache.of("training-contours", 16,
            d -> DensityContours.of(d.mixture(), SamplerFigure.AXIS_LIMIT));

    private final TrainingConfig config;
    private final TrainedModel model;
    private final NoisedMixture exact;
    private final TrainingSet training;
    private final LossFloor.Estimate floor;
    private final List<LevelLoss> levels;
    private final BoundedCache<View, SampleComparison> views;

    private TrainingScene(TrainingConfig config, TrainedModel model) {
        this.config = config;
        this.model = model;
        this.exact = NoisedMixture.of(config.dataset().mixture());
        this.training = TrainingSet.of(config);
        this.floor = floor(config);
        this.levels = levelLosses(model.field());
        this.views = BoundedCache.of("training-views", VIEWS_KEPT, this::compare);
    }

    /** The scene of {@code config}: its network from the library (trained now if nobody has). */
    public static TrainingScene of(TrainingConfig config) {
        return new TrainingScene(config, ModelLibrary.shared().trained(config));
    }

    /**
     * The exact loss floor of {@code config} over all noise levels ({@link LossFloor#overall}, 50
     * strata of 400 draws), for the live loss curve; cached by what it depends on. A
     * class-conditional network is shown its point's class, or the null class with probability
     * p = labelDropout, so its floor mixes the floors of the classes' own data, with the class
     * weights pi_y, and the unconditional one ({@code ho-2022-cfg}):
     *
     * <pre>  floor = p floor(p_data) + (1 - p) sum_y pi_y floor(p_data(. | y)).</pre>
     */
    public static LossFloor.Estimate floor(TrainingConfig config) {
        return FLOORS.get(new FloorKey(config.dataset(), config.process(), config.target(), config.weighting(),
                config.classConditional(), config.classConditional() ? config.labelDropout() : 0));
    }

    private static LossFloor.Estimate computeFloor(FloorKey key) {
        LabelledMixture data = key.dataset().labelled();
        LossFloor.Estimate all = LossFloor.of(data.mixture(), key.process(), key.target(), key.weighting())
                .overall(FLOOR_STRATA, FLOOR_DRAWS, Seeds.generator(FLOOR_SEED));
        if (!key.conditional()) {
            return all;
        }
        double p = key.labelDropout();
        double mean = p * all.mean();
        double variance = p * p * all.standardError() * all.standardError();
        double[] weights = data.mixture().weights();
        int[] classes = data.classes();
        for (int y = 0; y < data.classCount(); y++) {
            double pi = 0;
            for (int k = 0; k < weights.length; k++) {
                pi += classes[k] == y ? weights[k] : 0;
            }
            LossFloor.Estimate e = LossFloor.of(data.restrictTo(y), key.process(), key.target(), key.weighting())
                    .overall(FLOOR_STRATA, FLOOR_DRAWS, Seeds.generator(FLOOR_SEED + 1 + y));
            double c = (1 - p) * pi;
            mean += c * e.mean();
            variance += c * c * e.standardError() * e.standardError();
        }
        return new LossFloor.Estimate(mean, Math.sqrt(variance));
    }

    /** The 50%, 90% and 99% contours of {@code dataset}, cached. */
    static DensityContours contours(ToyDataset dataset) {
        return CONTOURS.get(dataset);
    }

    public TrainingConfig config() {
        return config;
    }

    public TrainedModel model() {
        return model;
    }

    /** The exact field of the data set (the population, not the training set). */
    public NoisedMixture exact() {
        return exact;
    }

    public TrainingSet training() {
        return training;
    }

    /** The floor overall. */
    public LossFloor.Estimate floor() {
        return floor;
    }

    /** The mean minibatch loss of the last 100 steps. */
    public double finalLoss() {
        return model.finalLoss();
    }

    /** Final loss minus the floor. */
    public double lossGap() {
        return finalLoss() - floor.mean();
    }

    /** The network's loss and the floor at levels 5, 15, .., 95. */
    public List<LevelLoss> levelLosses() {
        return levels;
    }

    /** The process time of noise level {@code level} ({@link LevelMaths#time}). */
    public double time(int level) {
        return LevelMaths.time(config.process(), level);
    }

    /** The network's field error at {@code level} ({@link LevelMaths#fieldError}), 2000 draws of x_t. */
    public double fieldError(int level) {
        return fieldError(model.field(), level);
    }

    /** The field error of any {@code field} against the exact one at {@code level}, from the same draws. */
    double fieldError(ScoreField field, int level) {
        return LevelMaths.fieldError(field, exact, config.process(), config.target(), config.dataset().mixture(),
                time(level), FIELD_DRAWS, Seeds.stream(config.seed(), FIELD_STREAM));
    }

    /**
     * The losses of {@code field} at the panel's levels beside the population's floor there
     * ({@link LossFloor#atTime}), on the same pairs (x_0, eps): both take them in the same order
     * from generators of one seed, so the difference is the field's excess alone, and with the
     * exact field in place of the network it is 0 up to rounding. A class-conditional network is
     * measured by its unconditional (null-class) field.
     */
    List<LevelLoss> levelLosses(ScoreField field) {
        LossFloor exactFloor = LossFloor.of(config);
        return java.util.stream.IntStream.range(0, LEVELS).mapToObj(j -> {
            int level = 10 * j + 5;
            double t = time(level);
            double[] loss = LevelMaths.loss(field, config.process(), config.target(), config.weighting(),
                    config.dataset().mixture(), t, PAIRS, Seeds.generator(LEVEL_SEED + j));
            return new LevelLoss(level, t, loss[0], loss[1], exactFloor.atTime(t, PAIRS, Seeds.generator(LEVEL_SEED + j)));
        }).toList();
    }

    /** The sample comparison of {@code settings}' sampler (and class and weight, for a class-conditional network). */
    public SampleComparison samples(TrainingSettings settings) {
        boolean guided = config.classConditional();
        return views.get(new View(settings.sampler(), guided ? settings.y() : 0, guided ? settings.w() : 0));
    }

    /** The target the samples are scored against: the data set, or p(x | y) for a class-conditional network. */
    public GaussianMixture2D sampleTarget(int y) {
        return config.classConditional() ? labelled().restrictTo(y) : config.dataset().mixture();
    }

    /** Contours of the samples' target. */
    public DensityContours sampleContours(int y) {
        return config.classConditional() ? DensityContours.of(sampleTarget(y), SamplerFigure.AXIS_LIMIT)
                : contours(config.dataset());
    }

    private LabelledMixture labelled() {
        return config.dataset().labelled();
    }

    private SampleComparison compare(View view) {
        ScoreField network = model.field();
        ScoreField exactField = exact;
        if (config.classConditional()) {
            network = model.guided(view.y(), view.w());
            exactField = GuidedField.of(exact, NoisedMixture.conditional(labelled(), view.y()), view.w());
        }
        return SampleComparison.of(network, exactField, sampleTarget(view.y()),
                view.sampler().create(config.process().path(), view.sampler().defaults()), SAMPLES, config.seed());
    }

    /** The first {@code n} training points (all of them when fewer). */
    PointCloud trainingPoints(int n) {
        PointCloud all = training.points();
        int m = Math.min(n, all.size());
        return PointCloud.of(java.util.Arrays.copyOf(all.xs(), m), java.util.Arrays.copyOf(all.ys(), m));
    }
}
