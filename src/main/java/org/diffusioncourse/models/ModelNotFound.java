package org.diffusioncourse.models;

/**
 * No kept network with this id in the account: it was deleted, or it belongs to someone else
 * (which is told the same way, so ids reveal nothing about other accounts).
 */
public final class ModelNotFound extends RuntimeException {

    ModelNotFound(long modelId) {
        super("There is no saved model " + modelId + " in your account; it may have been deleted in another tab.");
    }
}
