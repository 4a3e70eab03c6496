package org.diffusioncourse.render;

import java.awt.geom.Rectangle2D;

/**
 * A plot area: the pixel rectangle (left, top, width, height) showing data
 * [xMin, xMax] x [yMin, yMax], y pointing up.
 */
record Frame(double left, double top, double width, double height,
        double xMin, double xMax, double yMin, double yMax) {

    double px(double x) {
        return left + (x - xMin) / (xMax - xMin) * width;
    }

    double py(double y) {
        return top + (yMax - y) / (yMax - yMin) * height;
    }

    double right() {
        return left + width;
    }

    double bottom() {
        return top + height;
    }

    boolean contains(double x, double y) {
        return x >= xMin && x <= xMax && y >= yMin && y <= yMax;
    }

    Rectangle2D box() {
        return new Rectangle2D.Double(left, top, width, height);
    }
}
