package org.diffusioncourse.lesson.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.diffusioncourse.inquiry.InquiryService;
import org.diffusioncourse.lesson.ContentService;
import org.diffusioncourse.lesson.Course;
import org.diffusioncourse.lesson.Lesson;
import org.diffusioncourse.notes.NoteService;
import org.diffusioncourse.practice.LessonProgress;
import org.diffusioncourse.practice.PracticeService;
import org.diffusioncourse.progress.LastTouched;
import org.diffusioncourse.progress.LearnerProgress;
import org.diffusioncourse.render.CourseMapFigure;
import org.diffusioncourse.review.LessonGrounding;
import org.diffusioncourse.review.ReviewService;
import org.diffusioncourse.review.ReviewState;
import org.diffusioncourse.security.CurrentUser;

/**
 * The course home: the lessons in order, each with how well its claims are grounded (review
 * counts, shown to every visitor), and the prerequisite map. A signed-in learner also sees where
 * they left off (the lesson and demo state last touched, as a link) and their progress per lesson
 * (practice items done, notes kept, whether a visual cue is picked); a visitor sees none of that.
 */
@Route("")
@AnonymousAllowed
@PageTitle("Diffusion, score matching and flow matching")
public class CourseHomeView extends Div implements BeforeEnterObserver {

    private final ContentService content;
    private final PracticeService practice;
    private final CurrentUser currentUser;
    private final ReviewService reviews;
    private final NoteService notes;
    private final LearnerProgress whereLeft;
    private final InquiryService inquiries;

    public CourseHomeView(ContentService content, PracticeService practice, CurrentUser currentUser,
            ReviewService reviews, NoteService notes, LearnerProgress whereLeft, InquiryService inquiries) {
        this.content = content;
        this.practice = practice;
        this.currentUser = currentUser;
        this.reviews = reviews;
        this.notes = notes;
        this.whereLeft = whereLeft;
        this.inquiries = inquiries;
        addClassName("course-home");
        LiveContent.follow(this, content, this::build);
    }

    /** Drawn on every visit, so the progress shown is the signed-in learner's as of now. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        build(content.course());
    }

    private void build(Course course) {
        removeAll();
        add(new H1(course.title()));
        Paragraph summary = new Paragraph(course.summary());
        summary.addClassName("lead");
        add(summary);
        if (!course.errors().isEmpty()) {
            add(ProblemPanel.of("The content has " + course.errors().size()
                    + " problem(s). Authors: fix these files; the site reloads them on save.", course.errors()));
        }
        if (!course.warnings().isEmpty()) {
            add(ProblemPanel.warnings(course.warnings().size()
                    + " placeholder(s) still to replace; the lessons are served meanwhile.", course.warnings()));
        }
        boolean signedIn = currentUser.account().isPresent();
        if (signedIn) {
            whereLeft.lastTouched().ifPresent(last -> resume(course, last));
        }
        add(new H2("Lessons"));
        Map<String, LessonProgress> progress = progress(course, signedIn);
        Map<String, Integer> kept = signedIn ? notes.countsByLesson() : Map.of();
        Set<String> picked = signedIn ? inquiries.mine().keySet() : Set.of();
        Map<String, LessonGrounding> grounding = reviews.grounding(course).stream()
                .collect(Collectors.toMap(LessonGrounding::lessonId, g -> g));
        OrderedList lessons = new OrderedList();
        lessons.addClassName("lesson-list");
        for (Course.Entry entry : course.entries()) {
            ListItem item = item(course, entry);
            LessonGrounding checked = grounding.get(entry.id());
            if (checked != null) {
                item.add(grounding(checked));
            }
            LessonProgress mine = progress.get(entry.id());
            if (mine != null) {
                Paragraph line = new Paragraph("Your progress: "
                        + summary(mine, kept.getOrDefault(entry.id(), 0), picked.contains(entry.id())));
                line.addClassName("lesson-progress");
                line.setId("progress-" + entry.id());
                item.add(line);
            }
            lessons.add(item);
        }
        add(lessons);
        RouterLink symbols = new RouterLink("Course-wide notation", NotationView.class);
        symbols.setId("notation-link");
        Paragraph notation = new Paragraph(symbols, new Span(": every symbol of every lesson, with the meanings a"
                + " letter takes in different lessons side by side."));
        notation.addClassName("course-notation");
        add(notation);

        add(new H2("Prerequisite map"));
        List<CourseMapFigure.Node> nodes = course.entries().stream()
                .map(e -> {
                    LessonProgress mine = progress.get(e.id());
                    return mine == null ? new CourseMapFigure.Node(e.id(), e.title(), e.lesson() != null, e.prerequisites())
                            : new CourseMapFigure.Node(e.id(), e.title(), true, e.prerequisites(),
                                    mine.items() == 0 ? 0 : (double) mine.committed() / mine.items(),
                                    summary(mine, kept.getOrDefault(e.id(), 0), picked.contains(e.id())));
                })
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

    /**
     * "Grounding: 5 claims: 3 supported, 1 stale, 1 not reviewed", after a bar with one segment
     * per state. The sentence is the text alternative; the bar is hidden from screen readers.
     */
    private static Div grounding(LessonGrounding counts) {
        Div bar = new Div();
        bar.addClassName("grounding-bar");
        bar.getElement().setAttribute("aria-hidden", "true");
        for (ReviewState s : ReviewState.values()) {
            if (counts.count(s) > 0) {
                Span part = new Span();
                part.addClassName("grounding-" + s.slug());
                part.getStyle().set("flex-grow", Integer.toString(counts.count(s)));
                bar.add(part);
            }
        }
        Span text = new Span("Grounding: " + counts.summary() + ".");
        text.setId("grounding-" + counts.lessonId());
        Div line = new Div(bar, text);
        line.addClassName("lesson-grounding");
        return line;
    }

    /** "Continue where you left off": the lesson last touched, linked with its demo state. */
    private void resume(Course course, LastTouched last) {
        Lesson lesson = course.lesson(last.lessonId()).orElse(null);
        if (lesson == null) {
            return;
        }
        Div block = new Div();
        block.setId("continue");
        block.addClassName("continue");
        H2 heading = new H2("Continue where you left off");
        Anchor link = new Anchor(last.link(), lesson.title());
        link.setId("continue-link");
        link.getElement().setAttribute("router-link", true);
        block.add(heading, link);
        Map<String, String> state = last.demoState();
        if (!state.isEmpty()) {
            Paragraph where = new Paragraph("Demo at " + state.entrySet().stream()
                    .map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining(", ")));
            where.setId("continue-state");
            where.addClassName("continue-state");
            block.add(where);
        }
        add(block);
    }

    /** The practice summary and, when there are any, the notes kept in the lesson and the visual cue picked there. */
    static String summary(LessonProgress practice, int notesKept, boolean cuePicked) {
        String items = practice.started() || (notesKept == 0 && !cuePicked) ? practice.summary()
                : "0 of " + practice.items() + " practice items done";
        String notes = notesKept == 0 ? "" : ", " + notesKept + (notesKept == 1 ? " note kept" : " notes kept");
        return items + notes + (cuePicked ? ", visual cue picked" : "");
    }

    /** The signed-in learner's progress per written lesson; empty for a visitor. */
    private Map<String, LessonProgress> progress(Course course, boolean signedIn) {
        if (!signedIn) {
            return Map.of();
        }
        List<Lesson> written = course.entries().stream().map(Course.Entry::lesson).filter(java.util.Objects::nonNull).toList();
        return practice.progress(written);
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
