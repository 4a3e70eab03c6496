package org.diffusioncourse.lesson.ui;

import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import org.diffusioncourse.base.ui.InlineText;
import org.diffusioncourse.base.ui.MathFormula;
import org.diffusioncourse.lesson.Lesson;

/** The panel beside a lesson's text: each symbol on the page and what it means, with the direction of time. */
final class NotationPanel {

    private NotationPanel() {
    }

    static Aside of(Lesson lesson) {
        Aside aside = new Aside();
        aside.addClassName("notation-panel");
        aside.setId("notation");
        aside.getElement().setAttribute("aria-labelledby", "notation-heading");
        H2 heading = new H2("Notation on this page");
        heading.setId("notation-heading");
        aside.add(heading);
        DescriptionList list = new DescriptionList();
        for (Lesson.Notation row : lesson.notation()) {
            list.add(new DescriptionList.Term(new MathFormula(row.symbol(), false)),
                    new DescriptionList.Description(InlineText.of(row.meaning())));
        }
        aside.add(list);
        return aside;
    }
}
