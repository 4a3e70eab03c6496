/**
 * The Visual inquiry record: which visible object of a lesson page a signed-in learner picked to
 * carry their first intuition, one pick per learner and lesson, the first one kept. Stored in
 * {@code inquiry_pick} (Flyway V7), always for the signed-in learner, and only for a lesson and
 * an option that the current content has.
 */
@NullMarked
package org.diffusioncourse.inquiry;

import org.jspecify.annotations.NullMarked;
