/** The reviewers' queue of claims. */
@NullMarked
package org.diffusioncourse.review.ui;

import org.jspecify.annotations.NullMarked;
