package org.diffusioncourse.lesson.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import org.diffusioncourse.base.ui.InlineText;
import org.diffusioncourse.base.ui.MathFormula;
import org.diffusioncourse.lesson.Anchors;
import org.diffusioncourse.lesson.Lesson;

/**
 * The panel beside a lesson's text: each symbol on the page and what it means, with the direction
 * of time, and a link to the course-wide notation page ({@link NotationView}), where each symbol's
 * meanings in the other lessons stand side by side. On a narrow screen it comes first and folds
 * behind a "Show notation" button.
 */
final class NotationPanel {

    private NotationPanel() {
    }

    static Aside of(Lesson lesson) {
        Aside aside = new Aside();
        aside.addClassName("notation-panel");
        aside.setId(Anchors.NOTATION);
        aside.getElement().setAttribute("aria-labelledby", "notation-heading");
        H2 heading = new H2("Notation on this page");
        heading.setId("notation-heading");
        DescriptionList list = new DescriptionList();
        list.setId("notation-list");
        // On a narrow screen the list folds behind this button (styles.css); on a wide one the button is not shown.
        NativeButton toggle = new NativeButton("Show notation");
        toggle.setId("notation-toggle");
        toggle.addClassName("notation-toggle");
        toggle.getElement().setAttribute("aria-expanded", "false");
        toggle.getElement().setAttribute("aria-controls", "notation-list");
        toggle.addClickListener(e -> {
            boolean open = !aside.hasClassName("open");
            aside.setClassName("open", open);
            toggle.setText(open ? "Hide notation" : "Show notation");
            toggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
        });
        aside.add(heading, toggle);
        for (Lesson.Notation row : lesson.notation()) {
            list.add(new DescriptionList.Term(new MathFormula(row.symbol(), false)),
                    new DescriptionList.Description(InlineText.of(row.meaning())));
        }
        Anchor all = new Anchor(Anchors.NOTATION_PAGE, "Every symbol across the course");
        all.setId("notation-all");
        all.getElement().setAttribute("router-link", true);
        Paragraph more = new Paragraph(all);
        more.addClassName("notation-all");
        aside.add(list, more);
        return aside;
    }
}
