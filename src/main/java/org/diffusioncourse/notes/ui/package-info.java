/** The research room's editor on lesson pages and the My notes page. */
@NullMarked
package org.diffusioncourse.notes.ui;

import org.jspecify.annotations.NullMarked;
