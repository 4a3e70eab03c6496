/**
 * The practice cards of a lesson page: commit to a prediction, reveal what the simulation
 * computes, hints one at a time, a rubric to tick. A signed-in learner's work is kept; a
 * visitor's is not, and each card says so.
 */
@NullMarked
package org.diffusioncourse.practice.ui;

import org.jspecify.annotations.NullMarked;
