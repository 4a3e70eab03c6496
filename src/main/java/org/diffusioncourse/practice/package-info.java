/**
 * The practice loop's record: a learner's committed prediction on each practice item, stored
 * before the reveal; the answer the simulation computed and whether the prediction matched;
 * how many hints were shown; the rubric lines ticked; and per-lesson progress. Stored in
 * {@code practice_attempt} (Flyway V3), always for the signed-in learner.
 */
@NullMarked
package org.diffusioncourse.practice;

import org.jspecify.annotations.NullMarked;
