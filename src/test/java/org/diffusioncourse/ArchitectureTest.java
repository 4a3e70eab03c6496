package org.diffusioncourse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the package structure honest: the numerics and the figures free of the web stack, so
 * they can be read, tested and benchmarked on their own; no import cycles between packages, so
 * each package can be understood (and changed) from the ones below it; and {@code base}, the
 * shared foundation, knowing none of the features built on it.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final String ROOT = "org.diffusioncourse";

    private static final List<Path> PURE_PACKAGES = List.of(
            MAIN.resolve("org/diffusioncourse/simulation"),
            MAIN.resolve("org/diffusioncourse/render"));

    private static final Pattern WEB_STACK = Pattern.compile("\\b(com\\.vaadin|org\\.springframework|jakarta)\\.");

    @Test
    void simulationAndRenderImportNothingFromVaadinSpringOrJakarta() throws IOException {
        List<String> offences = new ArrayList<>();
        int scanned = 0;
        for (Path root : PURE_PACKAGES) {
            assertThat(root).isDirectory();
            for (Path file : javaFiles(root)) {
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
        assertThat(scanned).isGreaterThan(5);
        assertThat(offences).isEmpty();
    }

    /**
     * A lesson's room ({@code demo/<lesson>}) keeps its numerics, settings and figures pure: only
     * the widget ({@code *Widget}), the demo that connects it to the page ({@code *Demo}) and the
     * page parts the two coupled demos share ({@code *Parts}) may touch the web stack.
     */
    @Test
    void inALessonRoomOnlyTheWidgetAndTheDemoTouchTheWebStack() throws IOException {
        Path demo = MAIN.resolve("org/diffusioncourse/demo");
        List<String> offences = new ArrayList<>();
        int rooms = 0;
        try (Stream<Path> dirs = Files.list(demo)) {
            for (Path room : dirs.filter(Files::isDirectory).filter(d -> !d.endsWith("catalog")).sorted().toList()) {
                rooms++;
                for (Path file : javaFiles(room)) {
                    String name = file.getFileName().toString();
                    if (name.matches(".*(Widget|Demo|Parts)\\.java|package-info\\.java")) {
                        continue;
                    }
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        if (WEB_STACK.matcher(lines.get(i)).find()) {
                            offences.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                        }
                    }
                }
            }
        }
        assertThat(rooms).as("lesson rooms").isGreaterThanOrEqualTo(10);
        assertThat(offences).isEmpty();
    }

    @Test
    void noImportCyclesBetweenPackages() throws IOException {
        PackageGraph graph = PackageGraph.of(MAIN);
        assertThat(graph.packages()).as("packages scanned").hasSizeGreaterThan(10);
        List<String> cycles = graph.cycles().stream().map(graph::describe).toList();
        assertThat(cycles).as("packages that depend on each other, with the edges (and a file making each)").isEmpty();
    }

    @Test
    void baseKnowsNoFeature() throws IOException {
        PackageGraph graph = PackageGraph.of(MAIN);
        List<String> offences = new ArrayList<>();
        graph.packages().stream().filter(p -> p.equals(ROOT + ".base") || p.startsWith(ROOT + ".base.")).forEach(base ->
                graph.edges(base).stream().filter(target -> !target.equals(ROOT + ".base") && !target.startsWith(ROOT + ".base."))
                        .forEach(target -> offences.add(graph.edge(base, target))));
        assertThat(graph.packages()).contains(ROOT + ".base", ROOT + ".base.ui");
        assertThat(offences).as("base and base.ui must import no feature").isEmpty();
    }

    @Test
    void theGraphSeesImportsAndFullyQualifiedNamesButNotCommentsOrText() {
        String source = """
                package org.diffusioncourse.a;

                import static org.diffusioncourse.b.Util.helper;
                import org.diffusioncourse.c.*;
                /** Says {@link org.diffusioncourse.d.Nothing} in a comment. */
                class A {
                    String text = "org.diffusioncourse.e.NotCode";
                    org.diffusioncourse.f.Inner.Nested field; // org.diffusioncourse.g.Comment
                }
                """;
        assertThat(PackageGraph.references(source)).containsExactlyInAnyOrder(
                ROOT + ".b", ROOT + ".c", ROOT + ".f");
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** Which package refers to which, read from the sources, with one file that makes each edge. */
    private record PackageGraph(Map<String, Map<String, String>> edgeFiles) {

        private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
        private static final Pattern IMPORT = Pattern.compile(
                "^import\\s+(?:static\\s+)?(" + Pattern.quote(ROOT) + "[\\w.]*?)(?:\\.\\*)?\\s*;", Pattern.MULTILINE);
        private static final Pattern QUALIFIED = Pattern.compile(
                "(?<![\\w.])" + Pattern.quote(ROOT) + "((?:\\.[a-z]\\w*)+)\\.[A-Z]");

        static PackageGraph of(Path sources) throws IOException {
            Map<String, Map<String, String>> edges = new TreeMap<>();
            for (Path file : javaFiles(sources)) {
                String code = strip(Files.readString(file));
                Matcher declared = PACKAGE.matcher(code);
                if (!declared.find()) {
                    continue;
                }
                String from = declared.group(1);
                Map<String, String> out = edges.computeIfAbsent(from, p -> new TreeMap<>());
                for (String to : references(code)) {
                    if (!to.equals(from)) {
                        out.putIfAbsent(to, sources.relativize(file).toString());
                    }
                }
            }
            return new PackageGraph(edges);
        }

        /** The packages of this project a source file refers to, by import or by fully qualified name. */
        static Set<String> references(String source) {
            String code = strip(source);
            Set<String> found = new TreeSet<>();
            Matcher imports = IMPORT.matcher(code);
            while (imports.find()) {
                found.add(packageOf(imports.group(1)));
            }
            Matcher qualified = QUALIFIED.matcher(code.replaceAll("(?m)^(package|import)\\s.*$", ""));
            while (qualified.find()) {
                found.add(ROOT + qualified.group(1));
            }
            return found;
        }

        /** The leading lower-case names: {@code org.diffusioncourse.b.Util} is in {@code org.diffusioncourse.b}. */
        private static String packageOf(String name) {
            return Stream.of(name.split("\\.")).takeWhile(part -> Character.isLowerCase(part.charAt(0)))
                    .collect(Collectors.joining("."));
        }

        /**
         * The source without comments, string and character literals and text blocks, read
         * character by character (a regular expression for literals recurses per character and
         * overflows the stack on long ones).
         */
        private static String strip(String source) {
            StringBuilder code = new StringBuilder(source.length());
            int i = 0;
            while (i < source.length()) {
                char c = source.charAt(i);
                if (source.startsWith("//", i)) {
                    i = source.indexOf('\n', i) < 0 ? source.length() : source.indexOf('\n', i);
                } else if (source.startsWith("/*", i)) {
                    int end = source.indexOf("*/", i + 2);
                    i = end < 0 ? source.length() : end + 2;
                    code.append(' ');
                } else if (source.startsWith("\"\"\"", i)) {
                    int end = source.indexOf("\"\"\"", i + 3);
                    i = end < 0 ? source.length() : end + 3;
                    code.append("\"\"");
                } else if (c == '"' || c == '\'') {
                    int j = i + 1;
                    while (j < source.length() && source.charAt(j) != c && source.charAt(j) != '\n') {
                        j += source.charAt(j) == '\\' ? 2 : 1;
                    }
                    i = j + 1;
                    code.append(c).append(c);
                } else {
                    code.append(c);
                    i++;
                }
            }
            return code.toString();
        }

        Set<String> packages() {
            return edgeFiles.keySet();
        }

        Set<String> edges(String from) {
            return edgeFiles.getOrDefault(from, Map.of()).keySet();
        }

        String edge(String from, String to) {
            return shortName(from) + " -> " + shortName(to) + " (" + edgeFiles.get(from).get(to) + ")";
        }

        private static String shortName(String name) {
            return name.substring(ROOT.length() + 1);
        }

        /** The groups of two or more packages that reach each other (Tarjan's strongly connected components). */
        List<Set<String>> cycles() {
            return new Tarjan().run();
        }

        /** "a, b: a -> b (A.java); b -> a (B.java)" */
        String describe(Set<String> cycle) {
            return cycle.stream().map(PackageGraph::shortName).collect(Collectors.joining(", ")) + ": " + cycle.stream()
                    .flatMap(from -> edges(from).stream().filter(cycle::contains).map(to -> edge(from, to)))
                    .collect(Collectors.joining("; "));
        }

        private final class Tarjan {
            private final Map<String, Integer> index = new TreeMap<>();
            private final Map<String, Integer> low = new TreeMap<>();
            private final List<String> stack = new ArrayList<>();
            private final List<Set<String>> found = new ArrayList<>();

            List<Set<String>> run() {
                packages().forEach(p -> {
                    if (!index.containsKey(p)) {
                        visit(p);
                    }
                });
                return found;
            }

            private void visit(String p) {
                index.put(p, index.size());
                low.put(p, index.get(p));
                stack.add(p);
                for (String q : edges(p)) {
                    if (!packages().contains(q)) {
                        continue;
                    }
                    if (!index.containsKey(q)) {
                        visit(q);
                        low.put(p, Math.min(low.get(p), low.get(q)));
                    } else if (stack.contains(q)) {
                        low.put(p, Math.min(low.get(p), index.get(q)));
                    }
                }
                if (low.get(p).equals(index.get(p))) {
                    Set<String> component = new TreeSet<>();
                    String q;
                    do {
                        q = stack.removeLast();
                        component.add(q);
                    } while (!q.equals(p));
                    if (component.size() > 1) {
                        found.add(component);
                    }
                }
            }
        }
    }
}
