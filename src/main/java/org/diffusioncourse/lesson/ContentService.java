package org.diffusioncourse.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Serves the current course and reloads it when an author saves a content file. A light
 * poll of file sizes and modification times (every {@code course.content-poll-ms}) finds
 * the change; open lesson pages are told through {@link #onChange} and redraw themselves.
 * A broken file never stops the site: its problems travel with the course, on a start as on a
 * reload, even when reading it fails in a way nobody foresaw.
 */
@Service
public class ContentService implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ContentService.class);

    private final Path contentDir;
    private final CourseLoader loader;
    private final List<Consumer<Course>> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService poller;
    private volatile Course course;
    private volatile String fingerprint;

    public ContentService(@Value("${course.content-dir}") String contentDir,
                          @Value("${course.content-poll-ms:1000}") long pollMillis,
                          DirectiveCatalog catalog) {
        this.contentDir = Path.of(contentDir).toAbsolutePath().normalize();
        this.loader = new CourseLoader(catalog);
        reload();
        if (pollMillis > 0) {
            poller = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "content-watch");
                thread.setDaemon(true);
                return thread;
            });
            poller.scheduleWithFixedDelay(this::reloadIfChanged, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
        } else {
            poller = null;
        }
    }

    public Course course() {
        return course;
    }

    public Path contentDir() {
        return contentDir;
    }

    /** Registers a listener for reloads; run the returned handle to unregister. */
    public Runnable onChange(Consumer<Course> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Reloads now when any content file changed since the last load. */
    public synchronized void reloadIfChanged() {
        try {
            if (!fingerprint().equals(fingerprint)) {
                reload();
                listeners.forEach(this::tell);
            }
        } catch (RuntimeException e) {
            log.warn("Could not check the content folder for changes", e);
        }
    }

    /** One page that fails to redraw must not keep the others on the old content. */
    private void tell(Consumer<Course> listener) {
        try {
            listener.accept(course);
        } catch (RuntimeException e) {
            log.warn("A page could not take the reloaded course", e);
        }
    }

    private synchronized void reload() {
        fingerprint = fingerprint();
        course = load();
        if (course.problems().isEmpty()) {
            log.info("Loaded {} lessons from {}", course.lessons().size(), contentDir);
        } else {
            log.warn("Loaded the course from {} with {} problems:\n  {}", contentDir, course.problems().size(),
                    String.join("\n  ", course.problems().stream().map(ContentProblem::toString).toList()));
        }
    }

    /**
     * The course; should the loader fail as a whole (it guards each file itself), a course whose
     * one problem says so on the home page, so that the site still starts and a reload still shows.
     */
    private Course load() {
        List<ContentProblem> sink = new ArrayList<>();
        String folder = contentDir.getFileName() == null ? "content" : contentDir.getFileName().toString();
        return LoadFailure.guard(new Problems(folder, 0, sink), 1, () -> Optional.of(loader.load(contentDir)),
                Optional.<Course>empty()).orElseGet(() -> new Course("Course", "", List.of(), Map.of(), sink));
    }

    private String fingerprint() {
        if (!Files.isDirectory(contentDir)) {
            return "missing";
        }
        StringBuilder print = new StringBuilder();
        try (Stream<Path> files = Files.walk(contentDir, 4)) {
            files.sorted().forEach(file -> {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    print.append(file).append(':').append(attributes.size()).append(':')
                            .append(attributes.lastModifiedTime().toMillis()).append('\n');
                } catch (IOException e) {
                    print.append(file).append(":gone\n");
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            return "unreadable";
        }
        return print.toString();
    }

    @Override
    public void destroy() {
        if (poller != null) {
            poller.shutdownNow();
        }
    }
}
