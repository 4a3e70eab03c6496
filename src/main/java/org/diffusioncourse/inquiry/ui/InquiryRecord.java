package org.diffusioncourse.inquiry.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.diffusioncourse.lesson.Lesson;

/**
 * Where a Visual inquiry pick is kept: with the account for a signed-in learner
 * ({@link SignedInInquiry}), in the browser session for a visitor ({@link SessionInquiry}). Both
 * keep the first pick of a lesson and refuse an option the lesson does not have.
 */
interface InquiryRecord {

    /** The id of the option kept for the lesson, if any, and only while the lesson still has that option. */
    Optional<String> find(Lesson lesson);

    /**
     * Picks the option unless one is kept for the lesson already.
     *
     * @return the id of the option kept: {@code optionId}, or the earlier pick
     * @throws IllegalArgumentException when the lesson has no such option
     */
    String pick(Lesson lesson, String optionId);

    /** What the panel says about where the pick is kept; empty when it is kept with the account. */
    Optional<Component> notice();
}
