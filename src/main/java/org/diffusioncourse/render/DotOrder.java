package org.diffusioncourse.render;

/**
 * An order for the dots of one path that keeps neighbours in the path near on the figure, so
 * that {@link RelativePaths} writes short steps between them: horizontal bands
 * {@value #BAND} half-pixels high, top to bottom, each crossed left to right and the next right
 * to left (a serpentine), so no step jumps back across the figure. A dot's place in that order
 * and its position are packed in one {@code long}, which sorts as the order: band (21 bits),
 * position along the band (21 bits), then y (21 bits). Coordinates are half-pixels inside the
 * figure, 0 to 2^20 - 1.
 */
final class DotOrder {

    /** The height of a band in half-pixels: a few dot diameters, so steps within it stay short. */
    static final long BAND = 24;
    private static final int BITS = 21;
    private static final long MASK = (1L << BITS) - 1;
    private static final long LARGEST = (1L << (BITS - 1)) - 1;

    private DotOrder() {
    }

    /** The sort key of the dot at ({@code x}, {@code y}), each in [0, 2^20). */
    static long key(long x, long y) {
        if (x < 0 || y < 0 || x > LARGEST || y > LARGEST) {
            throw new IllegalArgumentException("a dot must lie inside the figure; was at (" + x + ", " + y + ") half-pixels");
        }
        long band = y / BAND;
        long along = band % 2 == 0 ? x : LARGEST - x;
        return band << (2 * BITS) | along << BITS | y;
    }

    static long x(long key) {
        long band = key >>> (2 * BITS);
        long along = key >>> BITS & MASK;
        return band % 2 == 0 ? along : LARGEST - along;
    }

    static long y(long key) {
        return key & MASK;
    }
}
