package org.diffusioncourse.operations;

import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Where the Flyway migrations are, for the tools and tests that run Flyway themselves: the
 * portable ones in {@code db/migration} and, per database, the few whose SQL differs in
 * {@code db/vendor/h2} or {@code db/vendor/postgresql}. The site says the same in
 * application.properties ({@code spring.flyway.locations} with Spring Boot's {@code {vendor}});
 * MigrationsTest keeps the two in step.
 */
public final class Migrations {

    /** The migrations every database runs. */
    public static final String COMMON = "classpath:db/migration";

    private Migrations() {
    }

    /** The locations for the database at {@code jdbcUrl}: H2 and PostgreSQL are the ones there are. */
    public static String[] locations(String jdbcUrl) {
        return new String[] {COMMON, "classpath:db/vendor/" + vendor(jdbcUrl)};
    }

    /** {@code h2} or {@code postgresql}, the vendor folder name Spring Boot gives these URLs. */
    public static String vendor(String jdbcUrl) {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:h2:")) {
            return "h2";
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return "postgresql";
        }
        throw new IllegalArgumentException("database URL " + jdbcUrl
                + " is neither H2 (jdbc:h2:...) nor PostgreSQL (jdbc:postgresql://...), the two the course supports");
    }

    /** Flyway for the database at {@code jdbcUrl}, reached through {@code data}, with the site's migrations. */
    public static FluentConfiguration configure(DataSource data, String jdbcUrl) {
        return Flyway.configure().dataSource(data).locations(locations(jdbcUrl));
    }
}
