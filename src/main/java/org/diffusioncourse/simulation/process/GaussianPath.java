package org.diffusioncourse.simulation.process;

/**
 * A noising process whose marginal given the data is Gaussian,
 *
 * <pre>  x_t | x_0 ~ N( a(t) x_0, s(t)^2 I ),   i.e.   x_t = a(t) x_0 + s(t) eps,</pre>
 *
 * with a signal scale a(t) and a noise std s(t). Every exact field of a noised mixture
 * ({@link NoisedMixture}) needs only the pair (a, s), so the processes differ only in how
 * they map time to that pair; {@link #timeConvention()} says which way time runs.
 */
public interface GaussianPath {

    /** Stable identifier, e.g. {@code "vp-sde"}. */
    String id();

    /** One sentence on the time variable: its range and which end is data. */
    String timeConvention();

    /** a(t), the factor multiplying x_0. */
    double signalScale(double t);

    /** s(t), the standard deviation of the added noise. */
    double noiseStd(double t);
}
