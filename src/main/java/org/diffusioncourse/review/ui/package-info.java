/** The reviewers' queue of claims (filters, keyboard, what changed) and their dashboard of counts. */
@NullMarked
package org.diffusioncourse.review.ui;

import org.jspecify.annotations.NullMarked;
