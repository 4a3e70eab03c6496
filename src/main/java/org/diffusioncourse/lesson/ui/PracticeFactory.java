package org.diffusioncourse.lesson.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.diffusioncourse.base.ui.InlineText;
import org.diffusioncourse.demo.DemoAnswer;
import org.diffusioncourse.demo.DemoCatalog;
import org.diffusioncourse.lesson.Lesson;

/**
 * Practice items: the learner commits to a prediction, and only then sees the answer the
 * simulation computes; hints come one at a time; the rubric is a checklist to tick.
 */
final class PracticeFactory {

    private final DemoCatalog catalog;

    PracticeFactory(DemoCatalog catalog) {
        this.catalog = catalog;
    }

    Div card(Lesson.PracticeItem item) {
        Div card = new Div();
        card.addClassName("practice-card");
        card.setId("practice-" + item.id());
        H3 prompt = new H3(InlineText.of(item.prompt()));
        card.add(prompt);

        RadioButtonGroup<String> choice = new RadioButtonGroup<>();
        TextArea free = new TextArea("Your prediction");
        Button commit = new Button("Commit my prediction");
        commit.setEnabled(false);
        if (!item.choices().isEmpty()) {
            choice.setLabel("Your prediction");
            choice.setItems(item.choices());
            choice.addValueChangeListener(e -> commit.setEnabled(e.getValue() != null));
            card.add(choice);
        } else {
            free.setMaxLength(2000);
            free.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
            free.addValueChangeListener(e -> commit.setEnabled(!e.getValue().isBlank()));
            card.add(free);
        }
        Paragraph outcome = new Paragraph();
        outcome.addClassName("practice-outcome");
        outcome.getElement().setAttribute("aria-live", "polite");
        commit.addClickListener(e -> {
            String guess = item.choices().isEmpty() ? free.getValue().strip() : choice.getValue();
            choice.setReadOnly(true);
            free.setReadOnly(true);
            commit.setEnabled(false);
            outcome.setText(outcome(item, guess));
        });
        card.add(commit, outcome);

        OrderedList hints = new OrderedList();
        hints.addClassName("hints");
        Button hint = new Button();
        hint.addClassName("hint-button");
        Runnable label = () -> {
            int shown = hints.getComponentCount();
            hint.setText(shown < item.hints().size()
                    ? "Show hint " + (shown + 1) + " of " + item.hints().size() : "All hints shown");
            hint.setEnabled(shown < item.hints().size());
        };
        hint.addClickListener(e -> {
            int shown = hints.getComponentCount();
            if (shown < item.hints().size()) {
                hints.add(new ListItem(InlineText.of(item.hints().get(shown))));
                label.run();
            }
        });
        label.run();
        card.add(hint, hints);

        CheckboxGroup<String> rubric = new CheckboxGroup<>();
        rubric.setLabel("Check your reasoning: a good answer…");
        rubric.setItems(item.rubric());
        rubric.addClassName("rubric");
        card.add(rubric);
        return card;
    }

    private String outcome(Lesson.PracticeItem item, String guess) {
        if (item.answer() == null) {
            return "Prediction committed: “" + guess + "”. Now test it in the demo above and compare with the rubric.";
        }
        DemoAnswer answer = catalog.answer(item.answer().demo(), item.answer().quantity(), item.answer().params());
        return (answer.matches(guess) ? "Right: " : "You predicted “" + guess + "”; the simulation gives ")
                + answer.value() + ". " + answer.explanation();
    }
}
