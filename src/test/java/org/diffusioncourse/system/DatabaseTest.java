package org.diffusioncourse.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On first start the embedded H2 file database is created under the data folder and migrated
 * by Flyway. The folder is given relative, as a user would type it: H2 alone refuses such
 * paths, {@link DataFolder} makes them absolute.
 */
@SpringBootTest(properties = {"course.content-poll-ms=0", "course.data-dir=target/test-data/database-test"})
class DatabaseTest {

    private static final Path DATA = Path.of("target/test-data/database-test");

    @Autowired
    JdbcTemplate jdbc;

    @Value("${course.data-dir}")
    String resolvedDataDir;

    @Test
    void aRelativeDataFolderIsResolvedAgainstTheWorkingDirectory() {
        assertThat(resolvedDataDir).isEqualTo(DATA.toAbsolutePath().normalize().toString());
    }

    @Test
    void theDatabaseFileLivesInTheConfiguredDataFolder() {
        assertThat(DATA.resolve("course.mv.db")).exists();
    }

    @Test
    void flywayAppliedEveryMigration() {
        Integer applied = jdbc.queryForObject(
                "select count(*) from \"flyway_schema_history\" where \"success\" = true and \"version\" = '1'", Integer.class);
        assertThat(applied).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from app_info where name = 'schema-created-at'", Integer.class))
                .isEqualTo(1);
    }
}
