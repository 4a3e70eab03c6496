package org.diffusioncourse.lesson.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.diffusioncourse.demo.DemoFigure;
import org.diffusioncourse.demo.catalog.DirectiveViews;
import org.diffusioncourse.inquiry.ui.InquiryPanels;
import org.diffusioncourse.lesson.Course;
import org.diffusioncourse.lesson.Directive;
import org.diffusioncourse.lesson.Lesson;
import org.diffusioncourse.notes.PageObject.Kind;
import org.diffusioncourse.notes.PageObject;
import org.diffusioncourse.notes.PageObjects;
import org.diffusioncourse.notes.ui.NoteEditor;
import org.diffusioncourse.notes.ui.NoteEditors;
import org.diffusioncourse.practice.ui.PracticeCards;
import org.diffusioncourse.review.ReviewService;

/**
 * The body of a lesson page: the fixed sections in order, each with its Markdown and the live
 * parts its directives place, then what each section adds (the Visual inquiry panel after the
 * demo, sources and claims, practice cards, the research room), and the notation panel beside
 * them. Every object a note can attach to gets a Note button that opens the research-room editor
 * on it.
 */
@org.springframework.stereotype.Component
class LessonSections {

    private final DirectiveViews directives;
    private final PracticeCards practice;
    private final NoteEditors editors;
    private final ReviewService reviews;
    private final InquiryPanels inquiry;

    LessonSections(DirectiveViews directives, PracticeCards practice, NoteEditors editors, ReviewService reviews,
                   InquiryPanels inquiry) {
        this.directives = directives;
        this.practice = practice;
        this.editors = editors;
        this.reviews = reviews;
        this.inquiry = inquiry;
    }

    /**
     * @param link   the page link's parameters, which the lesson's demo starts from
     * @param onMove told the demo's full parameters whenever they change, to keep the link in step
     */
    Div body(Course course, Lesson lesson, Map<String, String> link, Consumer<Map<String, String>> onMove) {
        return new Page(course, lesson, link, onMove).body();
    }

    /** One drawing of one page: its objects, its demo's link and its note editor. */
    private final class Page {

        private final Course course;
        private final Lesson lesson;
        private final Map<String, String> link;
        private final Consumer<Map<String, String>> onMove;
        private final List<PageObject> objects;
        private final Optional<Directive> demo;
        private final String demoId;
        private final NoteEditor editor;
        private Map<String, String> demoState;

        Page(Course course, Lesson lesson, Map<String, String> link, Consumer<Map<String, String>> onMove) {
            this.course = course;
            this.lesson = lesson;
            this.link = link;
            this.onMove = onMove;
            this.objects = PageObjects.of(lesson);
            this.demo = lesson.demo();
            this.demoId = demo.flatMap(Directive::subject).orElse("");
            Map<String, String> first = demo.map(d -> directives.initialState(d, link)).orElse(Map.of());
            this.demoState = link.isEmpty() ? first : link;
            this.editor = editors.editor(lesson, objects, demo.map(d -> PageObjects.demoState(lesson, demoId, first)));
        }

        Div body() {
            Div sections = new Div();
            sections.addClassName("lesson-sections");
            lesson.sections().forEach(section -> sections.add(section(section)));
            Div body = new Div(sections, NotationPanel.of(lesson));
            body.addClassName("lesson-body");
            return body;
        }

        private Section section(Lesson.Section section) {
            Section element = new Section();
            element.setId(section.kind().anchor());
            element.addClassName("lesson-section");
            H2 heading = new H2(section.kind().heading());
            heading.setId(section.kind().anchor() + "-heading");
            element.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
            element.add(heading);
            for (Lesson.Block block : section.blocks()) {
                switch (block) {
                    case Lesson.Block.Html html -> element.add(prose(html.html()));
                    case Lesson.Block.DirectiveBlock placed -> place(placed.directive(), element);
                    case Lesson.Block.Broken broken -> element.add(ProblemPanel.inPlace(broken.problems()));
                }
            }
            switch (section.kind()) {
                // As in the concept notebook, the inquiry follows the first pass and comes before the sources.
                case DEMO -> {
                    if (!lesson.inquiry().options().isEmpty()) {
                        element.add(inquiry.of(lesson));
                    }
                }
                case SOURCE_GROUNDING -> element.add(SourcesPanel.sources(course, lesson, this::noteButton),
                        SourcesPanel.claims(course, lesson, reviews.statuses(lesson), this::noteButton));
                case PRACTICE -> practice.of(lesson, item -> noteButton(Kind.PRACTICE.key(item.id()))).forEach(element::add);
                case RESEARCH_ROOM -> element.add(ResearchPanel.of(lesson, editor, this::noteButton));
                default -> { }
            }
            return element;
        }

        /** The live part a directive places, with its Note button where it has one. */
        private void place(Directive directive, Section element) {
            if (demo.filter(directive::equals).isPresent()) {
                Component placed = directives.create(directive, link, this::demoMoved);
                DemoFigure.inLesson(placed, lesson.id());
                element.add(placed, demoNoteButton());
                return;
            }
            // Only the lesson's demo follows the link; a second demo or a storyboard starts as written.
            Component placed = directives.create(directive, Map.of(), params -> { });
            DemoFigure.inLesson(placed, lesson.id());
            element.add(placed);
            if (directive.kind() == Directive.Kind.CODE) {
                element.add(noteButton(Kind.CODE.key(directive.subject().orElse(""))));
            }
        }

        private void demoMoved(Map<String, String> params) {
            demoState = Map.copyOf(params);
            onMove.accept(demoState);
            editor.demoMoved(PageObjects.demoState(lesson, demoId, demoState));
        }

        private Button demoNoteButton() {
            Button note = new Button("Note this demo state",
                    click -> editor.select(PageObjects.demoState(lesson, demoId, demoState)));
            note.addClassName("note-button");
            note.setId("note-demo-state");
            return note;
        }

        /** A small button that opens the research-room editor on the object with this key. */
        private Button noteButton(String key) {
            PageObject object = objects.stream().filter(o -> o.key().equals(key)).findFirst().orElseThrow();
            Button button = new Button("Note", click -> editor.select(object));
            button.addClassName("note-button");
            button.getElement().setAttribute("aria-label", "Add a note on " + object.label());
            button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            return button;
        }
    }

    /** Lesson HTML from the loader: Markdown rendered with raw HTML escaped. */
    private static Div prose(String html) {
        Div div = new Div();
        div.addClassName("prose");
        div.getElement().setProperty("innerHTML", html);
        return div;
    }
}
