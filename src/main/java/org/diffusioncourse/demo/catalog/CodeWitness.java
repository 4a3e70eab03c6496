package org.diffusioncourse.demo.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The source text of a simulation method, cut from the real Java file by its region
 * markers ({@code // region NAME} ... {@code // endregion NAME}). The build copies the
 * simulation sources onto the classpath under {@code witness/}, so what a learner reads is
 * exactly what ran, never a hand-made copy.
 *
 * @param file      the source path, e.g. {@code org/diffusioncourse/simulation/ForwardProcess.java}
 * @param firstLine the 1-based line of the first shown line in that file
 * @param code      the region's lines, with the common indentation removed
 */
public record CodeWitness(String id, String file, int firstLine, String code) {

    /** The region {@code id} of {@code file} (a path under {@code src/main/java}), if both exist. */
    public static Optional<CodeWitness> load(String id, String file) {
        try (InputStream in = CodeWitness.class.getClassLoader().getResourceAsStream("witness/" + file)) {
            if (in == null) {
                return Optional.empty();
            }
            return extract(id, file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static Optional<CodeWitness> extract(String id, String file, String source) {
        String[] lines = source.split("\r?\n", -1);
        int start = -1;
        for (int i = 0; i < lines.length; i++) {
            String trimmed = lines[i].strip();
            if (trimmed.equals("// region " + id)) {
                start = i + 1;
            } else if (trimmed.equals("// endregion " + id) && start >= 0) {
                List<String> region = new ArrayList<>(List.of(lines).subList(start, i));
                return Optional.of(new CodeWitness(id, file, start + 1, dedent(region)));
            }
        }
        return Optional.empty();
    }

    private static String dedent(List<String> lines) {
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
        }
        return out.toString().stripTrailing();
    }

    /** "ForwardProcess.java, lines 41–66" */
    public String location() {
        int lines = (int) code.lines().count();
        String name = file.substring(file.lastIndexOf('/') + 1);
        return name + ", lines " + firstLine + "–" + (firstLine + lines - 1);
    }
}
