package org.diffusioncourse.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.diffusioncourse.lesson.ContentService;
import org.diffusioncourse.lesson.Lesson;
import org.diffusioncourse.models.SavedModels;
import org.diffusioncourse.notes.NoteService;
import org.diffusioncourse.operations.DatabaseBackup;
import org.diffusioncourse.operations.DatabaseCopy;
import org.diffusioncourse.practice.PracticeService;
import org.diffusioncourse.review.ClaimReview;
import org.diffusioncourse.review.ReviewInput;
import org.diffusioncourse.review.ReviewService;
import org.diffusioncourse.review.Verdict;
import org.diffusioncourse.security.SignUpForm;
import org.diffusioncourse.security.UserService;
import org.diffusioncourse.support.PostgresTestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Moving a course off its embedded H2 file, and its backups: the copy tool
 * ({@code --copy-database}) into a new H2 file and, in the PostgreSQL run, into PostgreSQL
 * (then {@code pg_dump}/{@code pg_restore} of that); the H2 backup ({@code --backup-database})
 * unzipped into a new data folder. Each time the site is started on the result and finds the
 * learner, her password, note, prediction, review chain, kept model (bytes included) and
 * progress, and takes new accounts and notes (its id counters were moved past the copied ids).
 */
class DatabaseMoveTest {

    private static final byte[] CHECKPOINT = new byte[300_000];

    static {
        new Random(12).nextBytes(CHECKPOINT);
    }

    /** Why the H2-only cases skip in the PostgreSQL execution: they ran in the H2 one. */
    private static final String H2_RUN = "H2 to H2: runs in the H2 execution";

    @TempDir
    Path temp;

    @Test
    void anH2CourseCopiedIntoANewH2FileHasEverythingAndTakesNewWork() throws IOException {
        assumeTrue(PostgresTestDatabases.server().isEmpty(), H2_RUN);
        Path source = course();
        Result copy = copy(h2(source), h2(temp.resolve("copy")), Map.of());
        assertThat(copy.status).as(copy.text()).isEqualTo(DatabaseCopy.COPIED);
        assertThat(copy.out).contains("every table has the same rows on both sides")
                .containsPattern("trained_model +1 +1 .* same").containsPattern("claim_review +2 +2 .* same");
        try (AppOnFile app = new AppOnFile(temp.resolve("copy"))) {
            assertEverythingIsThere(app);
        }
    }

    @Test
    void aTargetThatHasTablesIsRefusedAndSoIsASourceWithATableTheCopyDoesNotKnow() throws IOException {
        assumeTrue(PostgresTestDatabases.server().isEmpty(), H2_RUN);
        Path source = course();
        assertThat(copy(h2(source), h2(temp.resolve("copy")), Map.of()).status).isEqualTo(DatabaseCopy.COPIED);
        Result again = copy(h2(source), h2(temp.resolve("copy")), Map.of());
        assertThat(again.status).isEqualTo(DatabaseCopy.FAILED);
        assertThat(again.err).contains("is not empty").contains("app_user");

        try (AppOnFile app = new AppOnFile(source)) {
            app.context.getBean(JdbcClient.class).sql("create table scratch_pad (id int primary key)").update();
        }
        Result unknown = copy(h2(source), h2(temp.resolve("other")), Map.of());
        assertThat(unknown.status).isEqualTo(DatabaseCopy.FAILED);
        assertThat(unknown.err).contains("[scratch_pad]").contains("nothing is copied");
        assertThat(temp.resolve("other/course.mv.db")).as("refused before the target was touched").doesNotExist();
        assertThat(copy(h2(temp.resolve("missing")), h2(temp.resolve("third")), Map.of()).err)
                .as("a source that is not there is not created empty").contains("not found");
    }

