package org.diffusioncourse.lesson.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.diffusioncourse.base.ui.InlineText;
import org.diffusioncourse.base.ui.MathFormula;
import org.diffusioncourse.demo.catalog.DemoCatalog;
import org.diffusioncourse.demo.catalog.DirectiveViews;
import org.diffusioncourse.lesson.ContentProblem;
import org.diffusioncourse.lesson.ContentService;
import org.diffusioncourse.lesson.Course;
import org.diffusioncourse.lesson.Directive;
import org.diffusioncourse.lesson.Lesson;
import org.diffusioncourse.notes.NoteService;
import org.diffusioncourse.notes.PageObject;
import org.diffusioncourse.notes.PageObjects;
import org.diffusioncourse.notes.ui.NoteEditor;
import org.diffusioncourse.practice.PracticeService;
import org.diffusioncourse.review.ReviewService;
import org.diffusioncourse.security.CurrentUser;
import org.jspecify.annotations.Nullable;

/**
 * A lesson page: the notation panel, then the fixed sections with their Markdown and live
 * components. The demo's state lives in the URL's query string, so a copied link shows the
 * same figure. When the lesson file changes, the open page redraws itself.
 */
@Route("lessons/:id")
@AnonymousAllowed
public class LessonView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ContentService content;
    private final DirectiveViews directives;
    private final DemoCatalog catalog;
    private final NoteService notes;
    private final PracticeService practiceRecords;
    private final ReviewService reviews;
    private final CurrentUser currentUser;
    private String lessonId = "";
    private @Nullable NoteEditor editor;
    private @Nullable Lesson shown;
    private String demoId = "";
    private Map<String, String> query = Map.of();
    private String title = "Lesson";

    public LessonView(ContentService content, DirectiveViews directives, DemoCatalog catalog, NoteService notes,
                      PracticeService practice, ReviewService reviews, CurrentUser currentUser) {
        this.content = content;
        this.directives = directives;
        this.catalog = catalog;
        this.notes = notes;
        this.practiceRecords = practice;
        this.reviews = reviews;
        this.currentUser = currentUser;
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
        build(content.course());
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
            title = "Lesson not found";
            add(new H1(title));
            add(new Paragraph(course.entry(lessonId).map(e -> e.planned()
                    ? "“" + e.title() + "” is planned but not written yet."
                    : "This lesson could not be read.").orElse("There is no lesson called “" + lessonId + "”.")));
            if (!problems.isEmpty()) {
                add(ProblemPanel.of("Problems in " + file + ":", problems));
            }
            add(new RouterLink("Back to the course", CourseHomeView.class));
            return;
        }
        title = lesson.title();
        shown = lesson;
        boolean signedIn = currentUser.account().isPresent();
        PracticeFactory practice = new PracticeFactory(catalog, signedIn ? practiceRecords : null);
        List<PageObject> objects = PageObjects.of(lesson);
        demoId = lesson.demo().flatMap(Directive::subject).orElse("");
        PageObject demoState = demoId.isEmpty() ? null : PageObjects.demoState(lesson, demoId, initialDemoState(lesson));
        NoteEditor notesEditor = new NoteEditor(signedIn ? notes : null, lesson, objects, demoState);
        editor = notesEditor;
        Function<String, Component> noteButton = key -> noteButton(objects.stream()
                .filter(o -> o.key().equals(key)).findFirst().orElseThrow());
        if (!problems.isEmpty()) {
            add(ProblemPanel.of("This lesson has " + problems.size() + " problem(s) in " + file
                    + "; the parts that could be read are shown.", problems));
        }
        add(header(course, lesson));
        Div body = new Div();
        body.addClassName("lesson-body");
        Div sections = new Div();
        sections.addClassName("lesson-sections");
        boolean demoTakesLink = true;
        for (Lesson.Section section : lesson.sections()) {
            Section element = new Section();
            element.setId(section.kind().anchor());
            element.addClassName("lesson-section");
            H2 heading = new H2(section.kind().heading());
            heading.setId(section.kind().anchor() + "-heading");
            element.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
            element.add(heading);
            for (Lesson.Block block : section.blocks()) {
                switch (block) {
                    case Lesson.Block.Html html -> element.add(markdown(html.html()));
                    case Lesson.Block.DirectiveBlock d -> {
                        boolean isDemo = d.directive().kind() == Directive.Kind.DEMO;
                        element.add(directives.create(d.directive(), isDemo && demoTakesLink ? query : Map.of(),
                                isDemo && demoTakesLink ? this::demoMoved : params -> { }));
                        if (isDemo && demoTakesLink) {
                            Button note = new Button("Note this demo state", click -> notesEditor.select(
                                    PageObjects.demoState(lesson, demoId, query.isEmpty() ? initialDemoState(lesson) : query)));
                            note.addClassName("note-button");
                            note.setId("note-demo-state");
                            element.add(note);
                        } else if (d.directive().kind() == Directive.Kind.CODE) {
                            element.add(noteButton.apply("code:" + d.directive().subject().orElse("")));
                        }
                        demoTakesLink &= !isDemo;
                    }
                }
            }
            switch (section.kind()) {
                case SOURCE_GROUNDING -> element.add(SourcesPanel.sources(course, lesson, noteButton),
                        SourcesPanel.claims(course, lesson, reviews.statuses(lesson), noteButton));
                case PRACTICE -> lesson.practice().forEach(item -> element.add(
                        practice.card(lesson, item, noteButton.apply("practice:" + item.id()))));
                case RESEARCH_ROOM -> element.add(ResearchPanel.of(lesson, notesEditor, noteButton));
                default -> { }
            }
            sections.add(element);
        }
        body.add(sections, notation(lesson));
        add(body);
    }

    private Div header(Course course, Lesson lesson) {
        Div header = new Div();
        header.addClassName("lesson-header");
        H1 h1 = new H1(lesson.title());
        Paragraph summary = new Paragraph(lesson.summary());
        summary.addClassName("lead");
        header.add(h1, summary);
        if (!lesson.prerequisites().isEmpty()) {
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
            header.add(needs);
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

    private static Aside notation(Lesson lesson) {
        Aside aside = new Aside();
        aside.addClassName("notation-panel");
        aside.setId("notation");
        aside.getElement().setAttribute("aria-labelledby", "notation-heading");
        H2 heading = new H2("Notation on this page");
        heading.setId("notation-heading");
        aside.add(heading);
        com.vaadin.flow.component.html.DescriptionList list = new com.vaadin.flow.component.html.DescriptionList();
        for (Lesson.Notation row : lesson.notation()) {
            list.add(new com.vaadin.flow.component.html.DescriptionList.Term(new MathFormula(row.symbol(), false)),
                    new com.vaadin.flow.component.html.DescriptionList.Description(InlineText.of(row.meaning())));
        }
        aside.add(list);
        return aside;
    }

    /** Lesson HTML from the loader: Markdown rendered with raw HTML escaped. */
    private static Div markdown(String html) {
        Div div = new Div();
        div.addClassName("prose");
        div.getElement().setProperty("innerHTML", html);
        return div;
    }

    /** A small button that opens the research-room editor on {@code object}. */
    private Button noteButton(PageObject object) {
        Button button = new Button("Note", click -> {
            if (editor != null) {
                editor.select(object);
            }
        });
        button.addClassName("note-button");
        button.getElement().setAttribute("aria-label", "Add a note on " + object.label());
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        return button;
    }

    private Map<String, String> initialDemoState(Lesson lesson) {
        return lesson.demo().map(demo -> directives.initialState(demo, query)).orElse(Map.of());
    }

    private void demoMoved(Map<String, String> params) {
        updateUrl(params);
        if (editor != null && shown != null) {
            editor.demoMoved(PageObjects.demoState(shown, demoId, params));
        }
    }

    private void updateUrl(Map<String, String> params) {
        query = Map.copyOf(params);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location("lessons/" + lessonId, QueryParameters.simple(params))));
    }
}
