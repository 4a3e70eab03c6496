package org.diffusioncourse.simulation.learn;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.diffusioncourse.simulation.check.Checks;

/**
 * The small network that learns a field of the plane: a multilayer perceptron with SiLU
 * activations ({@code elfwing-2018-silu}), written out by hand so that the lesson can show every
 * line.
 *
 * <p>Input: the point (x, y), the sinusoidal embedding of the network time tau in [0, 1]
 * (the position features of {@code vaswani-2017-attention}, used for time by {@code ho-2020-ddpm}),
 * and for a class-conditional network a one-hot class with one extra "null" class:
 *
 * <pre>
 *   h_0 = ( x, y, sin(w_1 tau), .., sin(w_F tau), cos(w_1 tau), .., cos(w_F tau) [, onehot(c)] ),
 *   w_f = 100^((f - 1) / (F - 1)),  F = 8,
 *   z_l = h_{l-1} W_l + b_l,   h_l = SiLU(z_l) = z_l sigma(z_l)       (l = 1 .. L hidden layers)
 *   out = h_L W_{L+1} + b_{L+1}                                       (2 values, no activation)
 * </pre>
 *
 * Backward, for a loss with gradient g = dLoss/dout of each point:
 *
 * <pre>
 *   dW_l = h_{l-1}^T dz_l,   db_l = sum over points of dz_l,   dh_{l-1} = dz_l W_l^T,
 *   dz_l = dh_l * SiLU'(z_l),   SiLU'(z) = sigma(z) (1 + z (1 - sigma(z))).
 * </pre>
 *
 * <p>The parameters live in one flat array, layer by layer: W_l as rows of its inputs
 * (W_l[k][j] at {@code k * out + j}), then b_l. Points are rows too, so every inner loop is a
 * plain multiply-add along a row that the JIT turns into vector instructions; each is unrolled
 * four rows deep so one pass over the output row does four rows' work. The arithmetic runs in a
 * fixed order on one thread, so the same parameters and inputs give the same output bit for bit.
 *
 * <p>Mutable: training changes the parameters in place. A trained network is wrapped read-only
 * in a {@link LearnedField}.
 */
public final class Mlp {

    /** F, the number of time frequencies. */
    public static final int FREQUENCIES = 8;

    /** The highest time frequency w_F, in radians per unit of tau. */
    public static final double MAX_FREQUENCY = 100;

    /** Hidden width, allowed range. */
    public static final int MIN_WIDTH = 32;
    public static final int MAX_WIDTH = 256;

    /** Hidden layers, allowed range. */
    public static final int MIN_LAYERS = 2;
    public static final int MAX_LAYERS = 3;

    /** Most classes of a class-conditional network (the null class comes on top). */
    public static final int MAX_CLASSES = 16;

    private static final double[] FREQ = frequencies();

    private final int width;
    private final int hiddenLayers;
    private final int classes;
    /** sizes[l] inputs of linear layer l (0-based), sizes[l + 1] its outputs. */
    private final int[] sizes;
    private final int[] weightAt;
    private final int[] biasAt;
    private final double[] params;

    private Mlp(int width, int hiddenLayers, int classes, double[] params) {
        this.width = width;
        this.hiddenLayers = hiddenLayers;
        this.classes = classes;
        sizes = new int[hiddenLayers + 2];
        sizes[0] = inputSize(classes);
        for (int l = 1; l <= hiddenLayers; l++) {
            sizes[l] = width;
        }
        sizes[hiddenLayers + 1] = 2;
        weightAt = new int[hiddenLayers + 1];
        biasAt = new int[hiddenLayers + 1];
        int at = 0;
        for (int l = 0; l <= hiddenLayers; l++) {
            weightAt[l] = at;
            at += sizes[l] * sizes[l + 1];
            biasAt[l] = at;
            at += sizes[l + 1];
        }
        if (params.length != at) {
            throw new IllegalArgumentException("params must have " + at + " values for width " + width + ", "
                    + hiddenLayers + " layers and " + classes + " classes, had " + params.length);
        }
        this.params = params;
    }

    /**
     * A fresh network with PyTorch's default initialisation of a linear layer: every weight and
     * bias uniform in [-1/sqrt(fan_in), 1/sqrt(fan_in)], drawn layer by layer from {@code rng}.
     *
     * @param classes 0 for an unconditional network, else the number of classes (a null class is added)
     */
    public static Mlp initialised(int width, int hiddenLayers, int classes, UniformRandomProvider rng) {
        Mlp net = of(width, hiddenLayers, classes, new double[parameterCount(width, hiddenLayers, classes)]);
        for (int l = 0; l <= hiddenLayers; l++) {
            double bound = 1.0 / Math.sqrt(net.sizes[l]);
            int end = net.biasAt[l] + net.sizes[l + 1];
            for (int p = net.weightAt[l]; p < end; p++) {
                net.params[p] = bound * (2 * rng.nextDouble() - 1);
            }
        }
        return net;
    }

