package org.diffusioncourse.operations;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A backup of the embedded H2 database: {@code java -jar course.jar --backup-database FILE.zip}
 * writes H2's own {@code BACKUP TO} archive of {@code COURSE_DATA_DIR/course.mv.db} (default
 * {@code ./data}), a consistent copy taken inside one transaction. Restoring is unzipping it
 * into an empty data folder. The site must be stopped: it holds the file while it runs. For
 * PostgreSQL, {@code pg_dump -Fc} is the tool (see the README).
 */
public final class DatabaseBackup {

    /** The argument that asks for the backup instead of the site. */
    public static final String FLAG = "--backup-database";

    /** Exit status: the backup was written. */
    public static final int WRITTEN = 0;
    /** Exit status: nothing was written; the message says why. */
    public static final int FAILED = 1;
    /** Exit status: the command line itself is wrong. */
    public static final int USAGE = 2;

    private DatabaseBackup() {
    }

    /** Whether {@code args} ask for the backup. */
    public static boolean asked(String[] args) {
        return args.length > 0 && args[0].equals(FLAG);
    }

    /**
     * Backs up the H2 database of {@code COURSE_DATA_DIR} in {@code env} ({@code args}:
     * {@code --backup-database FILE}), reporting to {@code err}.
     *
     * @return the exit status
     */
    public static int run(String[] args, Map<String, String> env, PrintStream err) {
        if (args.length != 2 || !args[1].endsWith(".zip")) {
            err.println("usage: " + FLAG + " FILE.zip; was given " + (args.length - 1) + " arguments after " + FLAG
                    + (args.length == 2 ? " and " + args[1] + " does not end in .zip" : ""));
            return USAGE;
        }
        Path data = Path.of(env.getOrDefault("COURSE_DATA_DIR", "./data")).toAbsolutePath().normalize();
        Path file = Path.of(args[1]).toAbsolutePath().normalize();
        if (!Files.exists(data.resolve("course.mv.db"))) {
            err.println("backup-database: there is no H2 database " + data.resolve("course.mv.db")
                    + " (COURSE_DATA_DIR=" + data + ")");
            return FAILED;
        }
        if (Files.exists(file)) {
            err.println("backup-database: " + file + " exists already; give a new file name");
            return FAILED;
        }
        String url = "jdbc:h2:file:" + data.resolve("course") + ";IFEXISTS=TRUE;AUTO_SERVER=FALSE";
        try (Connection db = DriverManager.getConnection(url, env.getOrDefault("COURSE_DATABASE_USER", "course"),
                env.getOrDefault("COURSE_DATABASE_PASSWORD", ""));
             Statement backup = db.createStatement()) {
            backup.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            err.println("backup-database: " + e.getMessage()
                    + (e.getMessage().contains("locked") ? " (stop the site first: it holds the file while it runs)" : ""));
            return FAILED;
        }
        err.println("backed up " + data.resolve("course.mv.db") + " to " + file
                + "; restore: unzip it into an empty data folder");
        return WRITTEN;
    }
}
