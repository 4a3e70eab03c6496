package org.diffusioncourse.browser;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * axe-core, installed from the npm registry by the build (the {@code axe-core} execution in
 * the pom puts it under {@code target/npm-test}), run inside a page against the WCAG 2.1 A
 * and AA rules.
 */
final class Axe {

    static final Path SCRIPT = Path.of("target/npm-test/node_modules/axe-core/axe.min.js");
    private static String script;

    private Axe() {
    }

    private static synchronized String script() {
        if (script == null) {
            try {
                script = Files.readString(SCRIPT);
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core is missing at " + SCRIPT.toAbsolutePath()
                        + "; the build installs it from npm in generate-test-resources (run ./mvnw verify)", e);
            }
        }
        return script;
    }

    /** The serious and critical violations on the page as it is now: rule id, impact, help and up to 5 nodes, each with what axe found (e.g. the colours and their contrast). */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> seriousViolations(Page page) {
        // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not
        // govern; an added <script> element would be refused, as the policy intends.
        page.evaluate(script());
        return (List<Map<String, Object>>) page.evaluate("""
                async () => {
                  // Lesson sections off screen skip their layout (content-visibility: auto) until a
                  // reader scrolls to them; axe would then measure their colours against whatever
                  // happens to be painted at their place. Lay every section out, as a reader
                  // scrolling through the page gets it, before the audit.
                  document.querySelectorAll('.lesson-section').forEach(s => { s.style.contentVisibility = 'visible'; });
                  await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));
                  const result = await axe.run(document, {
                    runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}
                  });
                  return result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => ({id: v.id, impact: v.impact, help: v.help,
                                nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + (n.any && n.any[0] ? ' (' + n.any[0].message + ')' : ''))}));
                }""");
    }
}
