package org.diffusioncourse.practice.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.Set;
import org.diffusioncourse.lesson.Lesson;
import org.diffusioncourse.practice.PracticeAttempt;
import org.diffusioncourse.practice.PracticeService;

/** A signed-in learner's practice: every step is stored by the {@link PracticeService}. */
record SignedInPractice(PracticeService service) implements PracticeRecord {

    @Override
    public Optional<PracticeAttempt> find(Lesson lesson, Lesson.PracticeItem item) {
        return service.find(lesson.id(), item.id());
    }

    @Override
    public boolean commit(Lesson lesson, Lesson.PracticeItem item, String prediction) {
        service.commit(lesson, item, prediction);
        return true;
    }

    @Override
    public Outcome reveal(Lesson lesson, Lesson.PracticeItem item, String committed) {
        return Outcome.of(service.reveal(lesson, item));
    }

    @Override
    public void hintsShown(Lesson lesson, Lesson.PracticeItem item, int shown) {
        service.hintsShown(lesson, item, shown);
    }

    @Override
    public void rubric(Lesson lesson, Lesson.PracticeItem item, Set<Integer> ticked) {
        service.rubric(lesson, item, ticked);
    }

    @Override
    public void startOver(Lesson lesson, Lesson.PracticeItem item) {
        service.startOver(lesson, item);
    }

    @Override
    public Optional<Component> notice() {
        return Optional.empty();
    }
}
