package org.diffusioncourse.practice;

/**
 * How far a learner is with a lesson's practice items.
 *
 * @param items     practice items in the lesson
 * @param committed items with a committed prediction
 * @param correct   revealed items whose prediction matched the simulation
 * @param hints     hints shown over all items
 */
public record LessonProgress(int items, int committed, int correct, int hints) {

    public static LessonProgress none(int items) {
        return new LessonProgress(items, 0, 0, 0);
    }

    public boolean started() {
        return committed > 0 || hints > 0;
    }

    /** "2 of 4 practice items done, 1 matched the simulation" */
    public String summary() {
        if (!started()) {
            return "Not started";
        }
        return committed + " of " + items + " practice items done, " + correct + " matched the simulation"
                + (hints == 0 ? "" : ", " + hints + (hints == 1 ? " hint" : " hints") + " used");
    }
}
