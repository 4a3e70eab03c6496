package org.diffusioncourse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.diffusioncourse.demo.catalog.DemoCatalog;
import org.diffusioncourse.lesson.Course;
import org.diffusioncourse.lesson.CourseLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every written lesson of the course in a real Chromium: the page loads without errors, KaTeX
 * typesets every formula, the demo's main control answers a key press with a new figure, and
 * an axe-core audit finds no serious or critical violation, in the light theme and in the dark.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:course-a11y;DB_CLOSE_DELAY=-1",
        "course.content-poll-ms=0"
})
class EveryLessonInBrowserTest extends ChromiumTest {

    private static final String FIGURE = "#demo .figure svg";

    @LocalServerPort
    int port;

    static Stream<String> lessons() {
        Course course = new CourseLoader(new DemoCatalog()).load(Path.of("content"));
        return course.entries().stream().map(Course.Entry::lesson).filter(Objects::nonNull).map(l -> l.id());
    }

    /** A page at {@code path} (after the site root) whose console errors land in {@code errors}. */
    private Page page(BrowserContext context, String path, List<String> errors) {
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                errors.add(message.text());
            }
        });
        page.onPageError(errors::add);
        page.navigate("http://localhost:" + port + "/" + path);
        return page;
    }

    private Page open(BrowserContext context, String id, List<String> errors) {
        Page page = page(context, "lessons/" + id, errors);
        page.locator("h1").first().waitFor();
        page.locator("#demo [data-main-control]").first().waitFor();
        page.locator(FIGURE).first().waitFor();
        page.locator("#math course-math .katex").first().waitFor();
        return page;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void theLessonLoadsTypesetsItsMathAndItsDemoAnswersTheKeyboard(String id) {
        List<String> errors = new ArrayList<>();
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = open(context, id, errors);
            page.waitForFunction("() => [...document.querySelectorAll('course-math')].every(m => m.querySelector('.katex') || m.hasAttribute('data-error'))");
            assertThat(page.locator("course-math[data-error]").count()).as("formulas KaTeX rejected on " + id).isZero();
            assertThat(page.locator("course-math .katex-mathml").count()).isEqualTo(page.locator("course-math").count());
            assertThat(page.locator("#notation dt").count()).as("the notation panel of " + id).isPositive();

            String before = (String) page.locator(FIGURE).first().evaluate("svg => svg.outerHTML");
            Locator control = page.locator("#demo [data-main-control]").first();
            control.focus();
            page.keyboard().press("ArrowRight");
            page.waitForFunction("([selector, old]) => { const svg = document.querySelector(selector); "
                    + "return svg !== null && svg.outerHTML !== old; }", List.of(FIGURE, before));
            assertThat(errors).as("console errors on " + id).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void theLessonHasNoSeriousOrCriticalAccessibilityViolations(String id) {
        List<String> errors = new ArrayList<>();
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = open(context, id, errors);
            auditInBothThemes(page, "/lessons/" + id);
        }
    }

    /** No serious or critical axe violation on the page as it is, then in the dark theme. */
    private static void auditInBothThemes(Page page, String path) {
        List<Map<String, Object>> violations = Axe.seriousViolations(page);
        assertThat(violations).as("serious or critical axe violations on " + path).isEmpty();
        // The same page in the dark theme, which follows the system's setting.
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
        page.waitForFunction("() => document.documentElement.getAttribute('theme') === 'dark'");
        // Lumo eases colours over a few hundred milliseconds: audit the colours the learner ends up with.
        page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running')");
        page.waitForTimeout(300);
        assertThat(Axe.seriousViolations(page)).as("serious or critical axe violations on " + path
                + " in the dark theme").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void onAPhoneWideScreenNothingOverflowsAndTheNotationFoldsBehindItsButton(String id) {
        List<String> errors = new ArrayList<>();
        try (BrowserContext context = chromium.browser.newContext(
                new Browser.NewContextOptions().setViewportSize(390, 844))) {
            Page page = open(context, id, errors);
            Object overflow = page.evaluate("() => { const w = document.documentElement.clientWidth; "
                    + "return [...document.querySelectorAll('body *')].filter(e => { const r = e.getBoundingClientRect(); "
                    + "return r.width > 0 && r.right > w + 1 && !e.closest('.figure, .math-display, pre, table, .code-block, .katex-display, .katex-mathml') "
                    + "&& (e.tagName.toLowerCase() === 'svg' || !e.closest('svg')); })"
                    + ".slice(0, 5).map(e => e.tagName + '.' + e.className + ' right=' + Math.round(e.getBoundingClientRect().right)); }");
            assertThat((List<?>) overflow).as("elements beyond the 390px screen on /lessons/" + id).isEmpty();
            assertThat((Number) page.evaluate("() => document.documentElement.scrollWidth")).as("page width of " + id)
                    .satisfies(width -> assertThat(width.intValue()).isLessThanOrEqualTo(390));

            Locator toggle = page.locator("#notation-toggle");
            assertThat(page.locator("#notation-list").isVisible()).isFalse();
            toggle.focus();
            page.keyboard().press("Enter");
            page.waitForCondition(() -> page.locator("#notation-list").isVisible());
            assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
            assertThat(errors).as("console errors on " + id).isEmpty();
        }
    }

    /**
     * The course-wide notation page gathers the symbols of every lesson: each formula is typeset, the
     * index takes a keyboard user to a symbol's section and each meaning links to its lesson's panel.
     * Its axe audit, in both themes, is in {@code AccessibilityInBrowserTest} with the other pages.
     */
    @Test
    void theNotationPageTypesetsEverySymbolAndWorksByKeyboard() {
        List<String> errors = new ArrayList<>();
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = page(context, "notation", errors);
            page.locator("h1").first().waitFor();
            page.locator("#symbol-sigma course-math .katex").first().waitFor();
            page.waitForFunction("() => [...document.querySelectorAll('course-math')].every(m => m.querySelector('.katex') || m.hasAttribute('data-error'))");
            assertThat(page.locator("course-math[data-error]").count()).as("formulas KaTeX rejected on /notation").isZero();
            assertThat(page.locator("#symbol-sigma .notation-lesson").count()).isGreaterThanOrEqualTo(5);

            page.locator("#notation-shared a[href='notation#symbol-sigma']").focus();
            page.keyboard().press("Enter");
            page.waitForFunction("() => location.pathname.endsWith('/notation') && location.hash === '#symbol-sigma'");
            page.waitForFunction("() => { const r = document.getElementById('symbol-sigma').getBoundingClientRect();"
                    + " return r.top >= -1 && r.top < window.innerHeight; }");


            page.locator("#symbol-sigma a.notation-lesson[href='lessons/langevin#notation']").focus();
            page.keyboard().press("Enter");
            page.waitForFunction("() => location.pathname.endsWith('/lessons/langevin')");
            page.locator("#notation-all").waitFor();
            assertThat(errors).as("console errors on /notation").isEmpty();
        }
    }
}
