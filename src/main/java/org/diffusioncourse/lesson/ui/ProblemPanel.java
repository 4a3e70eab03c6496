package org.diffusioncourse.lesson.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.diffusioncourse.lesson.ContentProblem;

/**
 * Content problems shown on the page (as text: file, line, message), not as a stack trace: the
 * errors in a box at the top, a broken part's errors in a box where it stood, and warnings
 * (placeholders still to replace) in a small notice that does not interrupt the page.
 */
final class ProblemPanel {

    private ProblemPanel() {
    }

    /** The page's problem box, at the top. */
    static Div of(String heading, List<ContentProblem> problems) {
        Div panel = box(heading, problems);
        panel.setId("content-problems");
        panel.getElement().setAttribute("role", "alert");
        return panel;
    }

    /** In place of a part of a section that could not be shown (a broken directive). */
    static Div inPlace(List<ContentProblem> problems) {
        Div panel = box("This part cannot be shown yet:", problems);
        panel.addClassName("problem-in-place");
        return panel;
    }

    /** Warnings only: a quiet notice, for the page is served as usual. */
    static Div warnings(String heading, List<ContentProblem> warnings) {
        Div notice = list(heading, warnings);
        notice.addClassName("warning-notice");
        notice.setId("content-warnings");
        notice.getElement().setAttribute("role", "status");
        return notice;
    }

    private static Div box(String heading, List<ContentProblem> problems) {
        Div panel = list(heading, problems);
        panel.addClassName("problem-box");
        return panel;
    }

    private static Div list(String heading, List<ContentProblem> problems) {
        Div panel = new Div();
        UnorderedList list = new UnorderedList();
        problems.forEach(problem -> list.add(new ListItem(problem.toString())));
        panel.add(new Paragraph(heading), list);
        return panel;
    }
}