    /** A network with the given parameters (copied), as {@link #parameters()} returns them. */
    public static Mlp of(int width, int hiddenLayers, int classes, double[] params) {
        Checks.requireRange("width", width, MIN_WIDTH, MAX_WIDTH);
        Checks.requireRange("layers", hiddenLayers, MIN_LAYERS, MAX_LAYERS);
        Checks.requireRange("classes", classes, 0, MAX_CLASSES);
        return new Mlp(width, hiddenLayers, classes, params.clone());
    }

    /** The number of parameters of a network of this shape. */
    public static int parameterCount(int width, int hiddenLayers, int classes) {
        int in = inputSize(classes);
        return in * width + width + (hiddenLayers - 1) * (width * width + width) + width * 2 + 2;
    }

    private static int inputSize(int classes) {
        return 2 + 2 * FREQUENCIES + (classes > 0 ? classes + 1 : 0);
    }

    private static double[] frequencies() {
        double[] w = new double[FREQUENCIES];
        for (int f = 0; f < FREQUENCIES; f++) {
            w[f] = Math.pow(MAX_FREQUENCY, f / (double) (FREQUENCIES - 1));
        }
        return w;
    }

    /** A copy with its own parameters. */
    public Mlp copy() {
        return new Mlp(width, hiddenLayers, classes, params.clone());
    }

    /** Hidden width. */
    public int width() {
        return width;
    }

    /** Hidden layers L. */
    public int hiddenLayers() {
        return hiddenLayers;
    }

    /** Classes of a class-conditional network, 0 for an unconditional one. */
    public int classes() {
        return classes;
    }

    /** The class index meaning "no class" (the index after the last class). */
    public int nullClass() {
        return classes;
    }

    /** Number of inputs per point: 2 + 2F (+ classes + 1). */
    public int inputs() {
        return sizes[0];
    }

    /** Number of parameters. */
    public int parameterCount() {
        return params.length;
    }

    /** A copy of the parameters in their flat order (W_1, b_1, W_2, b_2, ...). */
    public double[] parameters() {
        return params.clone();
    }

    /** The live parameter array, for the optimiser and the gradient check. */
    double[] parameterArray() {
        return params;
    }

    /** Linear layers L + 1 (the hidden ones and the output). */
    int linearLayers() {
        return hiddenLayers + 1;
    }

    /** Where W_l starts, l = 0 .. L (0-based: layer 0 reads the input). */
    int weightOffset(int l) {
        return weightAt[l];
    }

    /** Where b_l starts. */
    int biasOffset(int l) {
        return biasAt[l];
    }

    /** Inputs of linear layer l. */
    int fanIn(int l) {
        return sizes[l];
    }

    /** Outputs of linear layer l. */
    int fanOut(int l) {
        return sizes[l + 1];
    }

    // region learn-embedding
    /**
     * Writes the input row of one point at {@code dst[at ..]}: x, y, the sines and cosines of
     * w_f tau, and for a class-conditional network the one-hot of {@code label} (use
     * {@link #nullClass()} for "no class"). {@code label} is ignored by an unconditional network.
     */
    public void embed(double x, double y, double tau, int label, double[] dst, int at) {
        dst[at] = x;
        dst[at + 1] = y;
        for (int f = 0; f < FREQUENCIES; f++) {
            double angle = FREQ[f] * tau;
            dst[at + 2 + f] = Math.sin(angle);
            dst[at + 2 + FREQUENCIES + f] = Math.cos(angle);
        }
        if (classes > 0) {
            int base = at + 2 + 2 * FREQUENCIES;
            Arrays.fill(dst, base, base + classes + 1, 0.0);
            dst[base + label] = 1.0;
        }
    }
    // endregion learn-embedding

    /** Room for the forward and backward pass of up to {@code capacity} points. */
    public Workspace workspace(int capacity) {
        return new Workspace(capacity);
    }

    /**
     * The activations of a batch and the gradient of the parameters, allocated once for a
     * capacity and reused for every step. Not thread-safe.
     */
    public final class Workspace {

        private final int capacity;
        /** Input rows of the points, {@link #inputs()} values each. */
        final double[] input;
        /** z_l and sigma(z_l) and h_l of the hidden layers, one row of width per point. */
        private final double[][] pre;
        private final double[][] sigmoid;
        private final double[][] hidden;
        /** The network output, two values per point. */
        final double[] output;
        /** dLoss/dout, then the deltas of the hidden layers as the pass goes backwards. */
        final double[] outputGradient;
        private final double[] delta;
        private final double[] deltaBelow;
        /** W_l transposed (rows of outputs), refreshed at each backward pass. */
        private final double[] transposed;
        /** dLoss/dparams, in the order of the parameters. */
        final double[] gradient;

