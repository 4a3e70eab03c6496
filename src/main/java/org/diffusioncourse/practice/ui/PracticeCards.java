package org.diffusioncourse.practice.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.function.Function;
import org.diffusioncourse.lesson.Lesson;
import org.diffusioncourse.practice.PracticeAnswers;
import org.diffusioncourse.practice.PracticeService;
import org.diffusioncourse.security.CurrentUser;

/** Builds a lesson page's practice cards for whoever is reading it. */
@org.springframework.stereotype.Component
public class PracticeCards {

    private final PracticeService practice;
    private final PracticeAnswers answers;
    private final CurrentUser currentUser;

    PracticeCards(PracticeService practice, PracticeAnswers answers, CurrentUser currentUser) {
        this.practice = practice;
        this.answers = answers;
        this.currentUser = currentUser;
    }

    /**
     * One card per practice item of the lesson, keeping the work of a signed-in learner and
     * nothing of a visitor's.
     *
     * @param noteButton the button that attaches a note to an item
     */
    public List<Component> of(Lesson lesson, Function<Lesson.PracticeItem, Component> noteButton) {
        PracticeRecord record = currentUser.account().isPresent()
                ? new SignedInPractice(practice) : new AnonymousPractice(answers);
        return lesson.practice().stream()
                .<Component>map(item -> new PracticeCard(record, answers, lesson, item, noteButton.apply(item)))
                .toList();
    }
}
