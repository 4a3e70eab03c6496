/**
 * Where a signed-in learner left off: the lesson they last opened or whose demo they last moved,
 * with the demo's state, so the course home can offer "continue where you left off". Stored in
 * {@code learner_progress} (Flyway V5), written off the request thread and at most once every
 * {@link org.diffusioncourse.progress.TouchWriter#QUIET_MS} ms per learner; an anonymous visitor
 * gets a tracker that records nothing.
 */
@NullMarked
package org.diffusioncourse.progress;

import org.jspecify.annotations.NullMarked;
