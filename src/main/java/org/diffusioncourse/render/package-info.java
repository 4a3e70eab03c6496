/**
 * Deterministic SVG figures drawn with JFreeSVG. Every figure is a pure function of its inputs:
 * fixed decimal places, a fixed id prefix per figure kind, and no clocks or random ids, so the
 * same inputs give the same bytes.
 */
@NullMarked
package org.diffusioncourse.render;

import org.jspecify.annotations.NullMarked;
