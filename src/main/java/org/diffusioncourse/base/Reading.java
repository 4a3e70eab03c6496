package org.diffusioncourse.base;

import java.util.List;

/**
 * Settings read from text, and what could not be used: each wrong value kept the value it was
 * read over, and has a message that names its key, the bad value and what is allowed.
 *
 * @param <S> the settings record: a demo's, or the sampler lab's
 */
public record Reading<S>(S settings, List<String> problems) {

    public Reading {
        problems = List.copyOf(problems);
    }

    /** Whether every value could be used. */
    public boolean ok() {
        return problems.isEmpty();
    }
}
