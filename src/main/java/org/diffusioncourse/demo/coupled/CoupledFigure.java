package org.diffusioncourse.demo.coupled;

import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.diffusioncourse.demo.DataTable;
import org.diffusioncourse.render.Canvas;
import org.diffusioncourse.render.DensityContours;
import org.diffusioncourse.render.Frame;
import org.diffusioncourse.render.Numbers;
import org.diffusioncourse.render.SamplerFigure;
import org.diffusioncourse.render.Strokes;
import org.diffusioncourse.simulation.PointCloud;

/**
 * Coupled runs side by side at one step: in each panel the marginal p_t of that moment as
 * contours, every particle of the run as a dot, and the paths so far of a few tracked particles,
 * which start from the same noise in every panel. Also a storyboard of small multiples (one row
 * per run, one column per moment) and text alternatives computed from the same data. Every data
 * mark is counted ({@link Canvas#plotted(int)}): the dots, the contour vertices, the path
 * vertices and the rings. Pure: the same inputs give the same bytes.
 *
 * <p>It is long because it draws one picture, the runs side by side over the exact p_t with their
 * tracked paths, as a frame and as a storyboard, and writes the text alternatives of both.
 */
public final class CoupledFigure {

    /** Half the side of the square shown: the 99% contour of N(0, I) (radius 3.03) fits. */
    public static final double AXIS_LIMIT = 3.5;

    /** Particles whose paths are drawn: the first ones, which are as random as any. */
    public static final int TRACKED = 6;

    /** Steps of path drawn behind each tracked particle; more turns an SDE path into a tangle. */
    public static final int TAIL = 60;

    /** Most vertices per drawn path; longer paths are thinned evenly, ends kept. */
    static final int MAX_PATH_VERTICES = 80;

    /** Most dots per storyboard cell, to keep the file small. */
    static final int STORYBOARD_POINTS = 300;

    private static final int PANEL = 320;
    private static final int CELL = 150;
    private static final Stroke DOT = Strokes.round(3f);
    private static final Stroke SMALL_DOT = Strokes.round(2f);
    private static final Stroke PATH = Strokes.round(1.3f);
    private static final Stroke[] CONTOUR = Strokes.contours(1.8f, 1.3f, 1f);

    /**
     * One panel: run {@code run} of the coupled runs, drawn over {@code background}, the
     * contours of p_t at the panel's moment.
     *
     * @param heading e.g. {@code "Reverse SDE"}
     * @param moment  the time shown, e.g. {@code "t = 0.500"}
     */
    public record Panel(int run, String heading, String moment, DensityContours background) {
    }

    private CoupledFigure() {
    }

    /** One panel per run of {@code scene} at {@code step}, headed by {@code headings} in run order. */
    public static List<Panel> panels(CoupledScene scene, List<String> headings, int step) {
        String moment = moment(scene, step);
        List<Panel> panels = new ArrayList<>();
        for (int r = 0; r < headings.size(); r++) {
            panels.add(new Panel(r, headings.get(r), moment, scene.contoursAt(step)));
        }
        return panels;
    }

    /** The runs of {@code scene} side by side at {@code step}, headed by {@code headings}. */
    public static String render(String id, CoupledScene scene, List<String> headings, int step) {
        return render(id, scene.runs(), panels(scene, headings, step), step);
    }

    /** The text alternative of {@link #render(String, CoupledScene, List, int)}. */
    public static String describe(CoupledScene scene, List<String> headings, int step) {
        return describe(scene.runs(), panels(scene, headings, step), step);
    }

    /**
     * As {@link #render(String, CoupledScene, List, int)}, with {@code note} (e.g. which process
     * the runs follow) as a line under the legend and as the last sentence of the text alternative.
     */
    public static String render(String id, CoupledScene scene, List<String> headings, int step, String note) {
        return render(id, scene.runs(), panels(scene, headings, step), step, note);
    }

    /** The text alternative of {@link #render(String, CoupledScene, List, int, String)}: {@code note} comes last. */
    public static String describe(CoupledScene scene, List<String> headings, int step, String note) {
        return withNote(describe(scene, headings, step), note);
    }

    private static String withNote(String text, String note) {
        return note.isEmpty() ? text : text + " " + note;
    }

    /** The time of {@code step} as the panels and the storyboard's columns say it, e.g. {@code "t = 0.500"}. */
    public static String moment(CoupledScene scene, int step) {
        return String.format(Locale.ROOT, "t = %.3f", scene.time(step));
    }

    /**
     * The panels side by side, each at {@code step}.
     *
     * @param id the figure's id prefix, unique on the page
     */
    public static String render(String id, CoupledRuns runs, List<Panel> panels, int step) {
        return render(id, runs, panels, step, "");
    }

