package org.diffusioncourse.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Kept networks against the real H2 schema, through the service's security: the round trip, the
 * limits and the owner of every row. Ada is signed in; Bob's and others' rows are written
 * straight through the repository, as another session would.
 */
@CourseTest
@WithMockUser(username = "model-ada")
class SavedModelsTest {

    private static final TrainedModel MOONS = ModelLibrary.shared().shipped(ShippedModel.TWO_MOONS_EPS);

    @Autowired
    SavedModels models;
    @Autowired
    ModelRepository repository;
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
        SavedModel kept = models.keep("  my first moons  ", MOONS);
        assertThat(kept.name()).as("trimmed").isEqualTo("my first moons");
        assertThat(kept.config()).contains(MOONS.config());
        assertThat(kept.finalLoss()).isEqualTo(MOONS.finalLoss());

        TrainedModel loaded = models.load(kept.id());
        assertThat(bits(loaded.parameters())).isEqualTo(bits(MOONS.parameters()));
        assertThat(bits(loaded.losses())).isEqualTo(bits(MOONS.losses()));
        assertThat(loaded.config()).isEqualTo(MOONS.config());
        assertThat(models.checkpoint(kept.id())).isEqualTo(Checkpoint.toBytes(MOONS));
    }

    @Test
    void theListIsNewestFirstAndHoldsOnlyTheAccountsModels() throws InterruptedException {
        models.keep("oldest", MOONS);
        Thread.sleep(5);
        models.keep("middle", MOONS);
        Thread.sleep(5);
        models.keep("newest", MOONS);
        repository.insert(bob, "bob's", MOONS, Checkpoint.toBytes(MOONS), Instant.now());
        assertThat(models.mine()).extracting(SavedModel::name).containsExactly("newest", "middle", "oldest");
        assertThat(repository.all(bob)).extracting(SavedModel::name).containsExactly("bob's");
    }

    @Test
    void anotherAccountsModelIsNotFoundAndStaysAsItWas() {
        repository.insert(bob, "bob's own", MOONS, Checkpoint.toBytes(MOONS), Instant.now());
        long id = repository.named(bob, "bob's own").orElseThrow().id();
        String notFound = "There is no saved model " + id + " in your account; it may have been deleted in another tab.";
        assertThatThrownBy(() -> models.load(id)).isInstanceOf(ModelNotFound.class).hasMessage(notFound);
        assertThatThrownBy(() -> models.find(id)).isInstanceOf(ModelNotFound.class);
        assertThatThrownBy(() -> models.checkpoint(id)).isInstanceOf(ModelNotFound.class);
        assertThatThrownBy(() -> models.rename(id, "stolen")).isInstanceOf(ModelNotFound.class);
        assertThatThrownBy(() -> models.delete(id)).isInstanceOf(ModelNotFound.class);
        assertThat(models.mine()).isEmpty();
        assertThat(repository.find(bob, id)).hasValueSatisfying(m -> assertThat(m.name()).isEqualTo("bob's own"));
        assertThat(repository.checkpoint(bob, id)).hasValue(Checkpoint.toBytes(MOONS));
    }

    @Test
    void namesAreOneToEightyCharactersWithoutControlCharactersAndUniquePerAccount() {
        assertThatThrownBy(() -> models.keep("   ", MOONS)).isInstanceOf(ModelRefused.class)
                .hasMessage("Give the model a name of 1 to 80 characters.");
        assertThatThrownBy(() -> models.keep("x".repeat(81), MOONS)).isInstanceOf(ModelRefused.class)
                .hasMessage("A model name has at most 80 characters; this one has 81.");
        assertThatThrownBy(() -> models.keep("two\nlines", MOONS)).isInstanceOf(ModelRefused.class)
                .hasMessage("A model name cannot contain control characters such as line breaks or tabs.");
        models.keep("x".repeat(80), MOONS);
        models.keep("moons", MOONS);
        assertThatThrownBy(() -> models.keep(" moons ", MOONS)).isInstanceOf(ModelRefused.class)
                .hasMessage("You already keep a model called \u201cmoons\u201d; choose another name (or rename that one on My models).");
        repository.insert(bob, "moons", MOONS, Checkpoint.toBytes(MOONS), Instant.now());
        assertThat(repository.named(bob, "moons")).as("another account may use the name").isPresent();
        assertThat(models.mine()).hasSize(2);
    }

    @Test
    void anAccountKeepsAtMostTwentyModels() {
        for (int i = 1; i <= SavedModels.MAX_MODELS; i++) {
            models.keep("run " + i, MOONS);
        }
        assertThatThrownBy(() -> models.keep("run 21", MOONS)).isInstanceOf(ModelRefused.class)
                .hasMessage("You already keep 20 models, the most one account can keep; delete one on My models to keep this one.");
        assertThat(models.mine()).hasSize(20);
        models.delete(models.mine().getFirst().id());
        assertThat(models.keep("run 21", MOONS).name()).isEqualTo("run 21");
    }

    @Test
    void aCancelledRunCannotBeKept() {
        TrainedModel cancelled = TrainedModel.of(MOONS.config(), MOONS.network(), Arrays.copyOf(MOONS.losses(), 120), true);
        assertThatThrownBy(() -> models.keep("half done", cancelled)).isInstanceOf(ModelRefused.class)
                .hasMessage("A cancelled run cannot be kept: it stopped after 120 of 3000 steps, so it is not the network "
                        + "its settings describe (the same settings always train the same network). Train it to the end, "
                        + "then keep it.");
        assertThat(models.mine()).isEmpty();
    }

    @Test
    void aDamagedCheckpointIsReportedOnLoadAndNothingElseIsLost() throws InvalidCheckpoint {
        long damaged = models.keep("damaged", MOONS).id();
        long intact = models.keep("intact", MOONS).id();
        byte[] bytes = models.checkpoint(damaged);
        bytes[bytes.length / 2] ^= 0x01;
        jdbc.sql("update trained_model set checkpoint = :bytes where id = :id").param("bytes", bytes).param("id", damaged).update();

        assertThatThrownBy(() -> models.load(damaged)).isInstanceOf(InvalidCheckpoint.class)
                .hasMessage("damaged checkpoint: the checksum does not match the contents");
        assertThat(models.mine()).extracting(SavedModel::name).containsExactly("intact", "damaged");
        assertThat(bits(models.load(intact).parameters())).isEqualTo(bits(MOONS.parameters()));
        assertThat(models.checkpoint(damaged)).as("the stored bytes stay downloadable").isEqualTo(bytes);
    }

    @Test
    void renamingChecksTheNameLikeKeeping() {
        long first = models.keep("first", MOONS).id();
        models.keep("second", MOONS);
        assertThat(models.rename(first, " renamed ").name()).isEqualTo("renamed");
        assertThat(models.rename(first, "renamed").name()).as("the same name again is no change").isEqualTo("renamed");
        assertThatThrownBy(() -> models.rename(first, "second")).isInstanceOf(ModelRefused.class)
                .hasMessageContaining("already keep a model called \u201csecond\u201d");
        assertThatThrownBy(() -> models.rename(first, "")).isInstanceOf(ModelRefused.class);
        assertThat(models.mine()).extracting(SavedModel::name).containsExactlyInAnyOrder("renamed", "second");
    }

    @Test
    void deletingAnAccountDeletesItsModels() {
        Accounts.ensure(users, jdbc, "model-leaver");
        long leaver = users.find("model-leaver").orElseThrow().id();
        repository.insert(leaver, "gone with me", MOONS, Checkpoint.toBytes(MOONS), Instant.now());
        models.keep("stays", MOONS);
        jdbc.sql("delete from app_user where id = :id").param("id", leaver).update();
        assertThat(jdbc.sql("select count(*) from trained_model where user_id = :id").param("id", leaver)
                .query(Integer.class).single()).isZero();
        assertThat(models.mine()).extracting(SavedModel::name).containsExactly("stays");
    }

    @Test
    @WithAnonymousUser
    void anAnonymousVisitorCanNeitherListNorKeep() {
        assertThatThrownBy(() -> models.mine()).isInstanceOfAny(AccessDeniedException.class,
                AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> models.keep("mine", MOONS)).isInstanceOfAny(AccessDeniedException.class,
                AuthenticationCredentialsNotFoundException.class);
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