    @Test
    void anH2BackupUnzippedIntoANewDataFolderIsTheWholeCourse() throws IOException {
        assumeTrue(PostgresTestDatabases.server().isEmpty(), H2_RUN);
        Path source = course();
        Path zip = temp.resolve("backup.zip");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = DatabaseBackup.run(new String[] {DatabaseBackup.FLAG, zip.toString()},
                Map.of("COURSE_DATA_DIR", source.toString()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(DatabaseBackup.WRITTEN);

        Path restored = Files.createDirectories(temp.resolve("restored"));
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Files.copy(in, restored.resolve(entry.getName()));
            }
        }
        try (AppOnFile app = new AppOnFile(restored)) {
            assertEverythingIsThere(app);
        }
    }

    @Test
    void anH2CourseCopiedToPostgresqlAndAPgDumpOfItRestoredHaveEverything() throws Exception {
        var server = PostgresTestDatabases.server();
        assumeTrue(server.isPresent(), "runs in the PostgreSQL execution (-Dcourse.test.postgres=...)");
        var pg = server.get();
        pg.recreate("moved_course");
        Result copy = copy(h2(course()), pg.url("moved_course"),
                Map.of("COURSE_COPY_TO_USER", pg.user(), "COURSE_COPY_TO_PASSWORD", pg.password()));
        assertThat(copy.status).as(copy.text()).isEqualTo(DatabaseCopy.COPIED);
        assertThat(copy.out).containsPattern("trained_model +1 +1 .* same");

        // The backup is taken before the site adds its own rows to the copy.
        Path dump = temp.resolve("course.dump");
        pg.recreate("restored_course");
        run(pg, List.of(pg.binary("pg_dump").toString(), "-Fc", "--no-owner", "-f", dump.toString(), "-d", "moved_course"));
        run(pg, List.of(pg.binary("pg_restore").toString(), "--no-owner", "--exit-on-error", "-d", "restored_course",
                dump.toString()));
        for (String database : List.of("moved_course", "restored_course")) {
            try (AppOnFile app = onPostgresql(pg.url(database), pg)) {
                assertEverythingIsThere(app);
            }
        }
    }

    /** A course on an H2 file, filled through the site's services as learners and a reviewer fill it. */
    private Path course() {
        Path data = temp.resolve("course");
        try (AppOnFile app = new AppOnFile(data)) {
            app.saveNote("mira", "claim:moved", "does this survive the move?");
            Lesson lesson = app.context.getBean(ContentService.class).course().lesson("forward-process").orElseThrow();
            Lesson.PracticeItem item = lesson.practice().getFirst();
            String guess = item.choices().isEmpty() ? "500" : item.choices().getFirst();
            app.as("mira", () -> app.context.getBean(PracticeService.class).commit(lesson, item, guess));
            app.as("rev", List.of("LEARNER", "REVIEWER"), () -> {
                ReviewService reviews = app.context.getBean(ReviewService.class);
                ClaimReview first = reviews.record(lesson.id(), lesson.claims().getFirst(),
                        new ReviewInput(Verdict.PARTIALLY_SUPPORTED, "Ho et al. 2020, Eq. (4)", "first look"), 0);
                return reviews.record(lesson.id(), lesson.claims().getFirst(),
                        new ReviewInput(Verdict.SUPPORTED, "Ho et al. 2020, Eq. (4)", "second look"), first.id());
            });
            JdbcClient jdbc = app.context.getBean(JdbcClient.class);
            long mira = jdbc.sql("select id from app_user where username = 'mira'").query(Long.class).single();
            jdbc.sql("insert into trained_model (user_id, name, dataset, process, target, weighting, width, layers, steps, "
                            + "batch, learning_rate, training_set_size, class_conditional, label_dropout, seed, final_loss, "
                            + "checkpoint) values (:id, 'moons', 'two-moons', 'ddpm-linear', 'eps', 'ddpm-simple', 64, 3, 3000, "
                            + "256, 0.002, 4096, true, 0.1, 7, 0.123456789, :bytes)")
                    .param("id", mira).param("bytes", CHECKPOINT).update();
            jdbc.sql("insert into learner_progress (user_id, lesson_id, demo_query) values (:id, 'forward-process', 'beta=0.02')")
                    .param("id", mira).update();
            jdbc.sql("insert into inquiry_pick (user_id, lesson_id, option_id) values (:id, 'forward-process', 'readout')")
                    .param("id", mira).update();
        }
        return data;
    }

