package org.diffusioncourse.inquiry.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.VaadinSession;
import org.diffusioncourse.inquiry.InquiryService;
import org.diffusioncourse.lesson.Lesson;
import org.diffusioncourse.security.CurrentUser;

/** Builds a lesson page's Visual inquiry panel for whoever is reading it. */
@org.springframework.stereotype.Component
public class InquiryPanels {

    private final InquiryService inquiries;
    private final CurrentUser currentUser;

    InquiryPanels(InquiryService inquiries, CurrentUser currentUser) {
        this.inquiries = inquiries;
        this.currentUser = currentUser;
    }

    /** The panel, keeping a signed-in learner's pick with the account and a visitor's in the session. */
    public Component of(Lesson lesson) {
        InquiryRecord record = currentUser.account().isPresent()
                ? new SignedInInquiry(inquiries) : new SessionInquiry(VaadinSession.getCurrent());
        return new InquiryPanel(record, lesson);
    }
}
