package org.diffusioncourse.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Decides which folder the course is served from, so that {@code java -jar} works from any
 * folder. The rule, first match wins:
 * <ol>
 *   <li>{@code course.content-dir} is set (COURSE_CONTENT_DIR, {@code --course.content-dir=...}):
 *       that folder, polled for an author's edits;</li>
 *   <li>the working directory has a folder {@code content}: that one (an author in a checkout);</li>
 *   <li>otherwise the course bundled in the jar ({@code course-content/} on the class path) is
 *       extracted to {@code <course.data-dir>/bundled-content}, replaced on every start, and served.</li>
 * </ol>
 * The choice is logged at start, with the folder and the reason.
 */
public final class BundledContent implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY = "course.content-dir";
    /** Where the build puts the course on the class path (pom.xml, resources). */
    static final String ON_CLASS_PATH = "course-content";
    /** The folder under the data folder the bundled course is extracted to. */
    static final String EXTRACTED = "bundled-content";

    private final Log log;

    public BundledContent(DeferredLogFactory logs) {
        this.log = logs.getLog(BundledContent.class);
    }

    /** The folder chosen and why, as logged. */
    record Choice(Path folder, String reason) {
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Path workingDir = Path.of("").toAbsolutePath();
        Path dataDir = workingDir.resolve(environment.getProperty("course.data-dir", "data")).normalize();
        Choice choice = choose(environment.getProperty(PROPERTY), workingDir, dataDir,
                new PathMatchingResourcePatternResolver(application.getClassLoader()));
        environment.getPropertySources().addFirst(new MapPropertySource("courseContentFolder",
                Map.of(PROPERTY, choice.folder().toString())));
        log.info("Course content: " + choice.folder() + " (" + choice.reason() + ")");
    }

    /** The rule of the class comment; extracts the bundled course when it comes to the third case. */
    static Choice choose(String configured, Path workingDir, Path dataDir, ResourcePatternResolver classPath) {
        if (configured != null && !configured.isBlank()) {
            return new Choice(workingDir.resolve(configured.strip()).normalize(),
                    "set by course.content-dir or COURSE_CONTENT_DIR; edits are picked up while the site runs");
        }
        Path local = workingDir.resolve("content");
        if (Files.isDirectory(local)) {
            return new Choice(local, "the folder content in the working directory, as course.content-dir is not set;"
                    + " edits are picked up while the site runs");
        }
        Path target = dataDir.resolve(EXTRACTED);
        if (!extract(classPath, target)) {
            return new Choice(local, "course.content-dir is not set, there is no folder content in " + workingDir
                    + " and this build carries no course; set COURSE_CONTENT_DIR to the folder holding course.yml");
        }
        return new Choice(target, "the course bundled with the application, extracted afresh on this start, since"
                + " course.content-dir is not set and there is no folder content in " + workingDir
                + "; edits there are lost at the next start: to edit the course, set COURSE_CONTENT_DIR to your copy");
    }

    /**
     * Copies the bundled course to {@code target}, replacing what was there; false when the class
     * path has no course. The copy is made beside {@code target} and then moved into place.
     */
    static boolean extract(ResourcePatternResolver classPath, Path target) {
        try {
            Resource marker = classPath.getResource(ResourcePatternResolver.CLASSPATH_URL_PREFIX + ON_CLASS_PATH + "/course.yml");
            if (!marker.exists()) {
                return false;
            }
            String marked = marker.getURI().toString();
            String root = marked.substring(0, marked.length() - "course.yml".length());
            Files.createDirectories(target.getParent());
            Path fresh = Files.createTempDirectory(target.getParent(), EXTRACTED + "-new-");
            for (Resource resource : classPath.getResources(ResourcePatternResolver.CLASSPATH_URL_PREFIX + ON_CLASS_PATH + "/**")) {
                String uri = resource.getURI().toString();
                if (!uri.startsWith(root) || uri.endsWith("/") || (resource.isFile() && resource.getFile().isDirectory())) {
                    continue;
                }
                String relative = URLDecoder.decode(uri.substring(root.length()).replace("+", "%2B"), StandardCharsets.UTF_8);
                Path file = fresh.resolve(relative).normalize();
                if (!file.startsWith(fresh)) {
                    throw new IOException("a bundled file lies outside the course: " + relative);
                }
                Files.createDirectories(file.getParent());
                try (InputStream in = resource.getInputStream()) {
                    Files.copy(in, file);
                }
            }
            deleteTree(target);
            Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("cannot extract the course bundled with the application to " + target + ": "
                    + e.getMessage() + "; set course.data-dir to a writable folder, or COURSE_CONTENT_DIR to a course", e);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Override
    public int getOrder() {
        // After the application's own configuration files have been read.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