    private static void assertEverythingIsThere(AppOnFile app) {
        UserService users = app.context.getBean(UserService.class);
        JdbcClient jdbc = app.context.getBean(JdbcClient.class);
        assertThat(users.find("MIRA")).as("found whatever the case").isPresent();
        String hash = jdbc.sql("select password_hash from app_user where username = 'mira'").query(String.class).single();
        assertThat(app.context.getBean(PasswordEncoder.class).matches(AppOnFile.PASSWORD, hash)).isTrue();
        assertThat(app.as("mira", () -> app.context.getBean(NoteService.class).find("forward-process", "claim:moved")
                .orElseThrow().question())).isEqualTo("does this survive the move?");
        Lesson lesson = app.context.getBean(ContentService.class).course().lesson("forward-process").orElseThrow();
        assertThat(app.as("mira", () -> app.context.getBean(PracticeService.class)
                .find(lesson.id(), lesson.practice().getFirst().id()).orElseThrow().prediction())).isNotBlank();
        long modelId = app.as("mira", () -> app.context.getBean(SavedModels.class).mine().getFirst().id());
        assertThat(Arrays.equals(app.as("mira", () -> app.context.getBean(SavedModels.class).checkpoint(modelId)),
                CHECKPOINT)).as("the checkpoint's bytes").isTrue();
        List<ClaimReview> chain = app.as("rev", List.of("LEARNER", "REVIEWER"),
                () -> app.context.getBean(ReviewService.class).history(lesson.id(), lesson.claims().getFirst().id()));
        assertThat(chain).extracting(ClaimReview::caveats).containsExactly("second look", "first look");
        assertThat(chain.getFirst().supersedes()).isEqualTo(chain.get(1).id());
        assertThat(jdbc.sql("select demo_query from learner_progress").query(String.class).single()).isEqualTo("beta=0.02");
        assertThat(jdbc.sql("select option_id from inquiry_pick").query(String.class).single()).isEqualTo("readout");

        // New rows get new ids: the copy moved every id counter past the copied ids.
        users.signUp(new SignUpForm("newcomer", "Newcomer", AppOnFile.PASSWORD, AppOnFile.PASSWORD));
        assertThat(app.saveNote("mira", "claim:after-the-move", "a new note").version()).isZero();
        app.as("rev", List.of("LEARNER", "REVIEWER"), () -> app.context.getBean(ReviewService.class).record(lesson.id(),
                lesson.claims().getFirst(), new ReviewInput(Verdict.SUPPORTED, "Ho et al. 2020", "third"), chain.getFirst().id()));
    }

    private static AppOnFile onPostgresql(String url, PostgresTestDatabases.Server pg) {
        return new AppOnFile(Path.of("target/test-data/moved-unused"), "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + pg.user(), "--spring.datasource.password=" + pg.password());
    }

    private static String h2(Path folder) {
        return "jdbc:h2:file:" + folder.toAbsolutePath() + "/course";
    }

    private record Result(int status, String out, String err) {
        String text() {
            return out + err;
        }
    }

    private static Result copy(String from, String to, Map<String, String> env) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = DatabaseCopy.run(new String[] {DatabaseCopy.FLAG, "--from", from, "--to", to}, env,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs a PostgreSQL client binary against the test server, failing with its output. */
    private static void run(PostgresTestDatabases.Server pg, List<String> command) throws Exception {
        String hostPort = pg.baseUrl().substring("jdbc:postgresql://".length(), pg.baseUrl().length() - 1);
        List<String> full = new ArrayList<>(command);
        full.addAll(1, List.of("-h", hostPort.substring(0, hostPort.lastIndexOf(':')),
                "-p", hostPort.substring(hostPort.lastIndexOf(':') + 1), "-U", pg.user()));
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", pg.password());
        Process process = builder.start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(process.waitFor()).as(String.join(" ", command) + ": " + output).isZero();
    }
}
