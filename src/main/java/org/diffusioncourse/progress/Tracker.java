package org.diffusioncourse.progress;

import java.util.Map;

/**
 * Records where one learner is on a lesson page. Got once per page visit from
 * {@link LearnerProgress#tracker()}, so a slider step needs no account lookup; an anonymous
 * visitor's tracker records nothing.
 */
public interface Tracker {

    /** Records nothing: the tracker of an anonymous visitor. */
    Tracker NONE = (lessonId, demoState) -> { };

    /** The learner is on {@code lessonId} with its demo at {@code demoState}; returns at once. */
    void touched(String lessonId, Map<String, String> demoState);
}
