package org.diffusioncourse.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.diffusioncourse.security.UserService;
import org.diffusioncourse.simulation.learn.Checkpoint;
import org.diffusioncourse.simulation.learn.InvalidCheckpoint;
import org.diffusioncourse.simulation.learn.ModelLibrary;
import org.diffusioncourse.simulation.learn.ShippedModel;
import org.diffusioncourse.simulation.learn.TrainedModel;
import org.diffusioncourse.support.Accounts;
import org.diffusioncourse.support.CourseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Kept networks against the real H2 schema: the round trip, the limits and the owner of every row. */
@CourseTest
class SavedModelsTest {

    private static final TrainedModel MOONS = ModelLibrary.shared().shipped(ShippedModel.TWO_MOONS_EPS);

    @Autowired
    SavedModels models;
    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;

    long ada;
    long bob;

    @BeforeEach
    void twoAccountsWithoutModels() {
        Accounts.ensure(users, jdbc, "model-ada");
        Accounts.ensure(users, jdbc, "model-bob");
        ada = users.find("model-ada").orElseThrow().id();
        bob = users.find("model-bob").orElseThrow().id();
        jdbc.sql("delete from trained_model where user_id in (:ada, :bob)").param("ada", ada).param("bob", bob).update();
    }

    @Test
    void aKeptModelLoadsBackBitForBit() throws InvalidCheckpoint {
        SavedModel kept = models.keep(ada, "  my first moons  ", MOONS);
        assertThat(kept.name()).as("trimmed").isEqualTo("my first moons");
        assertThat(kept.config()).contains(MOONS.config());
        assertThat(kept.finalLoss()).isEqualTo(MOONS.finalLoss());

        TrainedModel loaded = models.load(ada, kept.id());
        assertThat(bits(loaded.parameters())).isEqualTo(bits(MOONS.parameters()));
        assertThat(bits(loaded.losses())).isEqualTo(bits(MOONS.losses()));
        assertThat(loaded.config()).isEqualTo(MOONS.config());
        assertThat(models.checkpoint(ada, kept.id())).isEqualTo(Checkpoint.toBytes(MOONS));
    }

    @Test
    void theListIsNewestFirstAndHoldsOnlyTheAccountsModels() throws InterruptedException {
        models.keep(ada, "oldest", MOONS);
        Thread.sleep(5);
        models.keep(ada, "middle", MOONS);
        Thread.sleep(5);
        models.keep(ada, "newest", MOONS);
        models.keep(bob, "bob's", MOONS);
        assertThat(models.list(ada)).extracting(SavedModel::name).containsExactly("newest", "middle", "oldest");
        assertThat(models.list(bob)).extracting(SavedModel::name).containsExactly("bob's");
    }

    @Test
    void anotherAccountsModelIsNotFoundAndStaysAsItWas() throws InvalidCheckpoint {
        long id = models.keep(ada, "ada's own", MOONS).id();
        String notFound = "There is no saved model " + id + " in your account; it may have been deleted in another tab.";
        assertThatThrownBy(() -> models.load(bob, id)).isInstanceOf(ModelNotFound.class).hasMessage(notFound);
        assertThatThrownBy(() -> models.find(bob, id)).isInstanceOf(ModelNotFound.class);
        assertThatThrownBy(() -> models.checkpoint(bob, id)).isInstanceOf(ModelNotFound.class);
        assertThatThrownBy(() -> models.rename(bob, id, "stolen")).isInstanceOf(ModelNotFound.class);
        assertThatThrownBy(() -> models.delete(bob, id)).isInstanceOf(ModelNotFound.class);
        assertThat(models.find(ada, id).name()).isEqualTo("ada's own");
        assertThat(models.load(ada, id).config()).isEqualTo(MOONS.config());
    }

    @Test
    void namesAreOneToEightyCharactersWithoutControlCharactersAndUniquePerAccount() {
        assertThatThrownBy(() -> models.keep(ada, "   ", MOONS)).isInstanceOf(ModelRefused.class)
                .hasMessage("Give the model a name of 1 to 80 characters.");
        assertThatThrownBy(() -> models.keep(ada, "x".repeat(81), MOONS)).isInstanceOf(ModelRefused.class)
                .hasMessage("A model name has at most 80 characters; this one has 81.");
        assertThatThrownBy(() -> models.keep(ada, "two\nlines", MOONS)).isInstanceOf(ModelRefused.class)
                .hasMessage("A model name cannot contain control characters such as line breaks or tabs.");
        models.keep(ada, "x".repeat(80), MOONS);
        models.keep(ada, "moons", MOONS);
        assertThatThrownBy(() -> models.keep(ada, " moons ", MOONS)).isInstanceOf(ModelRefused.class)
                .hasMessage("You already keep a model called \u201cmoons\u201d; choose another name (or rename that one on My models).");
        assertThat(models.keep(bob, "moons", MOONS).name()).as("another account may use the name").isEqualTo("moons");
        assertThat(models.list(ada)).hasSize(2);
    }

