package org.diffusioncourse.models;

import org.diffusioncourse.base.ui.SaveFailure;
import org.diffusioncourse.security.CurrentUser;
import org.diffusioncourse.simulation.learn.TrainedModel;
import org.diffusioncourse.simulation.learn.TrainingConfig;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;

/**
 * What the training widget's "Keep this model" button does: keeps the finished run for the
 * signed-in learner and returns the sentence to show. Call it on the UI's thread: from the
 * button's listener, which runs in the learner's own request where {@link CurrentUser} knows who
 * it is. A model is kept only when the learner asks, never when a run ends by itself.
 */
public final class KeepModel {

    /**
     * What happened.
     *
     * @param kept    whether the model is now on My models
     * @param message the sentence for the learner (a refusal names the limit)
     */
    public record Outcome(boolean kept, String message) {
    }

    private static final String SIGN_IN = "Sign in to keep your trained network: anyone can train, but only an "
            + "account keeps models.";

    private KeepModel() {
    }

    /** Whether the current visitor may keep models (signed in); the button can say so up front. */
    public static boolean possible(CurrentUser user) {
        return user.account().isPresent();
    }

    /** A name to start from, e.g. {@code two-moons ddpm-linear eps, width 64, 3000 steps, seed 1}. */
    public static String suggestedName(TrainingConfig c) {
        return c.dataset().id() + " " + c.process().id() + " " + c.target().id() + (c.classConditional() ? " conditional" : "")
                + ", width " + c.width() + ", " + c.steps() + " steps, seed " + c.seed();
    }

    /**
     * Keeps {@code model} as {@code name} for the signed-in learner. An anonymous visitor is told
     * to sign in; a refused keep gets the limit's message; a database failure gets the
     * {@link SaveFailure} sentence with its incident code (and is logged once).
     */
    public static Outcome keep(SavedModels models, CurrentUser user, String name, TrainedModel model) {
        if (user.account().isEmpty()) {
            return new Outcome(false, SIGN_IN);
        }
        try {
            SavedModel saved = models.keep(name, model);
            return new Outcome(true, "Kept as \u201c" + saved.name() + "\u201d: find it on My models.");
        } catch (ModelRefused refused) {
            return new Outcome(false, "Not kept: " + refused.getMessage());
        } catch (AccessDeniedException signedOut) {
            return new Outcome(false, SIGN_IN);
        } catch (DataAccessException failed) {
            return new Outcome(false, SaveFailure.report("Your model", failed));
        }
    }
}
