/** The My models page: the signed-in learner's kept networks, to rename, delete, download and open. */
@NullMarked
package org.diffusioncourse.models.ui;

import org.jspecify.annotations.NullMarked;
