package org.diffusioncourse.simulation.process;

/**
 * The conditional optimal-transport path of flow matching ({@code lipman-2022-flow-matching},
 * the straight line of {@code liu-2022-rectified-flow}):
 *
 * <pre>  x_t = t z + (1 - t) eps,   a(t) = t,  s(t) = 1 - t.</pre>
 *
 * <p><b>Time runs the opposite way to the diffusion processes:</b> t = 0 is pure noise and
 * t = 1 is data. The conditional velocity is u_t(x | z) = z - eps, and the marginal velocity is
 * u_t(x) = E[z - eps | x_t = x] = (x + (1 - t) grad log p_t(x)) / t (see {@link FieldConversions}).
 */
public final class CondOtPath implements ContinuousPath {

    private static final CondOtPath INSTANCE = new CondOtPath();

    private CondOtPath() {
    }

    /** The (parameter-free) CondOT path. */
    public static CondOtPath of() {
        return INSTANCE;
    }

    @Override
    public String id() {
        return "condot";
    }

    @Override
    public String timeConvention() {
        return "t in [0, 1]; t = 0 is pure noise N(0, I), t = 1 is data (opposite to the diffusion processes)";
    }

    // region condot-path
    @Override
    public double signalScale(double t) {
        return t;
    }

    @Override
    public double noiseStd(double t) {
        return 1.0 - t;
    }

    @Override
    public double signalScaleRate(double t) {
        return 1.0;
    }

    @Override
    public double noiseStdRate(double t) {
        return -1.0;
    }
    // endregion condot-path
}