        private Workspace(int capacity) {
            Checks.requireRange("capacity", capacity, 1, 1 << 20);
            this.capacity = capacity;
            input = new double[capacity * sizes[0]];
            pre = new double[hiddenLayers][capacity * width];
            sigmoid = new double[hiddenLayers][capacity * width];
            hidden = new double[hiddenLayers][capacity * width];
            output = new double[capacity * 2];
            outputGradient = new double[capacity * 2];
            delta = new double[capacity * width];
            deltaBelow = new double[capacity * width];
            transposed = new double[params.length];
            gradient = new double[params.length];
        }

        /** Points it has room for. */
        public int capacity() {
            return capacity;
        }

        // region learn-forward
        /** out = f(input) for the first n rows of {@link #input}, keeping z, sigma(z) and h for backward. */
        void forward(int n) {
            double[] below = input;
            for (int l = 0; l < hiddenLayers; l++) {
                affineInto(below, 0, sizes[l], l, pre[l], 0, n);
                double[] z = pre[l];
                double[] sg = sigmoid[l];
                double[] h = hidden[l];
                for (int i = 0, end = n * width; i < end; i++) {
                    double sig = 1.0 / (1.0 + Math.exp(-z[i]));
                    sg[i] = sig;
                    h[i] = z[i] * sig;
                }
                below = h;
            }
            affineInto(below, 0, width, hiddenLayers, output, 0, n);
        }
        // endregion learn-forward

        // region learn-backward
        /**
         * dLoss/dparams into {@link #gradient} from dLoss/dout in {@link #outputGradient}, for the n
         * rows of the last {@link #forward}.
         */
        void backward(int n) {
            Arrays.fill(gradient, 0.0);
            transposeWeights();
            double[] dz = outputGradient;
            for (int l = hiddenLayers; l >= 0; l--) {
                double[] below = l == 0 ? input : hidden[l - 1];
                accumulateWeightGradient(below, dz, l, n);
                if (l == 0) {
                    break;
                }
                // dh_{l-1} = dz_l W_l^T, then dz_{l-1} = dh_{l-1} * SiLU'(z_{l-1})
                double[] dh = dz == delta ? deltaBelow : delta;
                propagate(dz, l, dh, n);
                double[] z = pre[l - 1];
                double[] sg = sigmoid[l - 1];
                for (int i = 0, end = n * width; i < end; i++) {
                    double sig = sg[i];
                    dh[i] *= sig * (1.0 + z[i] * (1.0 - sig));
                }
                dz = dh;
            }
        }
        // endregion learn-backward

        private void transposeWeights() {
            for (int l = 0; l <= hiddenLayers; l++) {
                int in = sizes[l];
                int out = sizes[l + 1];
                int w = weightAt[l];
                for (int k = 0; k < in; k++) {
                    for (int j = 0; j < out; j++) {
                        transposed[w + j * in + k] = params[w + k * out + j];
                    }
                }
            }
        }

