package org.diffusioncourse.render;

import java.awt.Stroke;
import java.util.List;
import org.diffusioncourse.simulation.PointCloud;

/**
 * Small multiples of sample clouds over one target's density contours, laid out row by row:
 * the storyboards and the side-by-side sampler panels. Each panel shows the contours holding
 * 50%, 90% and 99% of the target's mass, the first {@value #MAX_POINTS} samples, a heading and a
 * detail line. Pure: the same inputs give the same bytes.
 */
public final class SampleGrid {

    /** Most samples drawn per panel (they are exchangeable, so the first ones). */
    public static final int MAX_POINTS = 800;

    /** Most samples drawn per panel of a compact grid. */
    public static final int COMPACT_POINTS = 200;

    private static final Stroke DOT = Strokes.round(2.5f);
    private static final int HEADER = 36;
    private static final int GAP = 12;

    /** One panel: a heading (e.g. the sampler), a detail line (e.g. its error) and the samples. */
    public record Cell(String heading, String detail, PointCloud samples) {
    }

    private SampleGrid() {
    }

    /**
     * Draws {@code cells} in rows of {@code columns} panels of {@code size} pixels.
     *
     * @param id          figure id prefix, unique on the page
     * @param title       the figure's accessible title
     * @param description the text alternative, computed by the caller from the same data
     */
    public static String render(String id, String title, String description, DensityContours contours,
            List<Cell> cells, int columns, int size) {
        return render(id, title, description, contours, cells, columns, size, false);
    }

    /**
     * As {@link #render(String, String, String, DensityContours, List, int, int)}; a {@code compact}
     * grid (for storyboards of many panels) draws only the 90% contour and at most
     * {@value #COMPACT_POINTS} samples per panel, to keep the file small.
     */
    public static String render(String id, String title, String description, DensityContours contours,
            List<Cell> cells, int columns, int size, boolean compact) {
        if (cells.isEmpty() || columns < 1) {
            throw new IllegalArgumentException("cells must not be empty and columns must be >= 1, were "
                    + cells.size() + " and " + columns);
        }
        int rows = (cells.size() + columns - 1) / columns;
        int width = columns * (size + GAP) + GAP;
        int height = rows * (size + HEADER + GAP) + GAP;
        Canvas c = new Canvas(id, width, height);
        double limit = contours.limit();
        for (int p = 0; p < cells.size(); p++) {
            Cell cell = cells.get(p);
            double left = GAP + (p % columns) * (size + GAP);
            double top = GAP + (p / columns) * (size + HEADER + GAP);
            Frame f = new Frame(left, top + HEADER, size, size, -limit, limit, -limit, limit);
            c.font(12, true);
            c.text(cell.heading(), left, top + 13, Canvas.INK);
            c.font(11, false);
            c.text(cell.detail(), left, top + 29, Canvas.MUTED);
            c.g.setColor(Canvas.FAINT);
            c.g.setStroke(Canvas.HAIRLINE);
            c.g.draw(f.box());
            c.beginGroup("contours-" + p);
            for (int q = 0; q < DensityContours.MASSES.length; q++) {
                if (!compact || q == 1) {
                    SamplerFigure.contour(c, f, contours.lines(q), SamplerFigure.CONTOUR[q]);
                }
            }
            c.endGroup();
            c.nextId("points-" + p);
            c.dots(f, cell.samples(), Math.min(compact ? COMPACT_POINTS : MAX_POINTS, cell.samples().size()), DOT);
        }
        return c.finish(title, description);
    }

    /**
     * One panel in words, computed from its data: heading, detail, the sample mean, the share
     * of samples inside the contour that holds 90% of the target, and how many fall off the axes.
     */
    public static String describe(DensityContours contours, Cell cell) {
        PointCloud s = cell.samples();
        double limit = contours.limit();
        int outside = 0;
        for (int i = 0; i < s.size(); i++) {
            outside += Math.abs(s.x(i)) > limit || Math.abs(s.y(i)) > limit ? 1 : 0;
        }
        return cell.heading() + " (" + cell.detail() + "): " + s.size() + " samples, mean ("
                + Numbers.fixed(s.meanX(), 2) + ", " + Numbers.fixed(s.meanY(), 2) + "), "
                + Numbers.percent(contours.fractionInside(s, 1)) + " inside the 90% contour"
                + (outside > 0 ? ", " + outside + " outside the axes" : "");
    }
}
