package org.diffusioncourse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The authors' content check: every problem as file:line: message, exit 1 on any, 0 on none, no server. */
class ContentCheckTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int check(String... args) {
        return ContentCheck.run(args, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void theCourseAsShippedHasNoProblemAndExitsZero() {
        assertThat(check("--check-content", "content")).isEqualTo(ContentCheck.CLEAN);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no problems");
    }

    @Test
    void aBrokenLessonIsReportedAtItsFileAndLineAndExitsOne() throws IOException {
        Path content = copyOfContent();
        Path lesson = content.resolve("lessons/ddpm/index.md");
        Files.writeString(lesson, Files.readString(lesson).replaceFirst("::demo\\{id=", "::demo{id=no-such-demo-"));
        Path sources = content.resolve("sources.yml");
        Files.writeString(sources, Files.readString(sources) + "\n  - id: [unclosed\n");

        assertThat(check("--check-content", content.toString())).isEqualTo(ContentCheck.PROBLEMS);

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .matches(".*lessons/ddpm/index\\.md:\\d+: .*unknown demo 'no-such-demo-.*"));
        assertThat(lines).anySatisfy(line -> assertThat(line).matches(".*sources\\.yml:\\d+: .*"));
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(lines.size() + " problems");
    }

    @Test
    void aMissingFolderIsAProblemAndTooManyArgumentsAUsageError() {
        assertThat(check("--check-content", temp.resolve("nowhere").toString())).isEqualTo(ContentCheck.PROBLEMS);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("nowhere");
        assertThat(check("--check-content", "a", "b")).isEqualTo(ContentCheck.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: --check-content [DIR]");
    }

    @Test
    void theJarsEntryPointChecksWithoutStartingTheSiteOrOpeningTheDatabase() throws Exception {
        Path work = Files.createDirectories(temp.resolve("work"));
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Application.class.getName(), "--check-content",
                Path.of("content").toAbsolutePath().toString())
                .directory(work.toFile()).redirectErrorStream(true).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("no problems").doesNotContain("Tomcat").doesNotContain("Started Application");
        try (Stream<Path> made = Files.list(work)) {
            assertThat(made).as("no data folder, no database file").isEmpty();
        }
    }

    private Path copyOfContent() throws IOException {
        Path target = temp.resolve("content");
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(Path.of("content").relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return target;
    }
}
