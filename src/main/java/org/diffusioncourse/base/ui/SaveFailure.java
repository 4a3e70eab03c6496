package org.diffusioncourse.base.ui;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a user is told when a save fails for a reason that is not theirs (the database refused
 * or could not be reached), and the one log entry that goes with it. The message names what
 * was not saved and an incident code that also appears in the log line, so an admin can find
 * the cause from what the user reports; the stack trace goes to the log only.
 */
public final class SaveFailure {

    private static final Logger log = LoggerFactory.getLogger(SaveFailure.class);
    private static final SecureRandom CODES = new SecureRandom();

    private SaveFailure() {
    }

    /**
     * Logs {@code failure} once, with a new incident code, and returns the sentence to show.
     *
     * @param what what was not saved, as the user would name it, e.g. {@code "Your review"}
     */
    public static String report(String what, RuntimeException failure) {
        String code = incidentCode();
        log.error("Save failed (incident {}): {}", code, what, failure);
        return what + " was not saved: the site could not write it to its database (incident " + code
                + "). What you entered is still here; try again in a moment, and tell the site's admin the "
                + "incident code if it keeps happening.";
    }

    /** A short random code that ties a message on screen to its log line. */
    static String incidentCode() {
        byte[] bytes = new byte[4];
        CODES.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
