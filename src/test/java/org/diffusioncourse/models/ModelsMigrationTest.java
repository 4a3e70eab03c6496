package org.diffusioncourse.models;

import static org.assertj.core.api.Assertions.assertThat;

import org.diffusioncourse.operations.Migrations;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V4 upgrades a database made by the previous version (schema 3, with an account and a note)
 * without touching what it holds, and the new table belongs to the accounts (cascade).
 */
class ModelsMigrationTest {

    @Test
    void aDatabaseAtVersionThreeGainsTheModelsTableAndKeepsItsRows() {
        String url = "jdbc:h2:mem:models-migration;DB_CLOSE_DELAY=-1";
        DriverManagerDataSource data = new DriverManagerDataSource(url, "course", "");
        Migrations.configure(data, url).target("3").load().migrate();
        JdbcClient jdbc = JdbcClient.create(data);
        jdbc.sql("insert into app_user (username, password_hash, display_name) values ('old-otto', 'x', 'Otto')").update();
        long otto = jdbc.sql("select id from app_user where username = 'old-otto'").query(Long.class).single();
        jdbc.sql("insert into research_note (user_id, lesson_id, object_key, object_label, link, question) "
                + "values (:id, 'forward-process', 'claim:a', 'Claim a', 'lessons/forward-process', 'kept?')").param("id", otto).update();

        Migrations.configure(data, url).load().migrate();

        assertThat(jdbc.sql("select max(\"version\") from \"flyway_schema_history\" where \"success\" = true")
                .query(String.class).single()).isEqualTo("7");
        assertThat(jdbc.sql("select question from research_note where user_id = :id").param("id", otto)
                .query(String.class).single()).isEqualTo("kept?");
        jdbc.sql("insert into trained_model (user_id, name, dataset, process, target, weighting, width, layers, steps, "
                        + "batch, learning_rate, training_set_size, class_conditional, label_dropout, seed, final_loss, "
                        + "checkpoint) values (:id, 'm', 'two-moons', 'ddpm-linear', 'eps', 'ddpm-simple', 64, 3, 3000, 256, "
                        + "0.002, 4096, false, 0.1, 1, 0.5, :bytes)")
                .param("id", otto).param("bytes", new byte[1_500_000]).update();
        assertThat(jdbc.sql("select octet_length(checkpoint) from trained_model where user_id = :id").param("id", otto)
                .query(Integer.class).single()).as("checkpoints above a megabyte fit").isEqualTo(1_500_000);
        jdbc.sql("delete from app_user where id = :id").param("id", otto).update();
        assertThat(jdbc.sql("select count(*) from trained_model").query(Integer.class).single()).isZero();
    }
}
