package org.diffusioncourse.system;

import java.nio.file.Path;
import java.util.List;
import org.diffusioncourse.Application;
import org.diffusioncourse.notes.NoteDraft;
import org.diffusioncourse.notes.NoteService;
import org.diffusioncourse.notes.PageObject;
import org.diffusioncourse.notes.ResearchNote;
import org.diffusioncourse.security.SignUpForm;
import org.diffusioncourse.security.UserService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The whole application started on an H2 file database in a given folder, as a user would
 * run it, for tests of what survives a restart, a crash or an upgrade. Also a main class, so
 * a test can run it in a child JVM and kill it.
 */
final class AppOnFile implements AutoCloseable {

    static final String PASSWORD = "correct horse battery";

    final ConfigurableApplicationContext context;

    /** @param extraArguments more command-line arguments, e.g. a pool setting; each replaces a default of its key */
    AppOnFile(Path dataDir, String... extraArguments) {
        // Command-line arguments, as a user would pass them: they override application.properties
        // (builder "properties" would not, and the app would quietly use ./data).
        List<String> arguments = new java.util.ArrayList<>(List.of(
                "--course.data-dir=" + dataDir.toAbsolutePath(),
                "--course.content-dir=" + Path.of("content").toAbsolutePath(),
                "--course.content-poll-ms=0",
                "--course.admin-password=admin passphrase for file tests",
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN"));
        // An extra argument replaces a default of the same key (Spring would join the two values).
        for (String extra : extraArguments) {
            int eq = extra.indexOf('=');
            if (eq > 0) {
                String key = extra.substring(0, eq + 1);
                arguments.removeIf(argument -> argument.startsWith(key));
            }
        }
        arguments.addAll(List.of(extraArguments));
        context = new SpringApplicationBuilder(Application.class).run(arguments.toArray(String[]::new));
    }

    /** Runs {@code action} signed in as {@code username} (created as a learner if new). */
    <T> T as(String username, java.util.function.Supplier<T> action) {
        return as(username, List.of("LEARNER"), action);
    }

    /**
     * Runs {@code action} signed in as {@code username} with {@code roles} (created as a learner
     * if new; the roles of the sign-in are the ones given, as after a sign-in with them).
     */
    <T> T as(String username, List<String> roles, java.util.function.Supplier<T> action) {
        UserService users = context.getBean(UserService.class);
        if (users.find(username).isEmpty()) {
            users.signUp(new SignUpForm(username, "Name of " + username, PASSWORD, PASSWORD));
        }
        SecurityContextHolderStrategy strategy = context.getBean(SecurityContextHolderStrategy.class);
        var auth = UsernamePasswordAuthenticationToken.authenticated(username, null,
                roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList());
        var security = strategy.createEmptyContext();
        security.setAuthentication(auth);
        strategy.setContext(security);
        org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(strategy);
        try {
            return action.get();
        } finally {
            strategy.clearContext();
        }
    }

    ResearchNote saveNote(String username, String key, String question) {
        return as(username, () -> {
            NoteService notes = context.getBean(NoteService.class);
            PageObject object = new PageObject(key, "claim", "Claim " + key, "lessons/forward-process#" + key, "");
            long version = notes.find("forward-process", key).map(ResearchNote::version).orElse(NoteService.NEW);
            return notes.save(new NoteDraft("forward-process", object, question, "", ""), version);
        });
    }

    @Override
    public void close() {
        context.close();
    }

    /**
     * Child-JVM entry point: starts on the folder in {@code args[0]}, saves one note the way
     * the editor's autosave does, prints {@code SAVED}, and halts the JVM at once, with no
     * shutdown hook, no pool close and no database close: a crash right after an autosave.
     */
    public static void main(String[] args) {
        AppOnFile app = new AppOnFile(Path.of(args[0]));
        app.saveNote("crash-carla", "claim:crash", "typed just before the crash");
        System.out.println("SAVED");
        System.out.flush();
        Runtime.getRuntime().halt(137);
    }
}
