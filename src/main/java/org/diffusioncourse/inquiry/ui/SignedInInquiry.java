package org.diffusioncourse.inquiry.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.diffusioncourse.inquiry.InquiryPick;
import org.diffusioncourse.inquiry.InquiryService;
import org.diffusioncourse.lesson.Lesson;

/** A signed-in learner's pick, stored by the {@link InquiryService}. */
record SignedInInquiry(InquiryService service) implements InquiryRecord {

    @Override
    public Optional<String> find(Lesson lesson) {
        return service.find(lesson.id()).map(InquiryPick::optionId).filter(id -> lesson.inquiry().option(id).isPresent());
    }

    @Override
    public String pick(Lesson lesson, String optionId) {
        return service.pick(lesson.id(), optionId).optionId();
    }

    @Override
    public Optional<Component> notice() {
        return Optional.empty();
    }
}
