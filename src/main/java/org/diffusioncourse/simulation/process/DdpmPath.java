package org.diffusioncourse.simulation.process;

/**
 * The discrete DDPM process of {@code ho-2020-ddpm} seen as a {@link GaussianPath}:
 *
 * <pre>  x_t = sqrt(alpha_bar_t) x_0 + sqrt(1 - alpha_bar_t) eps,   t = 0, 1, .., T,</pre>
 *
 * so a(t) = sqrt(alpha_bar_t), s(t) = sqrt(1 - alpha_bar_t). Time is the integer step; t = 0
 * is data (alpha_bar_0 = 1, no noise) and t = T is almost pure noise.
 *
 * @param schedule the schedule that sets alpha_bar_t
 */
public record DdpmPath(NoiseSchedule schedule) implements GaussianPath {

    /** The process driven by {@code schedule}. */
    public static DdpmPath of(NoiseSchedule schedule) {
        return new DdpmPath(schedule);
    }

    @Override
    public String id() {
        return "ddpm-" + schedule.name();
    }

    @Override
    public String timeConvention() {
        return "integer steps t = 0 .. " + schedule.steps() + "; t = 0 is data (alpha_bar_0 = 1), t = T is almost pure noise";
    }

    @Override
    public double signalScale(double t) {
        return schedule.signalScale(step(t));
    }

    @Override
    public double noiseStd(double t) {
        return schedule.noiseStd(step(t));
    }

    private int step(double t) {
        if (t != Math.rint(t)) {
            throw new IllegalArgumentException("t must be an integer step 0 .. " + schedule.steps() + ", was " + t);
        }
        return (int) t;
    }
}
