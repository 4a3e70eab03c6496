package org.diffusioncourse.lesson;

import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/** Collects the problems of one file, turning YAML node positions into file lines. */
final class Problems {

    private final String file;
    private final int lineOffset;
    private final List<ContentProblem> sink;

    /**
     * @param lineOffset lines before the YAML text starts in the file (the front matter of a
     *                   lesson starts after its opening {@code ---})
     */
    Problems(String file, int lineOffset, List<ContentProblem> sink) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.sink = sink;
    }

    String file() {
        return file;
    }

    void at(Node node, String message) {
        at(lineOf(node), message);
    }

    void at(int line, String message) {
        problem(line, message);
    }

    /** Records an error and returns it, for a page that shows it where the broken part stood. */
    ContentProblem problem(int line, String message) {
        ContentProblem problem = new ContentProblem(file, line, message);
        sink.add(problem);
        return problem;
    }

    /** A warning: placeholder text still to be replaced, which does not fail the check. */
    void warn(int line, String message) {
        sink.add(ContentProblem.warning(file, line, message));
    }

    /** How many problems have been recorded so far, in every file; see {@link #since}. */
    int count() {
        return sink.size();
    }

    /** The problems recorded after {@link #count} returned {@code mark}. */
    List<ContentProblem> since(int mark) {
        return List.copyOf(sink.subList(mark, sink.size()));
    }

    int lineOf(Node node) {
        return fileLine(node.getStartMark().getLine());
    }

    /** The file line of a zero-based line of the YAML text. */
    int fileLine(int yamlLine) {
        return yamlLine + 1 + lineOffset;
    }

    Problems withOffset(int offset) {
        return new Problems(file, offset, sink);
    }
}
