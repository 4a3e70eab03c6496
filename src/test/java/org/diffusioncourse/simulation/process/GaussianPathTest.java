package org.diffusioncourse.simulation.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GaussianPathTest {

    private static final double EXACT = 1e-12;
    /** Central difference with step 1e-6: error about 1e-9 relative. */
    private static final double DERIVATIVE = 1e-6;

    @Test
    void theVpSdeHasUnitTotalVarianceAndTheClosedFormSignalScale() {
        VpSde vp = VpSde.standard();
        for (double t : new double[] {0, 0.001, 0.3, 1}) {
            double a = vp.signalScale(t);
            double s = vp.noiseStd(t);
            assertThat(a * a + s * s).isCloseTo(1, within(EXACT));
            assertThat(a).isCloseTo(Math.exp(-0.5 * (0.1 * t + 9.95 * t * t)), within(EXACT));
        }
        assertThat(vp.signalScale(1)).isCloseTo(0.0066, within(1e-4));
        assertThat(vp.beta(0.5)).isCloseTo(10.05, within(EXACT));
    }

    @Test
    void theGenericDriftAndDiffusionOfEveryPathMatchTheirClosedForms() {
        VpSde vp = VpSde.standard();
        VeSde ve = VeSde.standard();
        for (double t : new double[] {0.1, 0.5, 0.9}) {
            ContinuousPath genericVp = generic(vp);
            assertThat(genericVp.drift(t)).isCloseTo(-0.5 * vp.beta(t), within(1e-9));
            assertThat(genericVp.diffusionSquared(t)).isCloseTo(vp.beta(t), within(1e-9));
            double sigma = ve.noiseStd(t);
            assertThat(ve.diffusionSquared(t)).isCloseTo(2 * sigma * sigma * Math.log(5000), within(1e-9 * sigma * sigma));
            for (ContinuousPath p : new ContinuousPath[] {vp, ve, CondOtPath.of()}) {
                double h = 1e-6;
                double da = (p.signalScale(t + h) - p.signalScale(t - h)) / (2 * h);
                double ds = (p.noiseStd(t + h) - p.noiseStd(t - h)) / (2 * h);
                assertThat(p.signalScaleRate(t)).isCloseTo(da, within(DERIVATIVE * Math.max(1, Math.abs(da))));
                assertThat(p.noiseStdRate(t)).isCloseTo(ds, within(DERIVATIVE * Math.max(1, Math.abs(ds))));
            }
        }
    }

    /** The path's a, s and rates only, so the interface's default f and g^2 are used. */
    private static ContinuousPath generic(ContinuousPath p) {
        return new ContinuousPath() {
            @Override
            public String id() {
                return p.id();
            }

            @Override
            public String timeConvention() {
                return p.timeConvention();
            }

            @Override
            public double signalScale(double t) {
                return p.signalScale(t);
            }

            @Override
            public double noiseStd(double t) {
                return p.noiseStd(t);
            }

            @Override
            public double signalScaleRate(double t) {
                return p.signalScaleRate(t);
            }

            @Override
            public double noiseStdRate(double t) {
                return p.noiseStdRate(t);
            }
        };
    }

    @Test
    void everyProcessIsFoundByIdAndStatesItsTimeConvention() {
        for (String id : GaussianPaths.ids()) {
            GaussianPath p = GaussianPaths.byId(id);
            assertThat(p.id()).isEqualTo(id);
            assertThat(p.timeConvention()).contains("t");
        }
        assertThat(GaussianPaths.byId("condot").timeConvention()).contains("t = 0 is pure noise");
        assertThat(GaussianPaths.byId("ddpm-linear").signalScale(0)).isEqualTo(1);
        assertThat(GaussianPaths.byId("ve-sde").noiseStd(1)).isCloseTo(50, within(1e-12));
        assertThatIllegalArgumentException().isThrownBy(() -> GaussianPaths.byId("sub-vp"))
                .withMessage("process must be one of ddpm-linear, ddpm-cosine, vp-sde, ve-sde, condot; was \"sub-vp\"");
        assertThatIllegalArgumentException().isThrownBy(() -> GaussianPaths.byId("ddpm-cosine").noiseStd(2.5))
                .withMessage("t must be an integer step 0 .. 1000, was 2.5");
    }

    @Test
    void processParametersAreValidatedByName() {
        assertThatIllegalArgumentException().isThrownBy(() -> VeSde.of(1, 0.5))
                .withMessage("sigmaMax must be in (sigmaMin, 1000] = (1.0, 1000], was 0.5");
        assertThatIllegalArgumentException().isThrownBy(() -> VpSde.of(0, 20))
                .withMessage("betaMin must be in (0, 1000], was 0.0");
        assertThat(VeSde.of(0.002, 80).sigmaMax()).isEqualTo(80);
    }
}
