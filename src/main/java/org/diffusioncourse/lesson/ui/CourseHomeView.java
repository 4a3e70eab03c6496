package org.diffusioncourse.lesson.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.stream.Collectors;
import org.diffusioncourse.lesson.ContentService;
import org.diffusioncourse.lesson.Course;
import org.diffusioncourse.render.CourseMapFigure;

/** The course home: the lessons in order and the prerequisite map. */
@Route("")
@AnonymousAllowed
@PageTitle("Diffusion, score matching and flow matching")
public class CourseHomeView extends Div {

    private final ContentService content;

    public CourseHomeView(ContentService content) {
        this.content = content;
        addClassName("course-home");
        build(content.course());
        LiveContent.follow(this, content, this::build);
    }

    private void build(Course course) {
        removeAll();
        add(new H1(course.title()));
        Paragraph summary = new Paragraph(course.summary());
        summary.addClassName("lead");
        add(summary);
        if (!course.problems().isEmpty()) {
            add(ProblemPanel.of("The content has " + course.problems().size()
                    + " problem(s). Authors: fix these files; the site reloads them on save.", course.problems()));
        }
        add(new H2("Lessons"));
        OrderedList lessons = new OrderedList();
        lessons.addClassName("lesson-list");
        for (Course.Entry entry : course.entries()) {
            lessons.add(item(course, entry));
        }
        add(lessons);

        add(new H2("Prerequisite map"));
        List<CourseMapFigure.Node> nodes = course.entries().stream()
                .map(e -> new CourseMapFigure.Node(e.id(), e.title(), e.lesson() != null, e.prerequisites()))
                .toList();
        Div map = new Div();
        map.addClassName("figure");
        map.addClassName("course-map");
        map.setId("course-map");
        map.getElement().setAttribute("role", "img");
        map.getElement().setAttribute("aria-label", "Prerequisite map of the course");
        map.getElement().setAttribute("aria-describedby", "course-map-text");
        map.getElement().setProperty("innerHTML", CourseMapFigure.render(nodes));
        Paragraph text = new Paragraph(CourseMapFigure.describe(nodes));
        text.setId("course-map-text");
        text.addClassName("figure-text");
        add(map, text);
    }

    private static ListItem item(Course course, Course.Entry entry) {
        ListItem item = new ListItem();
        item.addClassName("lesson-item");
        if (entry.lesson() != null) {
            RouterLink link = new RouterLink(entry.title(), LessonView.class, new RouteParameters("id", entry.id()));
            link.addClassName("lesson-link");
            item.add(link);
        } else {
            Span title = new Span(entry.title());
            title.addClassName("lesson-title");
            Span status = new Span(entry.planned() ? "Planned" : "Cannot be shown: see the problems above");
            status.addClassName(entry.planned() ? "badge-planned" : "badge-error");
            item.add(title, new Span(" "), status);
        }
        if (entry.summary() != null && !entry.summary().isBlank()) {
            Paragraph summary = new Paragraph(entry.summary());
            summary.addClassName("lesson-summary");
            item.add(summary);
        }
        if (!entry.prerequisites().isEmpty()) {
            Paragraph needs = new Paragraph("Builds on: " + entry.prerequisites().stream()
                    .map(id -> course.entry(id).map(Course.Entry::title).orElse(id))
                    .collect(Collectors.joining(", ")));
            needs.addClassName("lesson-needs");
            item.add(needs);
        }
        return item;
    }
}
