package org.diffusioncourse.simulation.metrics;

import java.util.Arrays;
import org.diffusioncourse.simulation.NormalCdf;
import org.diffusioncourse.simulation.PointCloud;

/**
 * The fast evaluation of {@link StructureProxy}'s KS distances, with its scratch arrays for one
 * cloud size.
 *
 * <p>Sorting every projection at every grid step would dominate the cost of a scene. Instead
 * the points are dropped into {@link #BINS} equal-width bins on [-6, 6] (the outer bins also
 * take everything beyond). Bin order is value order, so the points of bin j have ranks
 * C_j .. C_j + c_j - 1 exactly, where C_j counts the earlier bins. With the bin's smallest and
 * largest values lo_j and hi_j, every deviation inside the bin is at most
 * max(Phi(hi_j) - C_j / n, (C_j + c_j) / n - Phi(lo_j)). Only bins whose bound can beat the
 * largest deviation seen so far are sorted and scanned point by point; the extreme points of
 * every bin are scanned anyway, which makes the running maximum grow fast. The result is the
 * same supremum a full sort gives.
 */
final class KsWorkspace {

    static final int BINS = 512;
    static final double LOW = -6.0;
    static final double PER_UNIT = BINS / 12.0;
    /** Guards the pruning against rounding in Phi; far below any deviation we report. */
    static final double SLACK = 1e-12;

    final int n;
    final double invN;
    final double[] p0;
    final double[] pe;
    final double[] z;
    final int[] binOf;
    final int[] count;
    final int[] start;
    final double[] lo;
    final double[] hi;
    final boolean[] open;
    final double[] gathered;

    KsWorkspace(int n) {
        this.n = n;
        this.invN = 1.0 / n;
        p0 = new double[n];
        pe = new double[n];
        z = new double[n];
        binOf = new int[n];
        gathered = new double[n];
        count = new int[BINS];
        start = new int[BINS];
        lo = new double[BINS];
        hi = new double[BINS];
        open = new boolean[BINS];
    }

    /** Projections of x0 and eps onto direction k. */
    void project(PointCloud x0, PointCloud eps, int k) {
        double c = StructureProxy.COS[k];
        double s = StructureProxy.SIN[k];
        for (int i = 0; i < n; i++) {
            p0[i] = c * x0.x(i) + s * x0.y(i);
            pe[i] = c * eps.x(i) + s * eps.y(i);
        }
    }

    /** max(floor, sup_z |F(z) - Phi(z)|) for the projections a p0 + b pe. */
    double ks(double a, double b, double floor) {
        Arrays.fill(count, 0);
        for (int i = 0; i < n; i++) {
            double v = a * p0[i] + b * pe[i];
            z[i] = v;
            int j = (int) ((v - LOW) * PER_UNIT);
            j = j < 0 ? 0 : Math.min(j, BINS - 1);
            binOf[i] = j;
            if (count[j]++ == 0) {
                lo[j] = v;
                hi[j] = v;
            } else if (v < lo[j]) {
                lo[j] = v;
            } else if (v > hi[j]) {
                hi[j] = v;
            }
        }
        // Exact deviations at each bin's extremes, and a bound for its inside.
        double worst = floor;
        int before = 0;
        for (int j = 0; j < BINS; j++) {
            int c = count[j];
            start[j] = before;
            if (c == 0) {
                open[j] = false;
                continue;
            }
            double phiLo = NormalCdf.cdf(lo[j]);
            double phiHi = c == 1 ? phiLo : NormalCdf.cdf(hi[j]);
            lo[j] = phiLo;
            hi[j] = phiHi;
            worst = Math.max(worst, StructureProxy.jump(phiLo, before, invN));
            worst = Math.max(worst, StructureProxy.jump(phiHi, before + c - 1, invN));
            before += c;
        }
        boolean anyOpen = false;
        for (int j = 0; j < BINS; j++) {
            int c = count[j];
            if (c > 2) {
                // lo and hi now hold Phi of the bin's extremes.
                double bound = Math.max(hi[j] - start[j] * invN, (start[j] + c) * invN - lo[j]);
                open[j] = bound > worst - SLACK;
                anyOpen |= open[j];
            } else {
                open[j] = false;
            }
        }
        if (!anyOpen) {
            return worst;
        }
        // Gather the open bins' points into their rank slots, then sort each bin in place.
        for (int i = 0; i < n; i++) {
            int j = binOf[i];
            if (open[j]) {
                gathered[start[j]++] = z[i];
            }
        }
        for (int j = 0; j < BINS; j++) {
            if (!open[j]) {
                continue;
            }
            int end = start[j];
            int first = end - count[j];
            start[j] = first;
            insertionSort(gathered, first, end);
            for (int r = first; r < end; r++) {
                worst = Math.max(worst, StructureProxy.jump(NormalCdf.cdf(gathered[r]), r, invN));
            }
        }
        return worst;
    }

    private static void insertionSort(double[] v, int from, int to) {
        for (int j = from + 1; j < to; j++) {
            double key = v[j];
            int m = j - 1;
            while (m >= from && v[m] > key) {
                v[m + 1] = v[m];
                m--;
            }
            v[m + 1] = key;
        }
    }
}
