package org.diffusioncourse.lesson.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diffusioncourse.lesson.ContentProblem;
import org.diffusioncourse.lesson.ContentService;
import org.diffusioncourse.lesson.Course;
import org.diffusioncourse.lesson.Lesson;
import org.diffusioncourse.progress.LearnerProgress;
import org.diffusioncourse.progress.Tracker;

/**
 * A lesson page: its header, then the fixed sections with their Markdown and live components
 * ({@link LessonSections}) beside the notation panel. The demo's state lives in the URL's query
 * string, so a copied link shows the same figure. When the lesson file changes, the open page
 * redraws itself, keeping the demo where the learner left it. A lesson with errors is still
 * previewed: the errors on top, every part that could be read below, a broken directive's errors
 * in its place; only a lesson whose front matter cannot be read falls back to the problem list.
 * Warnings (placeholders still to replace) are a small notice above a page served as usual. A
 * signed-in learner's visit and every move of the demo are noted as where they left off
 * ({@link Tracker}: in memory, written later and throttled, never in the slider's path).
 */
@Route("lessons/:id")
@AnonymousAllowed
public class LessonView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ContentService content;
    private final LessonSections sections;
    private final LearnerProgress progress;
    private Tracker tracker = Tracker.NONE;
    private String lessonId = "";
    private Map<String, String> query = Map.of();
    private String title = "Lesson";

    LessonView(ContentService content, LessonSections sections, LearnerProgress progress) {
        this.content = content;
        this.sections = sections;
        this.progress = progress;
        addClassName("lesson-page");
        LiveContent.follow(this, content, this::build);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        lessonId = event.getRouteParameters().get("id").orElse("");
        Map<String, String> first = new HashMap<>();
        event.getLocation().getQueryParameters().getParameters()
                .forEach((key, values) -> first.put(key, values.isEmpty() ? "" : values.getFirst()));
        query = Map.copyOf(first);
        tracker = progress.tracker();
        Course course = content.course();
        build(course);
        if (course.lesson(lessonId).isPresent()) {
            tracker.touched(lessonId, query);
        }
        // The link's #fragment (a claim, a section) was looked for before this page was drawn.
        ArrivalScroll.toFragment(this);
    }

    @Override
    public String getPageTitle() {
        return title + " · Diffusion course";
    }

    private void build(Course course) {
        removeAll();
        String file = course.entry(lessonId).map(Course.Entry::file)
                .orElse(content.contentDir().getFileName() + "/lessons/" + lessonId + "/index.md");
        List<ContentProblem> problems = course.problemsIn(file);
        Lesson lesson = course.lesson(lessonId).orElse(null);
        if (lesson == null) {
            notFound(course, file, problems);
            return;
        }
        title = lesson.title();
        List<ContentProblem> errors = problems.stream().filter(p -> !p.isWarning()).toList();
        List<ContentProblem> warnings = problems.stream().filter(ContentProblem::isWarning).toList();
        if (!errors.isEmpty()) {
            add(ProblemPanel.of("This lesson has " + errors.size() + " problem(s) in " + file
                    + "; every part that could be read is shown, and a broken part shows its problem in its place.",
                    errors));
        }
        if (!warnings.isEmpty()) {
            add(ProblemPanel.warnings(warnings.size() + " placeholder(s) still to replace in " + file + ":", warnings));
        }
        add(LessonHeader.of(course, lesson), sections.body(course, lesson, query, this::demoMoved));
    }

    private void notFound(Course course, String file, List<ContentProblem> problems) {
        title = "Lesson not found";
        add(new H1(title));
        add(new Paragraph(course.entry(lessonId).map(e -> e.planned()
                ? "“" + e.title() + "” is planned but not written yet."
                : "This lesson could not be read: its file is missing, or its front matter (the YAML between the"
                        + " '---' lines) cannot be read, so no part of it can be shown. The problems below say which;"
                        + " the page comes back when the file is saved without them.").orElse("There is no lesson called “" + lessonId + "”.")));
        if (!problems.isEmpty()) {
            add(ProblemPanel.of("Problems in " + file + ":", problems));
        }
        add(new RouterLink("Back to the course", CourseHomeView.class));
    }

    /** The demo moved: its state goes into the link, without a new history entry per slider step. */
    private void demoMoved(Map<String, String> params) {
        query = Map.copyOf(params);
        tracker.touched(lessonId, query);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location("lessons/" + lessonId, QueryParameters.simple(params))));
    }
}
