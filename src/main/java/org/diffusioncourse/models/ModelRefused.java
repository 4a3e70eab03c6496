package org.diffusioncourse.models;

/**
 * A keep, rename or load that the limits of {@link SavedModels} refuse; the message is for the
 * learner and names the limit (nothing was written).
 */
public final class ModelRefused extends RuntimeException {

    ModelRefused(String message) {
        super(message);
    }
}
