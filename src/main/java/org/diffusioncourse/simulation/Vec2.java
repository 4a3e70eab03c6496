package org.diffusioncourse.simulation;

/** A vector in the plane. */
public record Vec2(double x, double y) {
}
