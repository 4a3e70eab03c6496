package org.diffusioncourse.practice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.LinkedHashSet;
import java.util.stream.Collectors;
import org.diffusioncourse.base.ui.InlineText;
import org.diffusioncourse.base.ui.SaveFailure;
import org.diffusioncourse.lesson.Lesson;
import org.diffusioncourse.practice.ComputedAnswer;
import org.diffusioncourse.practice.PracticeAnswers;
import org.diffusioncourse.practice.PracticeAttempt;
import org.diffusioncourse.practice.PracticeService;
import org.diffusioncourse.practice.ui.PracticeRecord.Outcome;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;

/**
 * One practice item: the learner commits to a prediction, and only then may reveal the answer
 * the simulation computes; hints come one at a time; the rubric is a checklist to tick. What
 * is kept, and what the card says about it, is the {@link PracticeRecord}'s business.
 */
final class PracticeCard extends Div {

    private final PracticeRecord record;
    private final PracticeAnswers answers;
    private final Lesson lesson;
    private final Lesson.PracticeItem item;
    private final RadioButtonGroup<String> choice = new RadioButtonGroup<>();
    private final TextArea free = new TextArea("Your prediction");
    private final Button commit = new Button("Commit my prediction");
    private final Button reveal = new Button("Reveal the simulation's answer");
    private final Button startOver = new Button("Start this item over");
    private final Paragraph outcome = new Paragraph();
    private final Hints hints;
    private final CheckboxGroup<String> rubric = new CheckboxGroup<>();
    private @Nullable String committed;
    private boolean restoring;

    PracticeCard(PracticeRecord record, PracticeAnswers answers, Lesson lesson, Lesson.PracticeItem item,
                 Component noteButton) {
        this.record = record;
        this.answers = answers;
        this.lesson = lesson;
        this.item = item;
        this.hints = new Hints(item.hints(), shown -> record.hintsShown(lesson, item, shown));
        addClassName("practice-card");
        setId("practice-" + item.id());
        add(new H3(InlineText.of(item.prompt())));

        commit.setEnabled(false);
        commit.addClassName("commit-button");
        if (!item.choices().isEmpty()) {
            choice.setLabel("Your prediction");
            choice.setItems(item.choices());
            choice.addValueChangeListener(e -> commit.setEnabled(committed == null && e.getValue() != null));
            add(choice);
        } else {
            free.setMaxLength(PracticeService.MAX_PREDICTION);
            free.setWidthFull();
            free.setValueChangeMode(ValueChangeMode.EAGER);
            free.addValueChangeListener(e -> commit.setEnabled(committed == null && !e.getValue().isBlank()));
            add(free);
        }
        commit.addClickListener(e -> commit());
        reveal.addClassName("reveal-button");
        reveal.addThemeVariants(ButtonVariant.PRIMARY);
        reveal.setEnabled(false);
        reveal.addClickListener(e -> reveal());
        outcome.addClassName("practice-outcome");
        outcome.getElement().setAttribute("aria-live", "polite");
        add(new Div(commit, reveal), outcome);
        record.notice().ifPresent(this::add);

        rubric.setLabel("Check your reasoning: a good answer…");
        rubric.setItems(item.rubric());
        rubric.addClassName("rubric");
        rubric.addValueChangeListener(e -> {
            if (!restoring) {
                record.rubric(lesson, item, e.getValue().stream().map(item.rubric()::indexOf)
                        .collect(Collectors.toCollection(LinkedHashSet::new)));
            }
        });
        startOver.addClassName("start-over-button");
        startOver.addThemeVariants(ButtonVariant.TERTIARY);
        startOver.setVisible(false);
        startOver.addClickListener(e -> startOver());
        add(hints, rubric, startOver, noteButton);
        restore();
    }

    /** Shows what is stored for the item, as it was left. */
    private void restore() {
        record.find(lesson, item).ifPresent(attempt -> {
            restoring = true;
            try {
                show(attempt);
            } finally {
                restoring = false;
            }
        });
    }

    private void show(PracticeAttempt attempt) {
        hints.show(attempt.hintsUsed());
        rubric.setValue(attempt.rubricTicked().stream().filter(i -> i < item.rubric().size())
                .map(item.rubric()::get).collect(Collectors.toSet()));
        String prediction = attempt.prediction();
        if (prediction == null) {
            return;
        }
        lock(prediction);
        if (attempt.revealed()) {
            showOutcome(Outcome.of(attempt));
        } else {
            outcome.setText("Your committed prediction: “" + prediction + "”. Reveal the answer when ready.");
        }
    }

    private void commit() {
        String guess = item.choices().isEmpty() ? free.getValue().strip() : choice.getValue();
        if (guess == null || guess.isBlank()) {
            return;
        }
        boolean saved;
        try {
            saved = record.commit(lesson, item, guess);
        } catch (IllegalArgumentException | IllegalStateException refused) {
            outcome.setText(refused.getMessage());
            restore();
            return;
        } catch (DataAccessException failed) {
            outcome.setText(SaveFailure.report("Your prediction", failed));
            return;
        }
        lock(guess);
        outcome.setText("Committed: “" + guess + "”" + (saved ? " (saved)" : "") + ". Now reveal what the simulation computes.");
    }

    private void lock(String guess) {
        committed = guess;
        if (item.choices().isEmpty()) {
            free.setValue(guess);
        } else {
            choice.setValue(guess);
        }
        choice.setReadOnly(true);
        free.setReadOnly(true);
        commit.setEnabled(false);
        reveal.setEnabled(true);
    }

    private void reveal() {
        String guess = committed;
        if (guess == null) {
            return;
        }
        try {
            showOutcome(record.reveal(lesson, item, guess));
        } catch (DataAccessException failed) {
            outcome.setText(SaveFailure.report("The answer to your prediction", failed));
        }
    }

    private void showOutcome(Outcome shown) {
        reveal.setEnabled(false);
        startOver.setVisible(shown.kept());
        Lesson.Answer asked = item.answer();
        if (asked == null || shown.answer() == null) {
            outcome.setText("Prediction committed: “" + shown.prediction() + "”. This item has no single computed answer: "
                    + "test it in the demo above and compare your reasoning with the rubric.");
            return;
        }
        // The explanation is recomputed (it is deterministic); the verdict is the one stored at the reveal.
        ComputedAnswer now = answers.answer(asked);
        outcome.setText((Boolean.TRUE.equals(shown.correct()) ? "Right: " : "You predicted “" + shown.prediction()
                + "”; the simulation gives ") + shown.answer() + ". " + now.explanation());
    }

    private void startOver() {
        record.startOver(lesson, item);
        committed = null;
        restoring = true;
        try {
            choice.setReadOnly(false);
            free.setReadOnly(false);
            choice.clear();
            free.clear();
            rubric.clear();
            hints.hideAll();
        } finally {
            restoring = false;
        }
        reveal.setEnabled(false);
        commit.setEnabled(false);
        startOver.setVisible(false);
        outcome.setText("Started over: nothing is recorded for this item now.");
    }
}
