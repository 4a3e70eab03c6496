package org.diffusioncourse.lesson.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Function;
import org.diffusioncourse.base.ui.InlineText;
import org.diffusioncourse.lesson.Anchors;
import org.diffusioncourse.lesson.Lesson;
import org.diffusioncourse.notes.PageObject.Kind;

/**
 * The research room: the lesson's open question, what to inspect, what would settle it,
 * the common misconceptions, and the learner's note editor with the handoff prompt.
 */
final class ResearchPanel {

    private ResearchPanel() {
    }

    static Div of(Lesson lesson, Component editor, Function<String, Component> noteButton) {
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
                item.setId(Anchors.misconception(m.id()));
                item.add(noteButton.apply(Kind.MISCONCEPTION.key(m.id())));
                misconceptions.add(item);
            }
            block.add(misconceptions);
        }
        block.add(editor);
        return block;
    }

    private static UnorderedList list(List<String> items) {
        UnorderedList list = new UnorderedList();
        items.forEach(text -> list.add(new ListItem(InlineText.of(text))));
        return list;
    }
}