    /** The panels side by side, with {@code note} under the legend unless it is empty. */
    private static String render(String id, CoupledRuns runs, List<Panel> panels, int step, String note) {
        int width = panels.size() * (PANEL + 24) + 24;
        int height = PANEL + (note.isEmpty() ? 96 : 112);
        Canvas c = new Canvas(id, width, height);
        for (int p = 0; p < panels.size(); p++) {
            Panel panel = panels.get(p);
            Frame f = new Frame(40 + p * (PANEL + 24), 44, PANEL - 24, PANEL - 24,
                    -AXIS_LIMIT, AXIS_LIMIT, -AXIS_LIMIT, AXIS_LIMIT);
            c.font(14, true);
            c.text(panel.heading(), f.left(), 18, Canvas.INK);
            c.font(12, false);
            c.text(panel.moment() + " · " + runs.particles() + " particles", f.left(), 36, Canvas.MUTED);
            SamplerFigure.axes(c, f);
            c.beginGroup("panel-" + p);
            SamplerFigure.contours(c, f, panel.background(), CONTOUR);
            c.dots(f, runs.at(panel.run(), step), runs.particles(), DOT);
            paths(c, f, runs, panel.run(), step);
            c.endGroup();
        }
        c.font(11, false);
        c.text("Green: contours of the exact p_t holding 50% (solid), 90% (dashed) and 99% (dotted) of its mass.",
                40, PANEL + 56, Canvas.MUTED);
        c.text("Blue: every particle. Vermillion: the last " + TAIL + " steps of " + TRACKED
                + " particles, which start from the same noise in every panel.", 40, PANEL + 72, Canvas.MUTED);
        if (!note.isEmpty()) {
            c.text(note, 40, PANEL + 88, Canvas.INK);
        }
        return c.finish(title(panels), withNote(describe(runs, panels, step), note));
    }

    /**
     * Small multiples: row r shows run r of {@code scene} under {@code rows.get(r)}, one column
     * per step in {@code steps}, each over the p_t contours of its time (the runs share one path
     * and clock).
     *
     * @param id the figure's id prefix, unique on the page
     */
    public static String storyboard(String id, CoupledScene scene, List<String> rows, int[] steps) {
        return storyboard(id, scene.runs(), rows, steps, columns(scene, steps), backgrounds(scene, steps));
    }

    /** The text alternative of {@link #storyboard(String, CoupledScene, List, int[])}. */
    public static String describeStoryboard(CoupledScene scene, List<String> rows, int[] steps) {
        return describeStoryboard(scene.runs(), rows, steps, columns(scene, steps), backgrounds(scene, steps));
    }

    private static List<String> columns(CoupledScene scene, int[] steps) {
        return Arrays.stream(steps).mapToObj(step -> moment(scene, step)).toList();
    }

    private static DensityContours[] backgrounds(CoupledScene scene, int[] steps) {
        return Arrays.stream(steps).mapToObj(scene::contoursAt).toArray(DensityContours[]::new);
    }

    private static String storyboard(String id, CoupledRuns runs, List<String> rows, int[] steps,
            List<String> columnLabels, DensityContours[] backgrounds) {
        int left = 110;
        int width = left + steps.length * (CELL + 8) + 8;
        int height = 30 + rows.size() * (CELL + 8) + 24;
        Canvas c = new Canvas(id, width, height);
        c.font(12, true);
        for (int k = 0; k < steps.length; k++) {
            c.textCentred(columnLabels.get(k), left + k * (CELL + 8) + CELL / 2.0, 20, Canvas.INK);
        }
        for (int r = 0; r < rows.size(); r++) {
            double top = 30 + r * (CELL + 8);
            c.font(12, true);
            c.text(rows.get(r), 6, top + CELL / 2.0, Canvas.INK);
            for (int k = 0; k < steps.length; k++) {
                Frame f = new Frame(left + k * (CELL + 8), top, CELL, CELL, -AXIS_LIMIT, AXIS_LIMIT, -AXIS_LIMIT, AXIS_LIMIT);
                c.g.setColor(Canvas.FAINT);
                c.g.setStroke(Canvas.HAIRLINE);
                c.g.draw(f.box());
                SamplerFigure.contours(c, f, backgrounds[k], CONTOUR);
                PointCloud cloud = runs.at(r, steps[k]);
                c.dots(f, cloud, Math.min(STORYBOARD_POINTS, cloud.size()), SMALL_DOT);
                paths(c, f, runs, r, steps[k]);
            }
        }
        c.font(11, false);
        c.text("Green: contours of the exact p_t (50%, 90%, 99% of its mass). Vermillion: the last " + TAIL
                + " steps of " + TRACKED + " particles from the same start noise.", 6, height - 8, Canvas.MUTED);
        return c.finish("Storyboard: " + String.join(" and ", rows) + " from the same noise",
                describeStoryboard(runs, rows, steps, columnLabels, backgrounds));
    }

    /**
     * The text alternative: per panel, where the particles are, how their spread compares with
     * p_t (share inside each contour against the mass it holds) and where the tracked ones are.
     */
    public static String describe(CoupledRuns runs, List<Panel> panels, int step) {
        StringBuilder sb = new StringBuilder();
        for (Panel panel : panels) {
            PointCloud cloud = runs.at(panel.run(), step);
            sb.append(panel.heading()).append(" at ").append(panel.moment()).append(": ")
                    .append(cloud.size()).append(" particles, mean (").append(Numbers.fixed(cloud.meanX(), 2))
                    .append(", ").append(Numbers.fixed(cloud.meanY(), 2)).append("); ");
            insideShares(sb, panel.background(), cloud);
            sb.append(". Tracked particle 1 is at (").append(Numbers.fixed(cloud.x(0), 2)).append(", ")
                    .append(Numbers.fixed(cloud.y(0), 2)).append("). ");
        }
        return sb.toString().strip();
    }

