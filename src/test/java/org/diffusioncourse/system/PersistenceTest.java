package org.diffusioncourse.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.diffusioncourse.notes.NoteService;
import org.diffusioncourse.notes.ui.NoteEditor;
import org.diffusioncourse.operations.Migrations;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What learners keep: a saved note survives a restart of the application, a crash straight
 * after an autosave (the JVM halted with no shutdown), and an upgrade from a database made by
 * an older version of the site.
 */
class PersistenceTest {

    @TempDir
    Path data;

    @Test
    void aSavedNoteSurvivesARestartOfTheApplication() {
        try (AppOnFile first = new AppOnFile(data)) {
            first.saveNote("restart-rae", "claim:restart", "saved before the restart");
        }
        try (AppOnFile second = new AppOnFile(data)) {
            String question = second.as("restart-rae", () -> second.context.getBean(NoteService.class)
                    .find("forward-process", "claim:restart").orElseThrow().question());
            assertThat(question).isEqualTo("saved before the restart");
        }
    }

    /**
     * The editor sends a field at most {@link NoteEditor#SAVE_EVERY_MS} ms after a keystroke
     * and the save commits before the response; this shows that a committed save is on disk
     * even when the process dies the instant after. So a crash loses at most the keystrokes of
     * the last second that had not been sent yet.
     */
    @Test
    void aCrashRightAfterAnAutosaveLosesNothingThatWasSaved() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                AppOnFile.class.getName(), data.toString())
                .redirectErrorStream(true).redirectOutput(data.resolve("child.log").toFile()).start();
        assertThat(child.waitFor(180, TimeUnit.SECONDS)).as("the child finished").isTrue();
        String log = Files.readString(data.resolve("child.log"));
        assertThat(log).as(log).contains("SAVED");
        assertThat(child.exitValue()).as("it was halted, not shut down").isEqualTo(137);

        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath() + "/course", "course", "");
             Statement query = db.createStatement();
             ResultSet row = query.executeQuery("select question from research_note where object_key = 'claim:crash'")) {
            assertThat(row.next()).as("the autosaved note is in the file").isTrue();
            assertThat(row.getString(1)).isEqualTo("typed just before the crash");
        }
        assertThat(NoteEditor.SAVE_EVERY_MS).isEqualTo(1000);
    }

    @Test
    void theAppUpgradesADatabaseMadeByAnOlderVersionAndKeepsItsAccounts() throws Exception {
        String url = "jdbc:h2:file:" + data.toAbsolutePath() + "/course;AUTO_SERVER=FALSE";
        Flyway.configure().dataSource(url, "course", "").locations(Migrations.locations(url)).target("2").load().migrate();
        try (Connection db = DriverManager.getConnection(url, "course", "");
             Statement insert = db.createStatement()) {
            insert.executeUpdate("insert into app_user (username, password_hash, display_name) "
                    + "values ('old-olga', '{noop}not used', 'Olga from version 2')");
            insert.executeUpdate("insert into app_user_role (user_id, role) select id, 'LEARNER' from app_user where username = 'old-olga'");
        }
        try (AppOnFile app = new AppOnFile(data)) {
            JdbcClient jdbc = app.context.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select max(\"version\") from \"flyway_schema_history\" where \"success\" = true")
                    .query(String.class).single()).isEqualTo("7");
            assertThat(jdbc.sql("select display_name from app_user where username = 'old-olga'").query(String.class).single())
                    .isEqualTo("Olga from version 2");
            app.saveNote("old-olga", "claim:upgrade", "a note in the upgraded schema");
            assertThat(jdbc.sql("select count(*) from research_note").query(Integer.class).single()).isEqualTo(1);
        }
    }
}