    @Test
    void anAccountKeepsAtMostTwentyModels() {
        for (int i = 1; i <= SavedModels.MAX_MODELS; i++) {
            models.keep(ada, "run " + i, MOONS);
        }
        assertThatThrownBy(() -> models.keep(ada, "run 21", MOONS)).isInstanceOf(ModelRefused.class)
                .hasMessage("You already keep 20 models, the most one account can keep; delete one on My models to keep this one.");
        assertThat(models.list(ada)).hasSize(20);
        models.delete(ada, models.list(ada).getFirst().id());
        assertThat(models.keep(ada, "run 21", MOONS).name()).isEqualTo("run 21");
    }

    @Test
    void aCancelledRunCannotBeKept() {
        TrainedModel cancelled = TrainedModel.of(MOONS.config(), MOONS.network(), Arrays.copyOf(MOONS.losses(), 120), true);
        assertThatThrownBy(() -> models.keep(ada, "half done", cancelled)).isInstanceOf(ModelRefused.class)
                .hasMessage("A cancelled run cannot be kept: it stopped after 120 of 3000 steps, so it is not the network "
                        + "its settings describe (the same settings always train the same network). Train it to the end, "
                        + "then keep it.");
        assertThat(models.list(ada)).isEmpty();
    }

    @Test
    void aDamagedCheckpointIsReportedOnLoadAndNothingElseIsLost() throws InvalidCheckpoint {
        long damaged = models.keep(ada, "damaged", MOONS).id();
        long intact = models.keep(ada, "intact", MOONS).id();
        byte[] bytes = models.checkpoint(ada, damaged);
        bytes[bytes.length / 2] ^= 0x01;
        jdbc.sql("update trained_model set checkpoint = :bytes where id = :id").param("bytes", bytes).param("id", damaged).update();

        assertThatThrownBy(() -> models.load(ada, damaged)).isInstanceOf(InvalidCheckpoint.class)
                .hasMessage("damaged checkpoint: the checksum does not match the contents");
        assertThat(models.list(ada)).extracting(SavedModel::name).containsExactly("intact", "damaged");
        assertThat(bits(models.load(ada, intact).parameters())).isEqualTo(bits(MOONS.parameters()));
        assertThat(models.checkpoint(ada, damaged)).as("the stored bytes stay downloadable").isEqualTo(bytes);
    }

    @Test
    void renamingChecksTheNameLikeKeeping() {
        long first = models.keep(ada, "first", MOONS).id();
        models.keep(ada, "second", MOONS);
        assertThat(models.rename(ada, first, " renamed ").name()).isEqualTo("renamed");
        assertThat(models.rename(ada, first, "renamed").name()).as("the same name again is no change").isEqualTo("renamed");
        assertThatThrownBy(() -> models.rename(ada, first, "second")).isInstanceOf(ModelRefused.class)
                .hasMessageContaining("already keep a model called \u201csecond\u201d");
        assertThatThrownBy(() -> models.rename(ada, first, "")).isInstanceOf(ModelRefused.class);
        assertThat(models.list(ada)).extracting(SavedModel::name).containsExactlyInAnyOrder("renamed", "second");
    }

    @Test
    void deletingAnAccountDeletesItsModels() {
        Accounts.ensure(users, jdbc, "model-leaver");
        long leaver = users.find("model-leaver").orElseThrow().id();
        models.keep(leaver, "gone with me", MOONS);
        models.keep(ada, "stays", MOONS);
        jdbc.sql("delete from app_user where id = :id").param("id", leaver).update();
        assertThat(jdbc.sql("select count(*) from trained_model where user_id = :id").param("id", leaver)
                .query(Integer.class).single()).isZero();
        assertThat(models.list(ada)).extracting(SavedModel::name).containsExactly("stays");
        assertThatThrownBy(() -> models.keep(leaver, "too late", MOONS)).isInstanceOf(ModelRefused.class)
                .hasMessage("Your account no longer exists, so nothing can be kept for it; sign in again.");
    }

    @Test
    void theDatabaseItselfRefusesACheckpointAboveTheLimit() {
        assertThatThrownBy(() -> jdbc.sql("insert into trained_model (user_id, name, dataset, process, target, weighting, "
                        + "width, layers, steps, batch, learning_rate, training_set_size, class_conditional, label_dropout, "
                        + "seed, final_loss, checkpoint) values (:owner, 'huge', 'two-moons', 'ddpm-linear', 'eps', "
                        + "'ddpm-simple', 64, 3, 3000, 256, 0.002, 4096, false, 0.1, 1, 0.5, :bytes)")
                .param("owner", ada).param("bytes", new byte[Checkpoint.MAX_BYTES + 1]).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private static long[] bits(double[] values) {
        return Arrays.stream(values).mapToLong(Double::doubleToRawLongBits).toArray();
    }
}
