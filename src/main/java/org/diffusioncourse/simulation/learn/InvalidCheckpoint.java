package org.diffusioncourse.simulation.learn;

import java.io.IOException;

/** A file that is not a checkpoint this engine can read; the message says what is wrong with it. */
public final class InvalidCheckpoint extends IOException {

    InvalidCheckpoint(String message) {
        super(message);
    }

    InvalidCheckpoint(String message, Throwable cause) {
        super(message, cause);
    }
}
