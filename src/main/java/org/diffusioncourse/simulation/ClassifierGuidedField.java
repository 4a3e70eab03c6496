package org.diffusioncourse.simulation;

/**
 * Classifier guidance ({@code dhariwal-2021-beat-gans}) with the exact classifier of the noised
 * labelled mixture:
 *
 * <pre>  grad log p(x) + gamma grad log p(y | x),   p(y | x) = sum_{k : y_k = y} r_k(x),</pre>
 *
 * where r_k(x) = w_k N(x; a mu_k, v_k I) / p(x) are the component responsibilities and
 * v_k = a^2 sigma_k^2 + s^2. With g_k(x) = -(x - a mu_k) / v_k, the classifier gradient is
 * the class-restricted average of the g_k minus the overall average:
 *
 * <pre>  grad log p(y | x) = sum_{k in y} r_k g_k / sum_{k in y} r_k  -  sum_k r_k g_k.</pre>
 *
 * The denoiser is moved by the same amount (a D = x + s^2 score stays exact). Since
 * grad log p(y | x) = grad log p(x | y) - grad log p(x) by Bayes' rule, this field equals
 * {@link GuidedField} with w = gamma; it is computed here from the responsibilities in one pass,
 * independently, so that the identity can be checked. Immutable.
 */
public final class ClassifierGuidedField implements ScoreField {

    private final double[] logWeights;
    private final double[] mx;
    private final double[] my;
    private final double[] variances;
    private final boolean[] inClass;
    private final double gamma;

    private ClassifierGuidedField(LabelledMixture mixture, int y, double gamma) {
        GaussianMixture2D m = mixture.mixture();
        int k = m.components();
        logWeights = new double[k];
        mx = new double[k];
        my = new double[k];
        variances = new double[k];
        inClass = new boolean[k];
        int[] classes = mixture.classes();
        for (int i = 0; i < k; i++) {
            logWeights[i] = Math.log(m.weights()[i]);
            mx[i] = m.means()[i][0];
            my[i] = m.means()[i][1];
            variances[i] = m.stds()[i] * m.stds()[i];
            inClass[i] = classes[i] == y;
        }
        this.gamma = gamma;
    }

    /**
     * @throws IllegalArgumentException unless y is a class with positive weight and 0 &lt;= gamma &lt;= 20
     */
    public static ClassifierGuidedField of(LabelledMixture mixture, int y, double gamma) {
        mixture.restrictTo(y);
        if (!(gamma >= 0 && gamma <= GuidedField.MAX_WEIGHT)) {
            throw new IllegalArgumentException("gamma must be between 0 and " + GuidedField.MAX_WEIGHT + ", was " + gamma);
        }
        return new ClassifierGuidedField(mixture, y, gamma);
    }

    // region classifier-guidance
    @Override
    public void evaluate(double a, double s, double[] xs, double[] ys, int n, FieldBuffer out) {
        int kk = logWeights.length;
        double[] logit = new double[kk];
        for (int i = 0; i < n; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < kk; k++) {
                double v = a * a * variances[k] + s * s;
                double dx = xs[i] - a * mx[k];
                double dy = ys[i] - a * my[k];
                logit[k] = logWeights[k] - Math.log(v) - (dx * dx + dy * dy) / (2 * v);
                max = Math.max(max, logit[k]);
            }
            // Sums over all components (unconditional) and over class y only (conditional).
            double all = 0, allSx = 0, allSy = 0, allDx = 0, allDy = 0;
            double cls = 0, clsSx = 0, clsSy = 0, clsDx = 0, clsDy = 0;
            for (int k = 0; k < kk; k++) {
                double r = Math.exp(logit[k] - max);
                double v = a * a * variances[k] + s * s;
                double ex = xs[i] - a * mx[k];
                double ey = ys[i] - a * my[k];
                double gx = -ex / v;
                double gy = -ey / v;
                double shrink = a * variances[k] / v;
                double denX = mx[k] + shrink * ex;
                double denY = my[k] + shrink * ey;
                all += r;
                allSx += r * gx;
                allSy += r * gy;
                allDx += r * denX;
                allDy += r * denY;
                if (inClass[k]) {
                    cls += r;
                    clsSx += r * gx;
                    clsSy += r * gy;
                    clsDx += r * denX;
                    clsDy += r * denY;
                }
            }
            double sx = allSx / all;
            double sy = allSy / all;
            double dx = allDx / all;
            double dy = allDy / all;
            // grad log p(y | x) = E[g | x, y] - E[g | x]; zero if class y has no mass left here.
            double gradX = cls > 0 ? clsSx / cls - sx : 0;
            double gradY = cls > 0 ? clsSy / cls - sy : 0;
            out.scoreX[i] = sx + gamma * gradX;
            out.scoreY[i] = sy + gamma * gradY;
            out.denoisedX[i] = dx + gamma * (cls > 0 ? clsDx / cls - dx : 0);
            out.denoisedY[i] = dy + gamma * (cls > 0 ? clsDy / cls - dy : 0);
        }
    }
    // endregion classifier-guidance

    @Override
    public int componentCost() {
        return logWeights.length;
    }
}
