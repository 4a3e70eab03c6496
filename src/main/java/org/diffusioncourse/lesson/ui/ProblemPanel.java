package org.diffusioncourse.lesson.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.diffusioncourse.lesson.ContentProblem;

/** Content problems shown on the page (as text: file, line, message), not as a stack trace. */
final class ProblemPanel {

    private ProblemPanel() {
    }

    static Div of(String heading, List<ContentProblem> problems) {
        Div panel = new Div();
        panel.addClassName("problem-box");
        panel.setId("content-problems");
        panel.getElement().setAttribute("role", "alert");
        UnorderedList list = new UnorderedList();
        problems.forEach(problem -> list.add(new ListItem(problem.toString())));
        panel.add(new Paragraph(heading), list);
        return panel;
    }
}
