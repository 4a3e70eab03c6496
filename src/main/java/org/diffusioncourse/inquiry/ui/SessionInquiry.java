package org.diffusioncourse.inquiry.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.diffusioncourse.lesson.Lesson;

/**
 * A visitor's pick, kept in the browser session: it survives a reload and a walk through other
 * lessons and goes when the session ends. The session holds at most one option id per lesson of
 * the course, each checked against the lesson before it is kept, so it cannot grow beyond that.
 */
record SessionInquiry(VaadinSession session) implements InquiryRecord {

    @Override
    public Optional<String> find(Lesson lesson) {
        return Optional.ofNullable(picks().byLesson.get(lesson.id())).filter(id -> lesson.inquiry().option(id).isPresent());
    }

    @Override
    public String pick(Lesson lesson, String optionId) {
        if (lesson.inquiry().option(optionId).isEmpty()) {
            throw new IllegalArgumentException("the visual inquiry of lesson '" + lesson.id() + "' has no option '"
                    + optionId + "'");
        }
        Optional<String> kept = find(lesson);
        if (kept.isPresent()) {
            return kept.get();
        }
        picks().byLesson.put(lesson.id(), optionId);
        return optionId;
    }

    @Override
    public Optional<Component> notice() {
        Paragraph notice = new Paragraph("Sign in to keep your pick; without an account it is kept only until this "
                + "browser session ends.");
        notice.addClassName("sign-in-notice");
        return Optional.of(notice);
    }

    private Picks picks() {
        Picks picks = session.getAttribute(Picks.class);
        if (picks == null) {
            picks = new Picks();
            session.setAttribute(Picks.class, picks);
        }
        return picks;
    }

    /** The session's picks: option id by lesson id. Only touched while the session is locked, as every UI access is. */
    static final class Picks implements Serializable {
        private final Map<String, String> byLesson = new HashMap<>();
    }
}
