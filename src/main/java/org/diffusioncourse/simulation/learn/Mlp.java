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
 * <p>Every matrix is kept as rows, each row its own {@code double[]}: W_l as one row per input k
 * (W_l[k][j], j over the outputs), b_l as one row, and one row per point for the activations.
 * The parameters in their flat order ({@link #parameters()}) are W_1's rows, b_1, W_2's rows, b_2,
 * and so on. Separate row arrays matter for speed: every inner loop is a multiply-add along rows
 * that start at index 0, which the JIT can prove free of overlap and turn into vector
 * instructions, where offsets into one shared array keep it scalar (twice as slow here). The
 * arithmetic runs in a fixed order on one thread, so the same parameters and inputs give the same
 * output bit for bit.
 *
 * <p>Mutable: training changes the parameters in place. A trained network is wrapped read-only
 * in a {@link LearnedField}.
 *
 * <p>It is long because the forward pass, the backward pass and their workspaces are one piece
 * the lesson shows whole; split up, a reader would follow every gradient across files.
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
    /** Every parameter row in the flat order: W_l's rows (one per input), then b_l, layer by layer. */
    private final double[][] rows;
    /** The index in {@link #rows} of W_l's first row; b_l follows its last. */
    private final int[] firstRow;
    /** W_l's rows per layer: the same row arrays as {@link #rows}, grouped. */
    private final double[][][] weightRows;
    private final int count;

    private Mlp(int width, int hiddenLayers, int classes) {
        this.width = width;
        this.hiddenLayers = hiddenLayers;
        this.classes = classes;
        sizes = new int[hiddenLayers + 2];
        sizes[0] = inputSize(classes);
        for (int l = 1; l <= hiddenLayers; l++) {
            sizes[l] = width;
        }
        sizes[hiddenLayers + 1] = 2;
        firstRow = new int[hiddenLayers + 1];
        int rowCount = 0;
        for (int l = 0; l <= hiddenLayers; l++) {
            firstRow[l] = rowCount;
            rowCount += sizes[l] + 1;
        }
        rows = new double[rowCount][];
        int total = 0;
        for (int l = 0; l <= hiddenLayers; l++) {
            for (int k = 0; k <= sizes[l]; k++) {
                rows[firstRow[l] + k] = new double[sizes[l + 1]];
                total += sizes[l + 1];
            }
        }
        count = total;
        weightRows = new double[hiddenLayers + 1][][];
        for (int l = 0; l <= hiddenLayers; l++) {
            weightRows[l] = Arrays.copyOfRange(rows, firstRow[l], firstRow[l] + sizes[l]);
        }
    }

    /**
     * A fresh network with PyTorch's default initialisation of a linear layer: every weight and
     * bias uniform in [-1/sqrt(fan_in), 1/sqrt(fan_in)], drawn in the flat order from {@code rng}.
     *
     * @param classes 0 for an unconditional network, else the number of classes (a null class is added)
     */
    public static Mlp initialised(int width, int hiddenLayers, int classes, UniformRandomProvider rng) {
        Mlp net = of(width, hiddenLayers, classes, new double[parameterCount(width, hiddenLayers, classes)]);
        for (int l = 0; l <= hiddenLayers; l++) {
            double bound = 1.0 / Math.sqrt(net.sizes[l]);
            for (int k = 0; k <= net.sizes[l]; k++) {
                double[] row = net.rows[net.firstRow[l] + k];
                for (int j = 0; j < row.length; j++) {
                    row[j] = bound * (2 * rng.nextDouble() - 1);
                }
            }
        }
        return net;
    }

    /** A network with the given parameters (copied) in the flat order of {@link #parameters()}. */
    public static Mlp of(int width, int hiddenLayers, int classes, double[] params) {
        Checks.requireRange("width", width, MIN_WIDTH, MAX_WIDTH);
        Checks.requireRange("layers", hiddenLayers, MIN_LAYERS, MAX_LAYERS);
        Checks.requireRange("classes", classes, 0, MAX_CLASSES);
        Mlp net = new Mlp(width, hiddenLayers, classes);
        if (params.length != net.count) {
            throw new IllegalArgumentException("params must have " + net.count + " values for width " + width + ", "
                    + hiddenLayers + " layers and " + classes + " classes, had " + params.length);
        }
        int at = 0;
        for (double[] row : net.rows) {
            System.arraycopy(params, at, row, 0, row.length);
            at += row.length;
        }
        return net;
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
            w[f] = StrictMath.pow(MAX_FREQUENCY, f / (double) (FREQUENCIES - 1));
        }
        return w;
    }

    /** A copy with its own parameters. */
    public Mlp copy() {
        return of(width, hiddenLayers, classes, parameters());
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
        return count;
    }

    /** A copy of the parameters in their flat order (W_1 by rows, b_1, W_2 by rows, b_2, ...). */
    public double[] parameters() {
        double[] flat = new double[count];
        int at = 0;
        for (double[] row : rows) {
            System.arraycopy(row, 0, flat, at, row.length);
            at += row.length;
        }
        return flat;
    }

    /** The live parameter rows, for the optimiser and the gradient check. */
    double[][] parameterRows() {
        return rows;
    }

    /** Linear layers L + 1 (the hidden ones and the output). */
    int linearLayers() {
        return hiddenLayers + 1;
    }

    /** The index in {@link #parameterRows()} of W_l's first row, l = 0 .. L (layer 0 reads the input). */
    int weightRow(int l) {
        return firstRow[l];
    }

    /** The index in {@link #parameterRows()} of b_l. */
    int biasRow(int l) {
        return firstRow[l] + sizes[l];
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
     * Writes the input row of one point: x, y, the sines and cosines of w_f tau, and for a
     * class-conditional network the one-hot of {@code label} (use {@link #nullClass()} for "no
     * class"). {@code label} is ignored by an unconditional network.
     */
    public void embed(double x, double y, double tau, int label, double[] dst) {
        dst[0] = x;
        dst[1] = y;
        for (int f = 0; f < FREQUENCIES; f++) {
            double angle = FREQ[f] * tau;
            dst[2 + f] = StrictMath.sin(angle);
            dst[2 + FREQUENCIES + f] = StrictMath.cos(angle);
        }
        if (classes > 0) {
            int base = 2 + 2 * FREQUENCIES;
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
        final double[][] input;
        /** z_l, sigma(z_l) and h_l of the hidden layers, one row of width per point. */
        private final double[][][] pre;
        private final double[][][] sigmoid;
        private final double[][][] hidden;
        /** The network output, a row of two values per point. */
        final double[][] output;
        /** dLoss/dout, a row of two values per point. */
        final double[][] outputGradient;
        private final double[][] delta;
        private final double[][] deltaBelow;
        /** W_l transposed, refreshed at each backward pass. */
        private final double[][][] transposed;
        /** dLoss/dparams, rows shaped as {@link #parameterRows()}, and dW_l's rows grouped by layer. */
        final double[][] gradient;
        private final double[][][] weightGradient;

        private Workspace(int capacity) {
            Checks.requireRange("capacity", capacity, 1, 1 << 16);
            this.capacity = capacity;
            input = new double[capacity][sizes[0]];
            pre = new double[hiddenLayers][capacity][width];
            sigmoid = new double[hiddenLayers][capacity][width];
            hidden = new double[hiddenLayers][capacity][width];
            output = new double[capacity][2];
            outputGradient = new double[capacity][2];
            delta = new double[capacity][width];
            deltaBelow = new double[capacity][width];
            transposed = new double[hiddenLayers + 1][][];
            for (int l = 0; l <= hiddenLayers; l++) {
                transposed[l] = new double[sizes[l + 1]][sizes[l]];
            }
            gradient = new double[rows.length][];
            for (int r = 0; r < rows.length; r++) {
                gradient[r] = new double[rows[r].length];
            }
            weightGradient = new double[hiddenLayers + 1][][];
            for (int l = 0; l <= hiddenLayers; l++) {
                weightGradient[l] = Arrays.copyOfRange(gradient, firstRow[l], firstRow[l] + sizes[l]);
            }
        }

        /** Points it has room for. */
        public int capacity() {
            return capacity;
        }

        // region learn-forward
        /** out = f(input) for the first n rows of {@link #input}, keeping z, sigma(z) and h for backward. */
        void forward(int n) {
            double[][] below = input;
            for (int l = 0; l < hiddenLayers; l++) {
                affine(below, l, pre[l], n);
                for (int i = 0; i < n; i++) {
                    double[] z = pre[l][i];
                    double[] sg = sigmoid[l][i];
                    double[] h = hidden[l][i];
                    for (int j = 0; j < width; j++) {
                        sg[j] = sigmoid(z[j]);
                        h[j] = z[j] * sg[j];
                    }
                }
                below = hidden[l];
            }
            affine(below, hiddenLayers, output, n);
        }
        // endregion learn-forward

        // region learn-backward
        /**
         * dLoss/dparams into {@link #gradient} from dLoss/dout in {@link #outputGradient}, for the n
         * rows of the last {@link #forward}.
         */
        void backward(int n) {
            for (double[] row : gradient) {
                Arrays.fill(row, 0.0);
            }
            double[][] dz = outputGradient;
            for (int l = hiddenLayers; l >= 0; l--) {
                double[][] below = l == 0 ? input : hidden[l - 1];
                // dW_l = below^T dz: row k of dW_l gains below[i][k] times row i of dz
                multiplyAdd(below, true, dz, weightGradient[l], sizes[l], n, sizes[l + 1]);
                double[] db = gradient[biasRow(l)];
                for (int i = 0; i < n; i++) {
                    double[] d = dz[i];
                    for (int j = 0; j < d.length; j++) {
                        db[j] += d[j];
                    }
                }
                if (l == 0) {
                    break;
                }
                // dh_{l-1} = dz W_l^T, then dz_{l-1} = dh_{l-1} * SiLU'(z_{l-1})
                double[][] dh = dz == delta ? deltaBelow : delta;
                transpose(l);
                for (int i = 0; i < n; i++) {
                    Arrays.fill(dh[i], 0.0);
                }
                multiplyAdd(dz, false, transposed[l], dh, n, sizes[l + 1], sizes[l]);
                for (int i = 0; i < n; i++) {
                    double[] d = dh[i];
                    double[] z = pre[l - 1][i];
                    double[] sg = sigmoid[l - 1][i];
                    for (int j = 0; j < width; j++) {
                        d[j] *= sg[j] * (1.0 + z[j] * (1.0 - sg[j]));
                    }
                }
                dz = dh;
            }
        }
        // endregion learn-backward

        private void transpose(int l) {
            double[][] t = transposed[l];
            for (int k = 0; k < sizes[l]; k++) {
                double[] w = weightRows[l][k];
                for (int j = 0; j < w.length; j++) {
                    t[j][k] = w[j];
                }
            }
        }

        /** z = below W_l + b_l for n rows: each output row starts as b_l, then gains the product. */
        private void affine(double[][] below, int l, double[][] z, int n) {
            double[] bias = rows[biasRow(l)];
            for (int i = 0; i < n; i++) {
                System.arraycopy(bias, 0, z[i], 0, bias.length);
            }
            multiplyAdd(below, false, weightRows[l], z, n, sizes[l], sizes[l + 1]);
        }
    }

    /** Rows for {@link #predict} of up to {@code capacity} points. */
    Scratch scratch(int capacity) {
        return new Scratch(sizes[0], width, capacity);
    }

    /** The input, hidden and output rows of inference, for one caller at a time. */
    static final class Scratch {

        final double[][] input;
        final double[][] output;
        private final double[][] first;
        private final double[][] second;

        private Scratch(int inputs, int width, int capacity) {
            input = new double[capacity][inputs];
            first = new double[capacity][width];
            second = new double[capacity][width];
            output = new double[capacity][2];
        }

        /** Whether it has the rows {@code net} needs for {@code capacity} points. */
        boolean fits(Mlp net, int capacity) {
            return input.length >= capacity && input[0].length == net.inputs() && first[0].length == net.width();
        }
    }

    /**
     * The output only, for inference: the first n input rows of {@code scratch} through the network
     * into its output rows. Reads the parameters only, so many threads may call it, each with its
     * own scratch.
     */
    void predict(Scratch scratch, int n) {
        double[][] below = scratch.input;
        double[][] first = scratch.first;
        double[][] second = scratch.second;
        double[][] out = scratch.output;
        for (int l = 0; l < hiddenLayers; l++) {
            double[][] z = l % 2 == 0 ? first : second;
            double[] bias = rows[biasRow(l)];
            for (int i = 0; i < n; i++) {
                System.arraycopy(bias, 0, z[i], 0, bias.length);
            }
            multiplyAdd(below, false, weightRows[l], z, n, sizes[l], width);
            for (int i = 0; i < n; i++) {
                double[] h = z[i];
                for (int j = 0; j < width; j++) {
                    h[j] *= sigmoid(h[j]);
                }
            }
            below = z;
        }
        double[] bias = rows[biasRow(hiddenLayers)];
        for (int i = 0; i < n; i++) {
            System.arraycopy(bias, 0, out[i], 0, 2);
        }
        multiplyAdd(below, false, weightRows[hiddenLayers], out, n, width, 2);
    }

    // region learn-sigmoid
    /**
     * sigma(z) = 1 / (1 + e^-z). e^-z is computed as (e^(-z/256))^256: a Taylor polynomial of
     * degree 10 for |z/256| &lt;= 40/256 and eight squarings, relative error below 1e-13 (z is
     * clamped to [-40, 40], where sigma is 0 or 1 to double precision). Only multiplications and
     * additions, so the activation loops vectorise; Math.exp would cost three times as much, and
     * the same function in the forward pass and in SiLU' keeps the gradient exact.
     */
    static double sigmoid(double z) {
        double r = Math.max(-40.0, Math.min(40.0, z)) * (-1.0 / 256);
        double e = 1 + r * (1 + r * (1.0 / 2 + r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120 + r * (1.0 / 720
                + r * (1.0 / 5040 + r * (1.0 / 40320 + r * (1.0 / 362880 + r * (1.0 / 3628800))))))))));
        e *= e;
        e *= e;
        e *= e;
        e *= e;
        e *= e;
        e *= e;
        e *= e;
        e *= e;
        return 1.0 / (1.0 + e);
    }
    // endregion learn-sigmoid

    // region learn-kernel
    /**
     * The one matrix kernel of the network: for r &lt; rows,
     *
     * <pre>  c[r][0 .. m) += sum over q &lt; depth of A(r, q) b[q][0 .. m),   A(r, q) = a[r][q], or a[q][r] if transposed.</pre>
     *
     * The forward pass (z = h W), the weight gradient (dW = h^T dz) and the backward propagation
     * (dh = dz W^T) are each one call. Two rows of c are updated together from the same four rows of
     * b, so each load of b serves both and each row of c is loaded and stored once per four rows of
     * b; the j loop is what the JIT vectorises. Each element of c still gains the same sums in the
     * same order as one row at a time would give it (Java does not fuse a multiply and an add), so
     * the blocking changes the speed and not a bit of the result (ShippedModelsTest).
     */
    static void multiplyAdd(double[][] a, boolean transposed, double[][] b, double[][] c, int rows, int depth, int m) {
        int r = 0;
        for (; r + 1 < rows; r += 2) {
            double[] c0 = c[r];
            double[] c1 = c[r + 1];
            int q = 0;
            for (; q + 3 < depth; q += 4) {
                double x00 = at(a, transposed, r, q);
                double x01 = at(a, transposed, r, q + 1);
                double x02 = at(a, transposed, r, q + 2);
                double x03 = at(a, transposed, r, q + 3);
                double x10 = at(a, transposed, r + 1, q);
                double x11 = at(a, transposed, r + 1, q + 1);
                double x12 = at(a, transposed, r + 1, q + 2);
                double x13 = at(a, transposed, r + 1, q + 3);
                double[] b0 = b[q];
                double[] b1 = b[q + 1];
                double[] b2 = b[q + 2];
                double[] b3 = b[q + 3];
                for (int j = 0; j < m; j++) {
                    double v0 = b0[j];
                    double v1 = b1[j];
                    double v2 = b2[j];
                    double v3 = b3[j];
                    c0[j] += x00 * v0 + x01 * v1 + x02 * v2 + x03 * v3;
                    c1[j] += x10 * v0 + x11 * v1 + x12 * v2 + x13 * v3;
                }
            }
            for (; q < depth; q++) {
                double x0 = at(a, transposed, r, q);
                double x1 = at(a, transposed, r + 1, q);
                double[] bq = b[q];
                for (int j = 0; j < m; j++) {
                    c0[j] += x0 * bq[j];
                    c1[j] += x1 * bq[j];
                }
            }
        }
        for (; r < rows; r++) {
            double[] cr = c[r];
            int q = 0;
            for (; q + 3 < depth; q += 4) {
                double x0 = at(a, transposed, r, q);
                double x1 = at(a, transposed, r, q + 1);
                double x2 = at(a, transposed, r, q + 2);
                double x3 = at(a, transposed, r, q + 3);
                double[] b0 = b[q];
                double[] b1 = b[q + 1];
                double[] b2 = b[q + 2];
                double[] b3 = b[q + 3];
                for (int j = 0; j < m; j++) {
                    cr[j] += x0 * b0[j] + x1 * b1[j] + x2 * b2[j] + x3 * b3[j];
                }
            }
            for (; q < depth; q++) {
                double x = at(a, transposed, r, q);
                double[] bq = b[q];
                for (int j = 0; j < m; j++) {
                    cr[j] += x * bq[j];
                }
            }
        }
    }

    /** A(r, q): a[r][q], or a[q][r] if transposed. */
    private static double at(double[][] a, boolean transposed, int r, int q) {
        return transposed ? a[q][r] : a[r][q];
    }
    // endregion learn-kernel
}
