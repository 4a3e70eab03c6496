/**
 * The Visual inquiry panel of a lesson page: the learner picks, with the keyboard or the mouse,
 * which visible object should carry the first intuition, and is then shown what that cue reveals,
 * with the other cues' reveals to open. A signed-in learner's pick is kept with the account; a
 * visitor's is kept for the browser session, and the panel says so.
 */
@NullMarked
package org.diffusioncourse.inquiry.ui;

import org.jspecify.annotations.NullMarked;
