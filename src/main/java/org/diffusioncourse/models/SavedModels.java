package org.diffusioncourse.models;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.diffusioncourse.security.CurrentUser;
import org.diffusioncourse.simulation.learn.Checkpoint;
import org.diffusioncourse.simulation.learn.InvalidCheckpoint;
import org.diffusioncourse.simulation.learn.TrainedModel;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The networks the signed-in learner keeps. As with the notes, the owner is always the current
 * account: no method takes a user id, so no caller can read or change another learner's models,
 * and a model id of another account is reported exactly like a missing one.
 *
 * <p>Limits, enforced here whatever the page does: at most {@value #MAX_MODELS} models per
 * account; a name of 1 to {@value #MAX_NAME} characters after trimming, without control
 * characters, unique within the account; a finished run only (a cancelled run is not the network
 * its settings name); a checkpoint of at most {@link Checkpoint#MAX_BYTES} bytes. A refusal is a
 * {@link ModelRefused} whose message names the limit, and nothing is written.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class SavedModels {

    /** Most models one account keeps. */
    public static final int MAX_MODELS = 20;

    /** Longest name, in characters (UTF-16 units, which bound the column in every database). */
    public static final int MAX_NAME = 80;

    private final ModelRepository models;
    private final CurrentUser currentUser;
    private final Clock clock;

    SavedModels(ModelRepository models, CurrentUser currentUser, Clock clock) {
        this.models = models;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Keeps {@code model} under {@code name} (trimmed) in the account.
     *
     * @throws ModelRefused when a limit is exceeded (the message names it); nothing is written
     */
    @Transactional
    public SavedModel keep(String name, TrainedModel model) {
        String checked = checkedName(name);
        if (model.cancelled()) {
            throw new ModelRefused("A cancelled run cannot be kept: it stopped after " + model.stepsDone() + " of "
                    + model.config().steps() + " steps, so it is not the network its settings describe (the same "
                    + "settings always train the same network). Train it to the end, then keep it.");
        }
        byte[] checkpoint = Checkpoint.toBytes(model);
        if (checkpoint.length > Checkpoint.MAX_BYTES) {
            throw new ModelRefused("This model's checkpoint has " + checkpoint.length + " bytes, above the limit of "
                    + Checkpoint.MAX_BYTES + " bytes for a kept model.");
        }
        long owner = owner();
        if (!models.lockOwner(owner)) {
            throw new ModelRefused("Your account no longer exists, so nothing can be kept for it.");
        }
        if (models.count(owner) >= MAX_MODELS) {
            throw new ModelRefused("You already keep " + MAX_MODELS + " models, the most one account can keep; "
                    + "delete one on My models to keep this one.");
        }
        if (models.named(owner, checked).isPresent()) {
            throw duplicate(checked);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        try {
            models.insert(owner, checked, model, checkpoint, now);
        } catch (DuplicateKeyException raced) {
            throw duplicate(checked);
        }
        return models.named(owner, checked).orElseThrow();
    }

    /** The account's models, newest first, without their checkpoints. */
    public List<SavedModel> mine() {
        return models.all(owner());
    }

    /** One model's summary; a model of another account is not found. */
    public SavedModel find(long modelId) {
        return models.find(owner(), modelId).orElseThrow(() -> new ModelNotFound(modelId));
    }

    /**
     * The network, read back from its checkpoint bit for bit.
     *
     * @throws ModelNotFound     when the account has no such model (another account's included)
     * @throws InvalidCheckpoint when the stored bytes are damaged; its message says how. The row
     *                           and every other model stay as they are.
     */
    public TrainedModel load(long modelId) throws InvalidCheckpoint {
        return Checkpoint.fromBytes(checkpoint(modelId));
    }

    /** The stored checkpoint file (a {@code .dcnet}), exactly as kept. */
    public byte[] checkpoint(long modelId) {
        return models.checkpoint(owner(), modelId).orElseThrow(() -> new ModelNotFound(modelId));
    }

    /**
     * Renames a model; the new name is checked like a kept one's.
     *
     * @throws ModelRefused  for a bad or duplicate name
     * @throws ModelNotFound when the account has no such model
     */
    @Transactional
    public SavedModel rename(long modelId, String name) {
        String checked = checkedName(name);
        long owner = owner();
        SavedModel current = find(modelId);
        if (current.name().equals(checked)) {
            return current;
        }
        if (models.named(owner, checked).isPresent()) {
            throw duplicate(checked);
        }
        try {
            if (!models.rename(owner, modelId, checked)) {
                throw new ModelNotFound(modelId);
            }
        } catch (DuplicateKeyException raced) {
            throw duplicate(checked);
        }
        return find(modelId);
    }

    /** Deletes a model of the account; one that is already gone is not found. */
    @Transactional
    public void delete(long modelId) {
        if (!models.delete(owner(), modelId)) {
            throw new ModelNotFound(modelId);
        }
    }

    /**
     * {@code raw} trimmed, if it is a name a model may have.
     *
     * @throws ModelRefused naming the rule it breaks
     */
    static String checkedName(String raw) {
        String name = raw.strip();
        if (name.isEmpty()) {
            throw new ModelRefused("Give the model a name of 1 to " + MAX_NAME + " characters.");
        }
        if (name.length() > MAX_NAME) {
            throw new ModelRefused("A model name has at most " + MAX_NAME + " characters; this one has "
                    + name.length() + ".");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new ModelRefused("A model name cannot contain control characters such as line breaks or tabs.");
        }
        return name;
    }

    private long owner() {
        return currentUser.require().id();
    }

    private static ModelRefused duplicate(String name) {
        return new ModelRefused("You already keep a model called \u201c" + name + "\u201d; choose another name "
                + "(or rename that one on My models).");
    }
}
