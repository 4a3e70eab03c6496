package org.diffusioncourse.simulation.check;

import java.util.List;
import java.util.function.Function;

/**
 * A name that is not in its registry (a sampler, a process, a data set). The message lists the
 * known ids and the value, shortened so that a hostile request cannot flood an answer.
 */
public final class UnknownId extends InvalidParameter {

    /** Longest part of an unknown value repeated in the message. */
    private static final int SHOWN = 40;

    /** {@code parameter must be one of a, b, c; was "value"}. */
    public UnknownId(String parameter, List<String> known, String value) {
        super(parameter, known, parameter + " must be one of " + String.join(", ", known) + "; was \""
                + shorten(value) + "\"");
    }

    /**
     * The one of {@code values} whose id is {@code id}: the lookup of every registry.
     *
     * @throws UnknownId on {@code parameter}, listing the ids of {@code values} in their order
     */
    public static <T> T find(String parameter, List<T> values, Function<T, String> idOf, String id) {
        for (T value : values) {
            if (idOf.apply(value).equals(id)) {
                return value;
            }
        }
        throw new UnknownId(parameter, values.stream().map(idOf).toList(), id);
    }

    /** The value cut to 40 characters and an ellipsis. */
    public static String shorten(String value) {
        return value.length() <= SHOWN ? value : value.substring(0, SHOWN) + "…";
    }
}
