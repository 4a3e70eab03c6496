package org.diffusioncourse.practice;

import org.diffusioncourse.lesson.Lesson;

/**
 * Computes the answer to a practice item with the simulation the item names. Practice owns
 * the question and the demo catalog answers it, so the practice record depends on no demo.
 */
public interface PracticeAnswers {

    /** The simulation's answer; the loader has already checked the demo, quantity and parameters. */
    ComputedAnswer answer(Lesson.Answer answer);
}
