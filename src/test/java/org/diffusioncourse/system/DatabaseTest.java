package org.diffusioncourse.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** On first start the embedded H2 file database is created under the data folder and migrated by Flyway. */
@SpringBootTest(properties = "course.content-poll-ms=0")
class DatabaseTest {

    private static final Path DATA;

    static {
        try {
            DATA = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-data")), "course-");
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("course.data-dir", DATA::toString);
    }

    @Autowired
    JdbcTemplate jdbc;

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
