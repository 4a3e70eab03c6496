/**
 * The evaluation lesson's demo: one failure mode of the course's samplers at a range of
 * severities, its samples over the exact target, and every sample measure against severity.
 */
@NullMarked
package org.diffusioncourse.demo.evaluation;

import org.jspecify.annotations.NullMarked;
