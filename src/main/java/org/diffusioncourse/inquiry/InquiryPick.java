package org.diffusioncourse.inquiry;

import java.time.Instant;

/**
 * A learner's pick in a lesson's Visual inquiry panel.
 *
 * @param optionId the id of the picked option in the lesson's {@code inquiry:} block
 * @param pickedAt when it was first picked
 */
public record InquiryPick(String lessonId, String optionId, Instant pickedAt) {
}
