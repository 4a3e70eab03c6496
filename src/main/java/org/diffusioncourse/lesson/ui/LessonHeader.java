package org.diffusioncourse.lesson.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.diffusioncourse.lesson.Course;
import org.diffusioncourse.lesson.Lesson;

/** The top of a lesson page: title, summary, the lessons it builds on and the sections on the page. */
final class LessonHeader {

    private LessonHeader() {
    }

    static Div of(Course course, Lesson lesson) {
        Div header = new Div();
        header.addClassName("lesson-header");
        Paragraph summary = new Paragraph(lesson.summary());
        summary.addClassName("lead");
        header.add(new H1(lesson.title()), summary);
        if (!lesson.prerequisites().isEmpty()) {
            header.add(buildsOn(course, lesson));
        }
        Nav toc = new Nav();
        toc.addClassName("lesson-toc");
        toc.getElement().setAttribute("aria-label", "On this page");
        UnorderedList links = new UnorderedList();
        lesson.sections().forEach(s -> links.add(new ListItem(new Anchor("#" + s.kind().anchor(), s.kind().heading()))));
        toc.add(links);
        header.add(toc);
        return header;
    }

    /** "Builds on: A, B (planned)", each written prerequisite linked to its page. */
    private static Paragraph buildsOn(Course course, Lesson lesson) {
        Paragraph needs = new Paragraph("Builds on: ");
        needs.addClassName("lesson-needs");
        for (int i = 0; i < lesson.prerequisites().size(); i++) {
            String id = lesson.prerequisites().get(i);
            Course.Entry entry = course.entry(id).orElse(null);
            String name = entry == null ? id : entry.title();
            if (entry != null && entry.lesson() != null) {
                needs.add(new RouterLink(name, LessonView.class, new RouteParameters("id", id)));
            } else {
                needs.add(new Span(name + (entry != null && entry.planned() ? " (planned)" : "")));
            }
            if (i < lesson.prerequisites().size() - 1) {
                needs.add(new Span(", "));
            }
        }
        return needs;
    }
}
