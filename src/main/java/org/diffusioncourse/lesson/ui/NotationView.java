package org.diffusioncourse.lesson.ui;

import com.vaadin.flow.component.html.Anchor;
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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.diffusioncourse.base.ui.InlineText;
import org.diffusioncourse.base.ui.MathFormula;
import org.diffusioncourse.lesson.Anchors;
import org.diffusioncourse.lesson.ContentService;
import org.diffusioncourse.lesson.Course;
import org.diffusioncourse.lesson.CourseNotation;

/**
 * Every symbol of every lesson's notation panel on one page ({@link CourseNotation}): one section
 * per symbol with each lesson's meaning beside a link to that lesson's panel, an index of the
 * symbols first, and the symbols that several lessons write listed apart, since those are where a
 * letter changes its meaning. Author text is shown as text and math as {@link MathFormula}, never
 * as markup; the page redraws itself when the content changes.
 */
@Route(Anchors.NOTATION_PAGE)
@AnonymousAllowed
@PageTitle("Course-wide notation · Diffusion course")
public class NotationView extends Div implements BeforeEnterObserver {

    private final ContentService content;

    NotationView(ContentService content) {
        this.content = content;
        addClassName("notation-page");
        LiveContent.follow(this, content, this::build);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        build(content.course());
        ArrivalScroll.toFragment(this);
    }

    private void build(Course course) {
        removeAll();
        CourseNotation notation = CourseNotation.of(course);
        add(new H1("Course-wide notation"));
        Paragraph lead = new Paragraph("Every symbol from the notation panels of the " + course.lessons().size()
                + " lessons, grouped by the letter it is written with. Indices and arguments are left out of the"
                + " grouping, so σ_t, σ(t) and σ_i all stand under σ. A letter written in several lessons often means"
                + " something different in each: read the meaning for the lesson you are in, and follow its link to"
                + " that lesson's panel.");
        lead.addClassName("lead");
        Paragraph time = new Paragraph("Time runs both ways. In the DDPM lessons and the SDE view, t = 0 is data"
                + " and the largest t is noise; in flow matching, t = 0 is noise and t = 1 is data. Each lesson's"
                + " meaning of t below says which convention it uses.");
        time.setId("notation-time");
        add(lead, time);
        if (notation.groups().isEmpty()) {
            add(new Paragraph("No lesson has a notation panel yet."));
            return;
        }
        add(index("notation-shared", "Written in more than one lesson", notation.shared(), true),
                index("notation-index", "All symbols", notation.groups(), false));
        notation.groups().forEach(group -> add(section(group)));
    }

    /** A list of links to the symbols' sections, so that a keyboard user can jump to any of them. */
    private static Nav index(String id, String title, List<CourseNotation.Group> groups, boolean counts) {
        H2 heading = new H2(title);
        heading.setId(id + "-heading");
        UnorderedList list = new UnorderedList();
        list.addClassName("notation-index");
        for (CourseNotation.Group group : groups) {
            // Plain text, not a typeset formula: a link's visible text must be its accessible name.
            Anchor link = new Anchor(Anchors.notationSymbol(group.anchor()), group.text());
            link.addClassName("notation-symbol-link");
            ListItem item = new ListItem(link);
            if (counts) {
                item.add(new Span(" in " + group.lessons() + " lessons"));
            }
            list.add(item);
        }
        Nav nav = new Nav(heading, list);
        nav.setId(id);
        nav.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        return nav;
    }

    private static Section section(CourseNotation.Group group) {
        H2 heading = new H2(new MathFormula(group.key(), false));
        heading.setId(group.anchor() + "-heading");
        heading.getElement().setAttribute("aria-label", "Symbol " + group.text());
        Section section = new Section(heading);
        section.setId(group.anchor());
        section.addClassName("notation-symbol");
        section.getElement().setAttribute("aria-labelledby", group.anchor() + "-heading");
        if (group.lessons() > 1) {
            Paragraph note = new Paragraph("Written in " + group.lessons() + " lessons; compare the meanings.");
            note.addClassName("notation-shared-note");
            section.add(note);
        }
        UnorderedList uses = new UnorderedList();
        uses.addClassName("notation-uses");
        for (CourseNotation.Use use : group.uses()) {
            Anchor lesson = new Anchor(use.link(), use.lessonTitle());
            lesson.getElement().setAttribute("router-link", true);
            lesson.addClassName("notation-lesson");
            ListItem item = new ListItem(new MathFormula(use.symbol(), false), new Span(" in "), lesson,
                    new Span(": "), InlineText.of(use.meaning()));
            item.addClassName("notation-use");
            uses.add(item);
        }
        section.add(uses);
        return section;
    }
}
