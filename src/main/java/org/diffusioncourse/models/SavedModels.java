package org.diffusioncourse.models;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.diffusioncourse.simulation.learn.Checkpoint;
import org.diffusioncourse.simulation.learn.InvalidCheckpoint;
import org.diffusioncourse.simulation.learn.TrainedModel;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The networks an account keeps. Unlike the notes, every method takes the owner's id: keeping a
 * model is started from the training widget, whose run ends on a background thread, and a
 * download is served outside the page's request, so the caller reads the id once from
 * {@code CurrentUser.require()} while the learner is signed in and passes it on. Every statement
 * is scoped to that id; a model of another account is reported exactly like a missing one.
 *
 * <p>Limits, enforced here whatever the page does: at most {@value #MAX_MODELS} models per
 * account; a name of 1 to {@value #MAX_NAME} characters after trimming, without control
 * characters, unique within the account; a finished run only (a cancelled run is not the network
 * its settings name); a checkpoint of at most {@link Checkpoint#MAX_BYTES} bytes. A refusal is a
 * {@link ModelRefused} whose message names the limit, and nothing is written.
 */
@Service
public class SavedModels {

    /** Most models one account keeps. */
    public static final int MAX_MODELS = 20;

    /** Longest name, in characters (UTF-16 units, which bound the column in every database). */
    public static final int MAX_NAME = 80;

    private final ModelRepository models;
    private final Clock clock;

    SavedModels(ModelRepository models, Clock clock) {
        this.models = models;
        this.clock = clock;
    }

    /**
     * Keeps {@code model} under {@code name} (trimmed) in the account.
     *
     * @throws ModelRefused when a limit is exceeded (the message names it); nothing is written
     */
    @Transactional
    public SavedModel keep(long userId, String name, TrainedModel model) {
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
        if (!models.lockOwner(userId)) {
            throw new ModelRefused("Your account no longer exists, so nothing can be kept for it; sign in again.");
        }
        if (models.count(userId) >= MAX_MODELS) {
            throw new ModelRefused("You already keep " + MAX_MODELS + " models, the most one account can keep; "
                    + "delete one on My models to keep this one.");
        }
        if (models.named(userId, checked).isPresent()) {
            throw duplicate(checked);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        try {
            models.insert(userId, checked, model, checkpoint, now);
        } catch (DuplicateKeyException raced) {
            throw duplicate(checked);
        }
        return models.named(userId, checked).orElseThrow();
    }

    /** The account's models, newest first, without their checkpoints. */
    public List<SavedModel> list(long userId) {
        return models.all(userId);
    }

    /** One model's summary; a model of another account is not found. */
    public SavedModel find(long userId, long modelId) {
        return models.find(userId, modelId).orElseThrow(() -> new ModelNotFound(modelId));
    }

    /**
     * The network, read back from its checkpoint bit for bit.
     *
     * @throws ModelNotFound     when the account has no such model (another account's included)
     * @throws InvalidCheckpoint when the stored bytes are damaged; its message says how. The row
     *                           and every other model stay as they are.
     */
    public TrainedModel load(long userId, long modelId) throws InvalidCheckpoint {
        return Checkpoint.fromBytes(checkpoint(userId, modelId));
    }

    /** The stored checkpoint file (a {@code .dcnet}), exactly as kept. */
    public byte[] checkpoint(long userId, long modelId) {
        return models.checkpoint(userId, modelId).orElseThrow(() -> new ModelNotFound(modelId));
    }

    /**
     * Renames a model; the new name is checked like a kept one's.
     *
     * @throws ModelRefused  for a bad or duplicate name
     * @throws ModelNotFound when the account has no such model
     */
    @Transactional
    public SavedModel rename(long userId, long modelId, String name) {
        String checked = checkedName(name);
        SavedModel current = find(userId, modelId);
        if (current.name().equals(checked)) {
            return current;
        }
        if (models.named(userId, checked).isPresent()) {
            throw duplicate(checked);
        }
        try {
            if (!models.rename(userId, modelId, checked)) {
                throw new ModelNotFound(modelId);
            }
        } catch (DuplicateKeyException raced) {
            throw duplicate(checked);
        }
        return find(userId, modelId);
    }

    /** Deletes a model of the account; one that is already gone is not found. */
    @Transactional
    public void delete(long userId, long modelId) {
        if (!models.delete(userId, modelId)) {
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

    private static ModelRefused duplicate(String name) {
        return new ModelRefused("You already keep a model called \u201c" + name + "\u201d; choose another name "
                + "(or rename that one on My models).");
    }
}
