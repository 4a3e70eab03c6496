package org.diffusioncourse.lesson.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.diffusioncourse.base.ui.InlineText;
import org.diffusioncourse.lesson.Lesson;

/**
 * The research room: the lesson's open question, what to inspect, what would settle it,
 * the common misconceptions, and a handoff prompt that keeps a question tied to this page.
 */
final class ResearchPanel {

    private ResearchPanel() {
    }

    static Div of(Lesson lesson) {
        Div block = new Div();
        block.addClassName("research-room");
        Lesson.Research research = lesson.research();
        block.add(new H3("Open question"), new Paragraph(InlineText.of(research.question())));
        block.add(new H3("Evidence to inspect"), list(research.evidence()));
        block.add(new H3("What would resolve it"), list(research.resolves()));
        if (!lesson.misconceptions().isEmpty()) {
            block.add(new H3("Common misconceptions"));
            UnorderedList misconceptions = new UnorderedList();
            for (Lesson.Misconception m : lesson.misconceptions()) {
                ListItem item = new ListItem(InlineText.of(m.text()));
                item.setId("misconception-" + m.id());
                misconceptions.add(item);
            }
            block.add(misconceptions);
        }
        String prompt = handoff(lesson);
        Pre text = new Pre(prompt);
        text.addClassName("handoff");
        text.setId("handoff-prompt");
        text.getElement().setAttribute("tabindex", "0");
        Button copy = new Button("Copy the handoff prompt", e -> e.getSource().getElement().executeJs(
                "navigator.clipboard && navigator.clipboard.writeText($0)", prompt));
        block.add(new H3("Handoff prompt"), new Paragraph("Paste this into a conversation with a tutor or a "
                + "colleague so the question stays tied to this page and its evidence."), text, copy);
        return block;
    }

    static String handoff(Lesson lesson) {
        StringBuilder out = new StringBuilder();
        out.append("I am studying the lesson \"").append(lesson.title()).append("\" (object key: lesson:")
                .append(lesson.id()).append(").\n");
        out.append("Open question: ").append(lesson.research().question()).append('\n');
        out.append("Evidence to inspect:\n");
        lesson.research().evidence().forEach(e -> out.append("- ").append(e).append('\n'));
        out.append("Sources cited by the lesson: ").append(String.join(", ",
                lesson.sources().stream().map(Lesson.SourceUse::id).toList())).append('\n');
        out.append("What would resolve this:\n");
        lesson.research().resolves().forEach(r -> out.append("- ").append(r).append('\n'));
        out.append("Please answer as a careful tutor: stay with the cited sources, separate what they verify ")
                .append("from assumptions, name the mathematical objects involved, and end with one next action.");
        return out.toString();
    }

    private static UnorderedList list(List<String> items) {
        UnorderedList list = new UnorderedList();
        items.forEach(text -> list.add(new ListItem(InlineText.of(text))));
        return list;
    }
}