        /** dW_l += below^T dz (one {@link #multiplyAdd}) and db_l += the column sums of dz. */
        private void accumulateWeightGradient(double[] below, double[] dz, int l, int n) {
            int in = sizes[l];
            int out = sizes[l + 1];
            int b = biasAt[l];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < out; j++) {
                    gradient[b + j] += dz[i * out + j];
                }
            }
            // row k of dW_l gains below[i][k] times row i of dz, for every point i
            multiplyAdd(below, 1, in, dz, 0, gradient, weightAt[l], in, n, out);
        }

        /** dh = dz W_l^T (rows of the layer's inputs), from the transposed weights. */
        private void propagate(double[] dz, int l, double[] dh, int n) {
            int in = sizes[l];
            int out = sizes[l + 1];
            Arrays.fill(dh, 0, n * in, 0.0);
            multiplyAdd(dz, out, 1, transposed, weightAt[l], dh, 0, n, out, in);
        }
    }

    /** The length of the work array {@link #predict} needs for {@code capacity} points. */
    int predictWork(int capacity) {
        return capacity * (sizes[0] + 2 * width + 2);
    }

    /**
     * The output only, for inference. {@code work} holds, for room of {@code capacity} points:
     * the input rows from 0, two blocks of hidden rows, and the output (two values per point)
     * from {@code capacity * (inputs + 2 width)}. Reads the parameters only, so many threads may
     * call it, each with its own work array.
     */
    void predict(double[] work, int n, int capacity) {
        int in = sizes[0];
        int belowAt = 0;
        for (int l = 0; l < hiddenLayers; l++) {
            int at = capacity * (sizes[0] + (l % 2) * width);
            affineInto(work, belowAt, in, l, work, at, n);
            for (int i = at, end = at + n * width; i < end; i++) {
                double z = work[i];
                work[i] = z / (1.0 + Math.exp(-z));
            }
            belowAt = at;
            in = width;
        }
        affineInto(work, belowAt, in, hiddenLayers, work, outputOffset(capacity), n);
    }

    /** Where {@link #predict} writes the output in its work array. */
    int outputOffset(int capacity) {
        return capacity * (sizes[0] + 2 * width);
    }

    /**
     * z = below W_l + b_l for n rows (rows of {@code below} from {@code belowAt}, of z from
     * {@code zAt}): each output row starts as b_l, then gains the product.
     */
    private void affineInto(double[] below, int belowAt, int in, int l, double[] z, int zAt, int n) {
        int out = sizes[l + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(params, biasAt[l], z, zAt + i * out, out);
        }
        multiplyAdd(below, belowAt, in, 1, params, weightAt[l], z, zAt, n, in, out);
    }

    // region learn-kernel
    /**
     * The one matrix kernel of the network: for r &lt; rows,
     *
     * <pre>  c[r][0 .. m) += sum over q &lt; depth of coef(r, q) b[q][0 .. m),   coef(r, q) = a[r * rs + q * qs],</pre>
     *
     * rows of b and c being m long (b from {@code bAt}, c from {@code cAt}); the strides let a be read
     * as itself (rs = depth, qs = 1) or transposed (rs = 1, qs = rows). The forward pass, the weight
     * gradient and the backward propagation are each one call. Four rows of c gain four rows of b per
     * pass over j, so each value loaded is used four times; the j loops are what the JIT vectorises.
     */
    static void multiplyAdd(double[] a, int rs, int qs, double[] b, int bAt, double[] c, int cAt,
            int rows, int depth, int m) {
        multiplyAdd(a, 0, rs, qs, b, bAt, c, cAt, rows, depth, m);
    }

    private static void multiplyAdd(double[] a, int aAt, int rs, int qs, double[] b, int bAt, double[] c, int cAt,
            int rows, int depth, int m) {
        int r = 0;
        for (; r + 3 < rows; r += 4) {
            int c0 = cAt + r * m;
            int c1 = c0 + m;
            int c2 = c1 + m;
            int c3 = c2 + m;
            int a0 = aAt + r * rs;
            int q = 0;
            for (; q + 3 < depth; q += 4) {
                int aq = a0 + q * qs;
                double x00 = a[aq];
                double x01 = a[aq + qs];
                double x02 = a[aq + 2 * qs];
                double x03 = a[aq + 3 * qs];
                double x10 = a[aq + rs];
                double x11 = a[aq + rs + qs];
                double x12 = a[aq + rs + 2 * qs];
                double x13 = a[aq + rs + 3 * qs];
                double x20 = a[aq + 2 * rs];
                double x21 = a[aq + 2 * rs + qs];
                double x22 = a[aq + 2 * rs + 2 * qs];
                double x23 = a[aq + 2 * rs + 3 * qs];
                double x30 = a[aq + 3 * rs];
                double x31 = a[aq + 3 * rs + qs];
                double x32 = a[aq + 3 * rs + 2 * qs];
                double x33 = a[aq + 3 * rs + 3 * qs];
                int b0 = bAt + q * m;
                int b1 = b0 + m;
                int b2 = b1 + m;
                int b3 = b2 + m;
                for (int j = 0; j < m; j++) {
                    double y0 = b[b0 + j];
                    double y1 = b[b1 + j];
                    double y2 = b[b2 + j];
                    double y3 = b[b3 + j];
                    c[c0 + j] += x00 * y0 + x01 * y1 + x02 * y2 + x03 * y3;
                    c[c1 + j] += x10 * y0 + x11 * y1 + x12 * y2 + x13 * y3;
                    c[c2 + j] += x20 * y0 + x21 * y1 + x22 * y2 + x23 * y3;
                    c[c3 + j] += x30 * y0 + x31 * y1 + x32 * y2 + x33 * y3;
                }
            }
            for (; q < depth; q++) {
                int aq = a0 + q * qs;
                double x0 = a[aq];
                double x1 = a[aq + rs];
                double x2 = a[aq + 2 * rs];
                double x3 = a[aq + 3 * rs];
                int b0 = bAt + q * m;
                for (int j = 0; j < m; j++) {
                    double y = b[b0 + j];
                    c[c0 + j] += x0 * y;
                    c[c1 + j] += x1 * y;
                    c[c2 + j] += x2 * y;
                    c[c3 + j] += x3 * y;
                }
            }
        }
        for (; r < rows; r++) {
            int c0 = cAt + r * m;
            for (int q = 0; q < depth; q++) {
                double x = a[aAt + r * rs + q * qs];
                int b0 = bAt + q * m;
                for (int j = 0; j < m; j++) {
                    c[c0 + j] += x * b[b0 + j];
                }
            }
        }
    }
    // endregion learn-kernel
}
