package org.diffusioncourse.render;

import java.awt.BasicStroke;
import java.awt.Stroke;

/** The pens the figures draw with: round ones for dots, paths and curves, and the contour levels' three. */
public final class Strokes {

    private Strokes() {
    }

    /** A round-capped, round-joined pen {@code width} px wide: dots, paths and curves. */
    public static Stroke round(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /**
     * The pens of the 50%, 90% and 99% density contours: solid, dashed (6 on, 3 off) and dotted
     * (2 on, 3 off), so the levels differ without colour.
     */
    public static Stroke[] contours(float solid, float dashed, float dotted) {
        return new Stroke[] {round(solid),
            new BasicStroke(dashed, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 3f}, 0f),
            new BasicStroke(dotted, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {2f, 3f}, 0f)};
    }
}
