package org.diffusioncourse;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.diffusioncourse.demo.catalog.DemoCatalog;
import org.diffusioncourse.lesson.ContentProblem;
import org.diffusioncourse.lesson.Course;
import org.diffusioncourse.lesson.CourseLoader;

/**
 * The content check for authors, without a server: {@code java -jar course.jar --check-content
 * [DIR]} reads the content folder exactly as the site does (the same loader, the same validator,
 * the same demo catalog for directives and practice answers), prints every problem as
 * {@code file:line: message} and exits 1 if there is any error, 0 if there is none. Placeholder
 * text still to be replaced ({@code TODO(author):}) is printed as {@code file:line: warning:
 * message} and does not change the exit status, so a scaffolded lesson can be committed while it
 * is written. It starts no server and opens no database, so an author's own CI can run it in a
 * second.
 *
 * <p>DIR defaults to the folder the site would read: {@code COURSE_CONTENT_DIR}, else
 * {@code ./content}.
 */
public final class ContentCheck {

    /** The argument that asks for the check instead of the site. */
    public static final String FLAG = "--check-content";

    /** Exit status: no error (there may be warnings). */
    public static final int CLEAN = 0;
    /** Exit status: at least one error. */
    public static final int PROBLEMS = 1;
    /** Exit status: the command line itself is wrong. */
    public static final int USAGE = 2;

    private ContentCheck() {
    }

    /** Whether {@code args} ask for the check. */
    public static boolean asked(String[] args) {
        return args.length > 0 && args[0].equals(FLAG);
    }

    /**
     * Runs the check for {@code args} ({@code --check-content [DIR]}), writing problems to
     * {@code out} and a summary or a usage error to {@code err}.
     *
     * @return the exit status
     */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        if (args.length > 2) {
            err.println("usage: " + FLAG + " [DIR]; was given " + (args.length - 1) + " arguments after " + FLAG);
            return USAGE;
        }
        Path dir = Path.of(args.length == 2 ? args[1] : env.getOrDefault("COURSE_CONTENT_DIR", "./content"));
        Course course = new CourseLoader(new DemoCatalog()).load(dir);
        course.problems().forEach(out::println);
        List<ContentProblem> errors = course.errors();
        int warnings = course.warnings().size();
        String warned = warnings == 0 ? "" : ", " + warnings + (warnings == 1 ? " warning" : " warnings");
        if (errors.isEmpty()) {
            err.println(dir + ": " + course.lessons().size() + " lessons, " + course.sources().size()
                    + " sources, " + (warnings == 0 ? "no problems" : "no errors" + warned));
            return CLEAN;
        }
        err.println(dir + ": " + errors.size() + (errors.size() == 1 ? " problem" : " problems") + warned);
        return PROBLEMS;
    }
}
