package org.diffusioncourse.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database that fails a save, for tests of what the user is told: a check constraint that
 * refuses one value stands in for a database that cannot write, and is dropped afterwards.
 */
public final class RefusingDatabase {

    private RefusingDatabase() {
    }

    /**
     * Runs {@code test} while {@code table} refuses every row for which {@code allowed} is false,
     * e.g. {@code "prediction <> 'late'"}.
     */
    public static void whileRefusing(JdbcClient jdbc, String table, String allowed, Runnable test) {
        jdbc.sql("alter table " + table + " add constraint ck_test_refuse check (" + allowed + ")").update();
        try {
            test.run();
        } finally {
            jdbc.sql("alter table " + table + " drop constraint ck_test_refuse").update();
        }
    }
}