    private static String describeStoryboard(CoupledRuns runs, List<String> rows, int[] steps, List<String> labels,
            DensityContours[] backgrounds) {
        StringBuilder sb = new StringBuilder("Small multiples, one row per sampler. ");
        for (int r = 0; r < rows.size(); r++) {
            sb.append(rows.get(r)).append(':');
            for (int k = 0; k < steps.length; k++) {
                PointCloud cloud = runs.at(r, steps[k]);
                sb.append(' ').append(labels.get(k)).append(", ")
                        .append(Numbers.percent(backgrounds[k].fractionInside(cloud, 1)))
                        .append(" inside the 90% contour");
                sb.append(k == steps.length - 1 ? ". " : ";");
            }
        }
        return sb.toString().strip();
    }

    private static void insideShares(StringBuilder sb, DensityContours contours, PointCloud cloud) {
        sb.append("share inside the contours of p_t holding ");
        for (int q = 0; q < DensityContours.MASSES.length; q++) {
            if (q > 0) {
                sb.append(q == DensityContours.MASSES.length - 1 ? " and " : ", ");
            }
            sb.append(Numbers.percent(DensityContours.MASSES[q])).append(": ")
                    .append(Numbers.percent(contours.fractionInside(cloud, q)));
        }
    }

    private static String title(List<Panel> panels) {
        return String.join(" and ", panels.stream().map(Panel::heading).toList()) + " from the same noise";
    }

    /**
     * The numbers {@link #render(String, CoupledScene, List, int)} draws, as rows
     * {@code panel, series, x, y}: per panel (its run's index) the {@code particles} inside it
     * and the {@code path-I} vertices of each tracked particle's last steps, as drawn. The
     * contours are the exact density's, not data, and are left out.
     */
    public static DataTable table(CoupledScene scene, List<String> headings, int step) {
        CoupledRuns runs = scene.runs();
        DataTable table = DataTable.of("panel", "series", "x", "y");
        Frame f = new Frame(0, 0, PANEL - 24, PANEL - 24, -AXIS_LIMIT, AXIS_LIMIT, -AXIS_LIMIT, AXIS_LIMIT);
        List<Panel> panels = panels(scene, headings, step);
        int n = runs.particles();
        for (int p = 0; p < panels.size(); p++) {
            int run = panels.get(p).run();
            PointCloud cloud = runs.at(run, step);
            for (int i = 0; i < n; i++) {
                if (f.contains(cloud.x(i), cloud.y(i))) {
                    table.row(p, "particles", cloud.x(i), cloud.y(i));
                }
            }
            CoupledRuns.Run r = runs.run(run);
            for (int i = 0; i < Math.min(TRACKED, n); i++) {
                for (int k : SamplerFigure.polylineSteps(Math.max(0, step - TAIL), step, MAX_PATH_VERTICES)) {
                    double x = r.xs()[k * n + i];
                    double y = r.ys()[k * n + i];
                    if (f.contains(x, y)) {
                        table.row(p, "path-" + i, x, y);
                    }
                }
            }
        }
        return table;
    }

    /** The tracked particles' last {@link #TAIL} steps up to {@code step}, ringed where they are now. */
    private static void paths(Canvas c, Frame f, CoupledRuns runs, int run, int step) {
        CoupledRuns.Run r = runs.run(run);
        int n = runs.particles();
        int first = Math.max(0, step - TAIL);
        Path2D.Double line = new Path2D.Double();
        Path2D.Double rings = new Path2D.Double();
        int vertices = 0;
        int ringed = 0;
        for (int i = 0; i < Math.min(TRACKED, n); i++) {
            int particle = i;
            vertices += SamplerFigure.polyline(line, f, first, step, MAX_PATH_VERTICES, k -> r.xs()[k * n + particle],
                    k -> r.ys()[k * n + particle]);
            double ex = r.xs()[step * n + i];
            double ey = r.ys()[step * n + i];
            if (f.contains(ex, ey)) {
                rings.append(new Ellipse2D.Double(f.px(ex) - 3.5, f.py(ey) - 3.5, 7, 7), false);
                ringed++;
            }
        }
        c.plotted(vertices + ringed);
        c.g.setColor(Canvas.VERMILLION);
        c.g.setStroke(PATH);
        c.g.draw(line);
        c.g.setColor(Canvas.INK);
        c.g.setStroke(Canvas.HAIRLINE);
        c.g.draw(rings);
    }

    /** The text beside a coupled demo's step slider: {@code "step 120 · t = 0.400"}. */
    public static String stepText(CoupledScene scene, int k) {
        return String.format(java.util.Locale.ROOT, "step %d · t = %.3f", k, scene.time(k));
    }
}
