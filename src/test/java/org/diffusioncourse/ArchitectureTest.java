package org.diffusioncourse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the numerics and the figures free of the web stack, so they can be read, tested and
 * benchmarked on their own.
 */
class ArchitectureTest {

    private static final List<Path> PURE_PACKAGES = List.of(
            Path.of("src/main/java/org/diffusioncourse/simulation"),
            Path.of("src/main/java/org/diffusioncourse/render"));

    private static final Pattern WEB_STACK = Pattern.compile("\\b(com\\.vaadin|org\\.springframework|jakarta)\\.");

    @Test
    void simulationAndRenderImportNothingFromVaadinSpringOrJakarta() throws IOException {
        List<String> offences = new ArrayList<>();
        int scanned = 0;
        for (Path root : PURE_PACKAGES) {
            assertThat(root).isDirectory();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    scanned++;
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        Matcher m = WEB_STACK.matcher(lines.get(i));
                        if (m.find()) {
                            offences.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                        }
                    }
                }
            }
        }
        assertThat(scanned).isGreaterThan(5);
        assertThat(offences).isEmpty();
    }
}
