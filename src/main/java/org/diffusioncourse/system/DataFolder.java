package org.diffusioncourse.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns {@code course.data-dir} into an absolute, existing folder before the database is
 * configured. H2 refuses file URLs that are implicitly relative ({@code data/course}), so
 * without this {@code --course.data-dir=mydata} would fail at start; with it any relative
 * folder is taken from the working directory, as a reader of the README would expect.
 */
public final class DataFolder implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY = "course.data-dir";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty(PROPERTY);
        if (configured == null || configured.isBlank()) {
            return;
        }
        Path folder = Path.of(configured).toAbsolutePath().normalize();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IllegalStateException(PROPERTY + " " + folder + " cannot be created: " + e.getMessage(), e);
        }
        environment.getPropertySources().addFirst(new MapPropertySource("courseDataFolder",
                Map.of(PROPERTY, folder.toString())));
    }

    @Override
    public int getOrder() {
        // After the application's own configuration files have been read.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
