package org.diffusioncourse.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.diffusioncourse.security.UserService;
import org.diffusioncourse.support.Accounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.diffusioncourse.support.CourseTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code learner_progress} table (Flyway V5): one row per account, overwritten by each
 * write, gone with the account; and the throttled writer that fills it.
 */
@CourseTest
class ProgressRepositoryTest {

    @Autowired
    ProgressRepository rows;
    @Autowired
    TouchWriter writer;
    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;

    private long account(String username) {
        Accounts.ensure(users, jdbc, username);
        return users.find(username).orElseThrow().id();
    }

    @Test
    void aLearnerHasOneRowThatTheLatestWriteOverwrites() {
        long owner = account("progress-paz");
        rows.save(owner, "forward-process", "t=10", Instant.parse("2026-01-01T10:00:00Z"));
        rows.save(owner, "ddpm", "seed=3&t=40", Instant.parse("2026-01-01T10:00:05Z"));
        LastTouched last = rows.find(owner).orElseThrow();
        assertThat(last.lessonId()).isEqualTo("ddpm");
        assertThat(last.link()).isEqualTo("lessons/ddpm?seed=3&t=40");
        assertThat(last.demoState()).containsExactly(Map.entry("seed", "3"), Map.entry("t", "40"));
        assertThat(last.at()).isEqualTo(Instant.parse("2026-01-01T10:00:05Z"));
        assertThat(jdbc.sql("select count(*) from learner_progress where user_id = :id").param("id", owner)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void deletingTheAccountDeletesWhereItLeftOff() {
        long owner = account("progress-leaver");
        rows.save(owner, "forward-process", "t=10", Instant.now());
        jdbc.sql("delete from app_user where id = :id").param("id", owner).update();
        assertThat(jdbc.sql("select count(*) from learner_progress where user_id = :id").param("id", owner)
                .query(Integer.class).single()).isZero();
        rows.save(owner, "forward-process", "t=20", Instant.now());
        assertThat(rows.find(owner)).as("a late write for a deleted account stores nothing").isEmpty();
    }

    @Test
    void aBurstOfMovesIsWrittenAtMostOncePerQuietSpellAndEndsOnTheLastState() {
        long owner = account("progress-burst");
        Map<String, String> state = new LinkedHashMap<>();
        long started = System.nanoTime();
        for (int t = 0; t <= 200; t++) {
            state.put("t", Integer.toString(t));
            writer.touched(owner, "forward-process", LastTouched.query(state));
        }
        long noted = System.nanoTime() - started;
        writer.flush();
        assertThat(rows.find(owner).orElseThrow().demoQuery()).isEqualTo("t=200");
        assertThat(noted).as("201 touches noted without waiting for the database").isLessThan(500_000_000L);
    }

    @Test
    void theQueryKeepsKeysSortedAndEncodedAndDropsAHandMadeGiant() {
        assertThat(LastTouched.query(Map.of("t", "250", "dataset", "two moons"))).isEqualTo("dataset=two+moons&t=250");
        assertThat(LastTouched.query(Map.of("x", "y".repeat(LastTouched.MAX_QUERY)))).isEmpty();
        assertThat(new LastTouched("forward-process", "", Instant.EPOCH).link()).isEqualTo("lessons/forward-process");
    }
}
