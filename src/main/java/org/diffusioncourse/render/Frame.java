package org.diffusioncourse.render;

import java.awt.geom.Rectangle2D;

/**
 * A plot area: the pixel rectangle (left, top, width, height) showing data
 * [xMin, xMax] x [yMin, yMax], y pointing up.
 */
public record Frame(double left, double top, double width, double height,
        double xMin, double xMax, double yMin, double yMax) {

    public double px(double x) {
        return left + (x - xMin) / (xMax - xMin) * width;
    }

    public double py(double y) {
        return top + (yMax - y) / (yMax - yMin) * height;
    }

    public double right() {
        return left + width;
    }

    public double bottom() {
        return top + height;
    }

    public boolean contains(double x, double y) {
        return x >= xMin && x <= xMax && y >= yMin && y <= yMax;
    }

    public Rectangle2D box() {
        return new Rectangle2D.Double(left, top, width, height);
    }
}
