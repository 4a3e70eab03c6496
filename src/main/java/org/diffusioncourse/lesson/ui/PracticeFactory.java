package org.diffusioncourse.lesson.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.LinkedHashSet;
import java.util.stream.Collectors;
import org.diffusioncourse.base.ui.InlineText;
import org.diffusioncourse.base.ui.SaveFailure;
import org.diffusioncourse.demo.catalog.DemoCatalog;
import org.diffusioncourse.lesson.Lesson;
import org.diffusioncourse.practice.ComputedAnswer;
import org.diffusioncourse.practice.PracticeAttempt;
import org.diffusioncourse.practice.PracticeService;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;

/**
 * Practice items: the learner commits to a prediction, and only then may reveal the answer
 * the simulation computes; hints come one at a time; the rubric is a checklist to tick.
 * Signed in, the prediction is stored when committed (before the reveal), and the answer,
 * the verdict, the hints shown and the rubric ticks are kept, so a reload shows them again.
 */
final class PracticeFactory {

    private final DemoCatalog catalog;
    private final @Nullable PracticeService practice;

    /** @param practice null for an anonymous visitor: nothing is stored */
    PracticeFactory(DemoCatalog catalog, @Nullable PracticeService practice) {
        this.catalog = catalog;
        this.practice = practice;
    }

    Div card(Lesson lesson, Lesson.PracticeItem item, Component noteButton) {
        return new Card(lesson, item, noteButton);
    }

    private final class Card extends Div {

        private final Lesson lesson;
        private final Lesson.PracticeItem item;
        private final RadioButtonGroup<String> choice = new RadioButtonGroup<>();
        private final TextArea free = new TextArea("Your prediction");
        private final Button commit = new Button("Commit my prediction");
        private final Button reveal = new Button("Reveal the simulation's answer");
        private final Button startOver = new Button("Start this item over");
        private final Paragraph outcome = new Paragraph();
        private final OrderedList hints = new OrderedList();
        private final Button hint = new Button();
        private final CheckboxGroup<String> rubric = new CheckboxGroup<>();
        private @Nullable String committed;
        private boolean restoring;

        Card(Lesson lesson, Lesson.PracticeItem item, Component noteButton) {
            this.lesson = lesson;
            this.item = item;
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
            if (practice == null) {
                Paragraph notice = new Paragraph("Sign in to keep your predictions and your progress; without an "
                        + "account this one is checked but not saved.");
                notice.addClassName("sign-in-notice");
                add(notice);
            }

            hints.addClassName("hints");
            hint.addClassName("hint-button");
            hint.addClickListener(e -> showHints(hints.getComponentCount() + 1, true));
            add(hint, hints);

            rubric.setLabel("Check your reasoning: a good answer…");
            rubric.setItems(item.rubric());
            rubric.addClassName("rubric");
            rubric.addValueChangeListener(e -> {
                if (!restoring && practice != null) {
                    practice.rubric(lesson, item, e.getValue().stream().map(item.rubric()::indexOf)
                            .collect(Collectors.toCollection(LinkedHashSet::new)));
                }
            });
            startOver.addClassName("start-over-button");
            startOver.addThemeVariants(ButtonVariant.TERTIARY);
            startOver.setVisible(false);
            startOver.addClickListener(e -> startOver());
            add(rubric, startOver, noteButton);
            restore();
        }

        private void restore() {
            showHints(0, false);
            if (practice == null) {
                return;
            }
            PracticeAttempt attempt = practice.find(lesson.id(), item.id()).orElse(null);
            if (attempt == null) {
                return;
            }
            restoring = true;
            try {
                showHints(attempt.hintsUsed(), false);
                rubric.setValue(attempt.rubricTicked().stream().filter(i -> i < item.rubric().size())
                        .map(item.rubric()::get).collect(Collectors.toSet()));
                if (attempt.committed()) {
                    lock(attempt.prediction());
                    if (attempt.revealed()) {
                        showOutcome(attempt.prediction(), attempt.answer(), attempt.correct());
                    } else {
                        outcome.setText("Your committed prediction: “" + attempt.prediction() + "”. Reveal the answer when ready.");
                    }
                }
            } finally {
                restoring = false;
            }
        }

        private void commit() {
            String guess = item.choices().isEmpty() ? free.getValue().strip() : choice.getValue();
            if (guess == null || guess.isBlank()) {
                return;
            }
            if (practice != null) {
                try {
                    practice.commit(lesson, item, guess);
                } catch (IllegalArgumentException | IllegalStateException refused) {
                    outcome.setText(refused.getMessage());
                    restore();
                    return;
                } catch (DataAccessException failed) {
                    outcome.setText(SaveFailure.report("Your prediction", failed));
                    return;
                }
            }
            lock(guess);
            outcome.setText("Committed: “" + guess + "”" + (practice != null ? " (saved)" : "")
                    + ". Now reveal what the simulation computes.");
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
            if (committed == null) {
                return;
            }
            if (practice != null) {
                PracticeAttempt attempt;
                try {
                    attempt = practice.reveal(lesson, item);
                } catch (DataAccessException failed) {
                    outcome.setText(SaveFailure.report("The answer to your prediction", failed));
                    return;
                }
                showOutcome(attempt.prediction(), attempt.answer(), attempt.correct());
            } else if (item.answer() == null) {
                showOutcome(committed, null, null);
            } else {
                ComputedAnswer answer = catalog.answer(item.answer());
                showOutcome(committed, answer.value(), answer.matches(committed));
            }
        }

        private void showOutcome(@Nullable String guess, @Nullable String answer, @Nullable Boolean correct) {
            reveal.setEnabled(false);
            startOver.setVisible(practice != null);
            if (item.answer() == null || answer == null) {
                outcome.setText("Prediction committed: “" + guess + "”. This item has no single computed answer: "
                        + "test it in the demo above and compare your reasoning with the rubric.");
                return;
            }
            // The explanation is recomputed (it is deterministic); the verdict is the one stored at the reveal.
            ComputedAnswer now = catalog.answer(item.answer());
            outcome.setText((Boolean.TRUE.equals(correct) ? "Right: " : "You predicted “" + guess + "”; the simulation gives ")
                    + answer + ". " + now.explanation());
        }

        private void showHints(int shown, boolean record) {
            int target = Math.min(shown, item.hints().size());
            while (hints.getComponentCount() < target) {
                hints.add(new ListItem(InlineText.of(item.hints().get(hints.getComponentCount()))));
            }
            int count = hints.getComponentCount();
            hint.setText(count < item.hints().size() ? "Show hint " + (count + 1) + " of " + item.hints().size() : "All hints shown");
            hint.setEnabled(count < item.hints().size());
            if (record && practice != null) {
                practice.hintsShown(lesson, item, count);
            }
        }

        private void startOver() {
            if (practice != null) {
                practice.startOver(lesson, item);
            }
            committed = null;
            restoring = true;
            try {
                choice.setReadOnly(false);
                free.setReadOnly(false);
                choice.clear();
                free.clear();
                rubric.clear();
                hints.removeAll();
            } finally {
                restoring = false;
            }
            showHints(0, false);
            reveal.setEnabled(false);
            commit.setEnabled(false);
            startOver.setVisible(false);
            outcome.setText("Started over: nothing is recorded for this item now.");
        }
    }
}
