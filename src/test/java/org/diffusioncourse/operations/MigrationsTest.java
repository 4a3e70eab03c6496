package org.diffusioncourse.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The tools' Flyway locations are the site's, and every database gets the same versions: a
 * migration whose SQL differs per database exists once in each vendor folder, under one name.
 */
class MigrationsTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void theToolsReadTheMigrationsFromWhereTheSiteReadsThem() throws IOException {
        Properties site = new Properties();
        try (Reader in = Files.newBufferedReader(RESOURCES.resolve("application.properties"))) {
            site.load(in);
        }
        String configured = site.getProperty("spring.flyway.locations");
        for (String url : List.of("jdbc:h2:mem:x", "jdbc:postgresql://127.0.0.1/x")) {
            assertThat(String.join(",", Migrations.locations(url)))
                    .isEqualTo(configured.replace("{vendor}", Migrations.vendor(url)));
        }
    }

    @Test
    void eachVendorFolderHoldsTheSameMigrations() throws IOException {
        assertThat(names("db/vendor/postgresql")).isEqualTo(names("db/vendor/h2")).isNotEmpty();
        assertThat(names("db/migration")).doesNotContainAnyElementsOf(names("db/vendor/h2"));
    }

    @Test
    void anotherDatabaseIsRefusedByItsUrl() {
        assertThatThrownBy(() -> Migrations.vendor("jdbc:mysql://db/course"))
                .hasMessageContaining("jdbc:mysql://db/course");
    }

    private static List<String> names(String folder) throws IOException {
        try (Stream<Path> files = Files.list(RESOURCES.resolve(folder))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
