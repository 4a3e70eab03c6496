package org.diffusioncourse.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Iso-lines of a function sampled on a regular grid, by marching squares.
 *
 * <p>Each grid cell whose corners lie on both sides of the level gets one segment (two at a
 * saddle, resolved by the cell's centre value), with its end points placed on the cell edges
 * by linear interpolation. Segments meet on shared edges, so they are chained into polylines
 * through those edges: a closed curve comes back as one polyline whose last point repeats its
 * first, and a curve cut by the grid's border as an open one. Pure and deterministic.
 */
public final class ContourLines {

    private ContourLines() {
    }

    /**
     * The polylines where the sampled function equals {@code level}.
     *
     * @param values f(x_i, y_j) at index {@code j * nx + i}, x_i = xMin + i (xMax - xMin) / (nx - 1),
     *               likewise y_j; a point with f &gt;= level counts as inside
     * @return polylines as flat arrays {x0, y0, x1, y1, ...}, in data coordinates
     * @throws IllegalArgumentException unless nx, ny &gt;= 2 and values has nx * ny entries
     */
    public static List<double[]> trace(double[] values, int nx, int ny, double xMin, double xMax,
            double yMin, double yMax, double level) {
        if (nx < 2 || ny < 2) {
            throw new IllegalArgumentException("nx and ny must be >= 2, were " + nx + " and " + ny);
        }
        if (values.length != nx * ny) {
            throw new IllegalArgumentException("values must have nx * ny = " + nx * ny + " entries, had " + values.length);
        }
        return new Tracer(values, nx, ny, xMin, xMax, yMin, yMax, level).polylines();
    }

    /** The mutable state of one trace. */
    private static final class Tracer {

        private final double[] v;
        private final int nx;
        private final int ny;
        private final double x0;
        private final double dx;
        private final double y0;
        private final double dy;
        private final double level;
        private final int horizontal;
        private final double[] px;
        private final double[] py;
        private final int[] first;
        private final int[] second;

        Tracer(double[] v, int nx, int ny, double xMin, double xMax, double yMin, double yMax, double level) {
            this.v = v;
            this.nx = nx;
            this.ny = ny;
            this.x0 = xMin;
            this.dx = (xMax - xMin) / (nx - 1);
            this.y0 = yMin;
            this.dy = (yMax - yMin) / (ny - 1);
            this.level = level;
            this.horizontal = (nx - 1) * ny;
            int edges = horizontal + nx * (ny - 1);
            px = new double[edges];
            py = new double[edges];
            first = new int[edges];
            second = new int[edges];
            Arrays.fill(first, -1);
            Arrays.fill(second, -1);
        }

        private boolean inside(int i, int j) {
            return v[j * nx + i] >= level;
        }

        /** Edge from (i, j) to (i + 1, j). */
        private int h(int i, int j) {
            return j * (nx - 1) + i;
        }

        /** Edge from (i, j) to (i, j + 1). */
        private int vert(int i, int j) {
            return horizontal + j * nx + i;
        }

        List<double[]> polylines() {
            for (int j = 0; j < ny - 1; j++) {
                for (int i = 0; i < nx - 1; i++) {
                    cell(i, j);
                }
            }
            List<double[]> out = new ArrayList<>();
            boolean[] used = new boolean[px.length];
            // Open curves start at an edge with one neighbour (on the border); then the loops.
            for (int e = 0; e < px.length; e++) {
                if (!used[e] && first[e] >= 0 && second[e] < 0) {
                    out.add(walk(e, used));
                }
            }
            for (int e = 0; e < px.length; e++) {
                if (!used[e] && first[e] >= 0) {
                    out.add(walk(e, used));
                }
            }
            return out;
        }

        private double[] walk(int start, boolean[] used) {
            List<Integer> chain = new ArrayList<>();
            int previous = -1;
            int current = start;
            while (current >= 0 && !used[current]) {
                used[current] = true;
                chain.add(current);
                int next = first[current] != previous ? first[current] : second[current];
                if (next >= 0 && used[next] && next != start) {
                    next = -1;
                }
                previous = current;
                current = next;
            }
            boolean closed = current == start && chain.size() > 2;
            double[] line = new double[2 * (chain.size() + (closed ? 1 : 0))];
            for (int k = 0; k < chain.size(); k++) {
                line[2 * k] = px[chain.get(k)];
                line[2 * k + 1] = py[chain.get(k)];
            }
            if (closed) {
                line[line.length - 2] = line[0];
                line[line.length - 1] = line[1];
            }
            return line;
        }

        private void cell(int i, int j) {
            boolean a = inside(i, j);
            boolean b = inside(i + 1, j);
            boolean c = inside(i + 1, j + 1);
            boolean d = inside(i, j + 1);
            int bottom = h(i, j);
            int top = h(i, j + 1);
            int left = vert(i, j);
            int right = vert(i + 1, j);
            int[] crossed = new int[4];
            int n = 0;
            if (a != b) {
                crossed[n++] = point(bottom, i, j, i + 1, j);
            }
            if (b != c) {
                crossed[n++] = point(right, i + 1, j, i + 1, j + 1);
            }
            if (c != d) {
                crossed[n++] = point(top, i, j + 1, i + 1, j + 1);
            }
            if (d != a) {
                crossed[n++] = point(left, i, j, i, j + 1);
            }
            if (n == 2) {
                link(crossed[0], crossed[1]);
            } else if (n == 4) {
                double centre = 0.25 * (v[j * nx + i] + v[j * nx + i + 1] + v[(j + 1) * nx + i] + v[(j + 1) * nx + i + 1]);
                // With a and c inside, a centre inside joins them, so the lines cut off b and d.
                boolean cutOffBAndD = (centre >= level) == a;
                if (cutOffBAndD) {
                    link(bottom, right);
                    link(top, left);
                } else {
                    link(bottom, left);
                    link(top, right);
                }
            }
        }

        private int point(int edge, int i1, int j1, int i2, int j2) {
            double f1 = v[j1 * nx + i1];
            double f2 = v[j2 * nx + i2];
            double t = (level - f1) / (f2 - f1);
            px[edge] = x0 + (i1 + t * (i2 - i1)) * dx;
            py[edge] = y0 + (j1 + t * (j2 - j1)) * dy;
            return edge;
        }

        private void link(int e1, int e2) {
            attach(e1, e2);
            attach(e2, e1);
        }

        private void attach(int edge, int other) {
            if (first[edge] < 0) {
                first[edge] = other;
            } else {
                second[edge] = other;
            }
        }
    }
}
