package org.diffusioncourse.demo.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.diffusioncourse.base.BoundedCache;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.ScoreField;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.learn.Memorisation;
import org.diffusioncourse.simulation.learn.ModelLibrary;
import org.diffusioncourse.simulation.learn.ShippedModel;
import org.diffusioncourse.simulation.learn.TrainedModel;
import org.diffusioncourse.simulation.learn.TrainingConfig;
import org.diffusioncourse.simulation.learn.TrainingSet;
import org.diffusioncourse.simulation.sampler.PathSelection;
import org.diffusioncourse.simulation.sampler.Sampler;
import org.diffusioncourse.simulation.sampler.SamplerKind;

/**
 * How much a network copies its training points, measured the one way for every network so that
 * the training demo can set them side by side: {@value #SAMPLES} samples of its unconditional
 * field by a sampler with its defaults, from stream {@value SampleComparison#RUN_STREAM} of the
 * run's seed, measured by {@link Memorisation#measure} against its training set. Beside it, the
 * same for the exact denoiser of the empirical distribution of the training set (what a network
 * that fit its training loss perfectly would do), with {@value #EMPIRICAL_SAMPLES} samples when
 * that costs at most {@value #EMPIRICAL_WORK} component evaluations.
 */
public final class Copying {

    /** Samples measured per network. */
    public static final int SAMPLES = 1000;
    /** Samples of the empirical denoiser, whose field costs one component per training point. */
    static final int EMPIRICAL_SAMPLES = 200;
    /** Most points x NFE x components spent on the empirical denoiser's samples. */
    static final long EMPIRICAL_WORK = 300_000_000L;

    /** One measured network. */
    record Key(TrainingConfig config, SamplerKind sampler) {
    }

    /** A network's samples and their report. */
    public record Measured(PointCloud samples, Memorisation.Report report) {
    }

    /**
     * One network of a sweep over the training-set size, with the chance level of its training
     * set: the copy share of fresh draws from the data set, which copy nothing, yet sit within a
     * third of the second-nearest distance of some training point by chance (for points spread
     * evenly in the plane, d_1^2 / d_2^2 is uniform, so 1 in 9; along a thin curve far more).
     */
    public record Point(TrainingConfig config, Memorisation.Report report, double chance) {
    }

    private static final BoundedCache<Key, Measured> NETWORKS = BoundedCache.of("training-copying", 32,
            key -> measure(ModelLibrary.shared().trained(key.config()), key.sampler()));
    private static final BoundedCache<Key, Optional<Memorisation.Report>> EMPIRICAL = BoundedCache.of(
            "training-copying-empirical", 32, key -> empirical(key.config(), key.sampler()));

    /** Stream of the run's seed for the chance level's fresh draws. */
    static final int CHANCE_STREAM = 9;

    private static final BoundedCache<TrainingConfig, Memorisation.Report> CHANCE = BoundedCache.of(
            "training-copying-chance", 32, config -> Memorisation.measure(config.dataset().mixture().sample(SAMPLES,
                    Seeds.stream(config.seed(), CHANCE_STREAM)), TrainingSet.of(config).points()));


    private Copying() {
    }

    /** The report of {@value #SAMPLES} fresh draws of the data set against {@code config}'s training set. */
    public static Memorisation.Report chance(TrainingConfig config) {
        return CHANCE.get(config);
    }

    /** The report of the network of {@code config} (trained if nobody has), cached. */
    public static Memorisation.Report of(TrainingConfig config, SamplerKind sampler) {
        return measured(config, sampler).report();
    }

    /** The samples and report of the network of {@code config}, cached. */
    public static Measured measured(TrainingConfig config, SamplerKind sampler) {
        return NETWORKS.get(new Key(config, sampler));
    }

    /** The report of the exact empirical denoiser of {@code config}'s training set; empty when too costly. */
    public static Optional<Memorisation.Report> empiricalOf(TrainingConfig config, SamplerKind sampler) {
        return EMPIRICAL.get(new Key(config, sampler));
    }

    /** Its copy share, if measured. */
    public static OptionalDouble empiricalShare(TrainingConfig config, SamplerKind sampler) {
        return empiricalOf(config, sampler).map(r -> OptionalDouble.of(r.copyShare())).orElse(OptionalDouble.empty());
    }

    /**
     * Every network the library holds that is {@code config}'s run apart from the training-set
     * size and the number of steps (the shipped 16- and 128-point runs are trained twice as long
     * as the 4096-point default), {@code config} itself always among them, by training-set size.
     */
    public static List<Point> sweep(TrainingConfig config, SamplerKind sampler) {
        List<TrainingConfig> held = new ArrayList<>();
        held.add(config);
        List<TrainingConfig> candidates = new ArrayList<>();
        for (ShippedModel model : ShippedModel.values()) {
            candidates.add(model.config());
        }
        candidates.addAll(ModelLibrary.shared().cache().caffeine().asMap().keySet());
        for (TrainingConfig c : candidates) {
            if (sameApartFromSize(c, config) && held.stream().noneMatch(h -> h.trainingSetSize() == c.trainingSetSize())) {
                held.add(c);
            }
        }
        return held.stream().sorted(Comparator.comparingInt(TrainingConfig::trainingSetSize))
                .map(c -> new Point(c, of(c, sampler), chance(c).copyShare())).toList();
    }

    /** Whether a and b differ at most in the training-set size and the steps. */
    static boolean sameApartFromSize(TrainingConfig a, TrainingConfig b) {
        return a.dataset() == b.dataset() && a.process() == b.process() && a.target() == b.target()
                && a.weighting() == b.weighting() && a.width() == b.width() && a.layers() == b.layers()
                && a.batch() == b.batch() && a.learningRate() == b.learningRate()
                && a.classConditional() == b.classConditional() && a.labelDropout() == b.labelDropout()
                && a.seed() == b.seed();
    }

    private static Measured measure(TrainedModel model, SamplerKind kind) {
        TrainingConfig config = model.config();
        Sampler sampler = kind.create(config.process().path(), kind.defaults());
        PointCloud samples = sampler.run(model.field(), SAMPLES, Seeds.stream(config.seed(), SampleComparison.RUN_STREAM),
                PathSelection.none()).samples();
        return new Measured(samples, Memorisation.measure(samples, TrainingSet.of(config).points()));
    }

    private static Optional<Memorisation.Report> empirical(TrainingConfig config, SamplerKind kind) {
        PointCloud training = TrainingSet.of(config).points();
        ScoreField field = NoisedMixture.of(Memorisation.empiricalDistribution(training));
        Sampler sampler = kind.create(config.process().path(), kind.defaults());
        long work = sampler.cost(EMPIRICAL_SAMPLES, field);
        if (work < 0 || work > EMPIRICAL_WORK) {
            return Optional.empty();
        }
        PointCloud samples = sampler.run(field, EMPIRICAL_SAMPLES, Seeds.stream(config.seed(), SampleComparison.RUN_STREAM),
                PathSelection.none()).samples();
        return Optional.of(Memorisation.measure(samples, training));
    }
}
