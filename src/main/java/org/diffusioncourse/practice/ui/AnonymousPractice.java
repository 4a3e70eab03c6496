package org.diffusioncourse.practice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import java.util.Set;
import org.diffusioncourse.lesson.Lesson;
import org.diffusioncourse.practice.ComputedAnswer;
import org.diffusioncourse.practice.PracticeAnswers;
import org.diffusioncourse.practice.PracticeAttempt;

/**
 * A visitor's practice: the prediction is checked against the simulation's answer, and
 * nothing is stored. Each card says so.
 */
record AnonymousPractice(PracticeAnswers answers) implements PracticeRecord {

    @Override
    public Optional<PracticeAttempt> find(Lesson lesson, Lesson.PracticeItem item) {
        return Optional.empty();
    }

    @Override
    public boolean commit(Lesson lesson, Lesson.PracticeItem item, String prediction) {
        return false;
    }

    @Override
    public Outcome reveal(Lesson lesson, Lesson.PracticeItem item, String committed) {
        if (item.answer() == null) {
            return new Outcome(committed, null, null, false);
        }
        ComputedAnswer answer = answers.answer(item.answer());
        return new Outcome(committed, answer.value(), answer.matches(committed), false);
    }

    @Override
    public void hintsShown(Lesson lesson, Lesson.PracticeItem item, int shown) {
    }

    @Override
    public void rubric(Lesson lesson, Lesson.PracticeItem item, Set<Integer> ticked) {
    }

    @Override
    public void startOver(Lesson lesson, Lesson.PracticeItem item) {
    }

    @Override
    public Optional<Component> notice() {
        Paragraph notice = new Paragraph("Sign in to keep your predictions and your progress; without an "
                + "account this one is checked but not saved.");
        notice.addClassName("sign-in-notice");
        return Optional.of(notice);
    }
}
