package org.diffusioncourse.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The site's stylesheet is well formed: every rule is closed before the next begins. A rule left
 * open swallows every rule after it, and a browser reports nothing (an open
 * {@code .search-snippet} rule once hid the styles of the continue box, the figure downloads, the
 * notation page and the visual inquiry panel). Only at-rules ({@code @media}, {@code @supports})
 * hold rules; this stylesheet uses no CSS nesting.
 */
class StylesheetTest {

    private static final Path STYLES = Path.of("src/main/resources/META-INF/resources/styles.css");

    @Test
    void everyRuleIsClosedBeforeTheNextBegins() throws Exception {
        assertThat(problems(Files.readString(STYLES))).isEmpty();
    }

    @Test
    void theCheckFindsARuleLeftOpen() {
        assertThat(problems(".a {\n  color: red;\n\n.b {\n  color: blue;\n}\n"))
                .containsExactly("line 4: a rule opens inside the rule opened on line 1 (is a } missing?)",
                        "end of file: the rule opened on line 1 is not closed");
        assertThat(problems("@media print {\n  .a { color: red; }\n}\n")).isEmpty();
    }

    private static List<String> problems(String css) {
        String text = java.util.regex.Pattern.compile("(?s)/\\*.*?\\*/").matcher(css)
                .replaceAll(m -> m.group().replaceAll("[^\\n]", " "));
        List<String> problems = new ArrayList<>();
        Deque<int[]> open = new ArrayDeque<>(); // {line, 1 if an at-rule}
        int line = 1;
        int selectorStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                boolean atRule = text.substring(selectorStart, i).strip().startsWith("@");
                if (!open.isEmpty() && open.peek()[1] == 0) {
                    problems.add("line " + line + ": a rule opens inside the rule opened on line " + open.peek()[0]
                            + " (is a } missing?)");
                }
                open.push(new int[] {line, atRule ? 1 : 0});
                selectorStart = i + 1;
            } else if (c == '}') {
                if (open.isEmpty()) {
                    problems.add("line " + line + ": a } closes nothing");
                } else {
                    open.pop();
                }
                selectorStart = i + 1;
            } else if (c == ';' && (open.isEmpty() || open.peek()[1] == 0)) {
                selectorStart = i + 1;
            }
        }
        while (!open.isEmpty()) {
            int[] rule = open.removeLast();
            problems.add("end of file: the rule opened on line " + rule[0] + " is not closed");
        }
        return problems;
    }
}
