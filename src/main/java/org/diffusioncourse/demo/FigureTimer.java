package org.diffusioncourse.demo;

import java.util.function.Supplier;

/**
 * Times the drawing of a figure frame that no cache held (its scene, if that was not cached
 * either, and its SVG), per demo and figure: the server's cost of a slider step. Every demo's
 * frames are drawn in one place ({@link Demo#render}), which calls this.
 */
@FunctionalInterface
public interface FigureTimer {

    /** Draws without timing (tests, tools). */
    FigureTimer NONE = new FigureTimer() {
        @Override
        public <T> T time(String demo, String figure, Supplier<T> draw) {
            return draw.get();
        }
    };

    /** Runs {@code draw}, the frame of figure {@code figure} of demo {@code demo}, and returns the frame. */
    <T> T time(String demo, String figure, Supplier<T> draw);
}
