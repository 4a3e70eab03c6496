package org.diffusioncourse.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.diffusioncourse.security.CurrentUser;
import org.diffusioncourse.security.UserService;
import org.diffusioncourse.simulation.learn.ModelLibrary;
import org.diffusioncourse.simulation.learn.ShippedModel;
import org.diffusioncourse.simulation.learn.TrainedModel;
import org.diffusioncourse.support.Accounts;
import org.diffusioncourse.support.CourseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/** The training widget's keep button: kept for whoever is signed in, and a sentence for every other case. */
@CourseTest
class KeepModelTest {

    private static final TrainedModel MOONS = ModelLibrary.shared().shipped(ShippedModel.TWO_MOONS_EPS);

    @Autowired
    SavedModels models;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;

    @Test
    @WithMockUser(username = "keep-kim")
    void aSignedInLearnerKeepsTheRunUnderTheSuggestedName() {
        Accounts.ensure(users, jdbc, "keep-kim");
        long kim = users.find("keep-kim").orElseThrow().id();
        jdbc.sql("delete from trained_model where user_id = :id").param("id", kim).update();
        assertThat(KeepModel.possible(currentUser)).isTrue();

        String name = KeepModel.suggestedName(MOONS.config());
        assertThat(name).isEqualTo("two-moons ddpm-linear eps, width 64, 3000 steps, seed 1").hasSizeLessThan(SavedModels.MAX_NAME);
        KeepModel.Outcome kept = KeepModel.keep(models, currentUser, name, MOONS);
        assertThat(kept.kept()).isTrue();
        assertThat(kept.message()).isEqualTo("Kept as \u201c" + name + "\u201d: find it on My models.");
        assertThat(models.mine()).extracting(SavedModel::name).containsExactly(name);

        KeepModel.Outcome again = KeepModel.keep(models, currentUser, name, MOONS);
        assertThat(again.kept()).isFalse();
        assertThat(again.message()).startsWith("Not kept: You already keep a model called");
        TrainedModel cancelled = TrainedModel.of(MOONS.config(), MOONS.network(), Arrays.copyOf(MOONS.losses(), 5), true);
        assertThat(KeepModel.keep(models, currentUser, "other", cancelled).message())
                .startsWith("Not kept: A cancelled run cannot be kept");
    }

    @Test
    @WithAnonymousUser
    void anAnonymousLearnerIsToldToSignInAndNothingIsStored() {
        int before = jdbc.sql("select count(*) from trained_model").query(Integer.class).single();
        assertThat(KeepModel.possible(currentUser)).isFalse();
        KeepModel.Outcome outcome = KeepModel.keep(models, currentUser, "mine", MOONS);
        assertThat(outcome.kept()).isFalse();
        assertThat(outcome.message())
                .isEqualTo("Sign in to keep your trained network: anyone can train, but only an account keeps models.");
        assertThat(jdbc.sql("select count(*) from trained_model").query(Integer.class).single()).isEqualTo(before);
    }
}
