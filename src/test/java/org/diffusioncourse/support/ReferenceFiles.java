package org.diffusioncourse.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The reference values under {@code src/test/resources/reference/}, made by the scripts beside them. */
public final class ReferenceFiles {

    private ReferenceFiles() {
    }

    /** The non-blank lines of a classpath resource such as {@code /reference/trace.csv}. */
    public static List<String> lines(String name) throws IOException {
        try (InputStream in = ReferenceFiles.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }
}
