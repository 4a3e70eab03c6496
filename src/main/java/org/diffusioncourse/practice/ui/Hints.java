package org.diffusioncourse.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import java.util.List;
import java.util.function.IntConsumer;
import org.diffusioncourse.base.ui.InlineText;

/** A practice item's hints, shown one at a time by a button that says how many are left. */
final class Hints extends Div {

    private final List<String> texts;
    private final OrderedList shown = new OrderedList();
    private final Button next = new Button();

    /** @param onShow told how many hints are visible after the learner asked for one more */
    Hints(List<String> texts, IntConsumer onShow) {
        this.texts = texts;
        shown.addClassName("hints");
        next.addClassName("hint-button");
        next.addClickListener(e -> onShow.accept(show(count() + 1)));
        add(next, shown);
        show(0);
    }

    /** Shows the first {@code count} hints (never fewer than are shown) and returns how many are. */
    int show(int count) {
        int target = Math.min(count, texts.size());
        while (shown.getComponentCount() < target) {
            shown.add(new ListItem(InlineText.of(texts.get(shown.getComponentCount()))));
        }
        int visible = count();
        next.setText(visible < texts.size() ? "Show hint " + (visible + 1) + " of " + texts.size() : "All hints shown");
        next.setEnabled(visible < texts.size());
        return visible;
    }

    void hideAll() {
        shown.removeAll();
        show(0);
    }

    private int count() {
        return shown.getComponentCount();
    }
}
