package org.diffusioncourse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.diffusioncourse.security.Role;
import org.diffusioncourse.security.UserService;
import org.diffusioncourse.support.Accounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every page of the site in a real Chromium under its Content-Security-Policy: the page says
 * it has one, and nothing on it is blocked, neither at load nor when its demo draws a new
 * figure. A violation is caught twice, as a {@code securitypolicyviolation} event (listened to
 * from a script Playwright adds before the page's own, which the policy does not govern) and as
 * Chromium's console error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:course-accounts-web;DB_CLOSE_DELAY=-1",
        "course.content-poll-ms=0",
        // The same properties as AccountInBrowserTest, so the two share one running server.
        "course.admin-password=" + AccountInBrowserTest.ADMIN_PASSWORD
})
class ContentSecurityPolicyInBrowserTest extends ChromiumTest {

    private static final String LISTEN = """
            window.__violations = [];
            document.addEventListener('securitypolicyviolation', e => window.__violations.push(
                e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' in ' + e.sourceFile + ':' + e.lineNumber));
            """;
    private static final String FIGURE = "#demo .figure svg";

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;

    /** One visitor's browser: the violations its pages report, and its console errors. */
    private final class Visitor implements AutoCloseable {
        final BrowserContext context = chromium.browser.newContext();
        final Page page = context.newPage();
        final List<String> errors = new ArrayList<>();

        Visitor() {
            context.addInitScript(LISTEN);
            page.setDefaultTimeout(30_000);
            page.onConsoleMessage(message -> {
                if (message.type().equals("error")) {
                    errors.add(message.text() + " @ " + message.location());
                }
            });
            page.onPageError(errors::add);
        }

        Response open(String path) {
            Response response = page.navigate("http://localhost:" + port + "/" + path);
            page.locator("h1").first().waitFor();
            return response;
        }

        void signIn(String username, String password) {
            open("login");
            page.getByLabel("Username").first().fill(username);
            Locator field = page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).first();
            field.fill(password);
            field.press("Enter");
            page.locator("#account-name").waitFor();
        }

        /** Opens the page, lets it settle, and checks its policy and that nothing was blocked. */
        void worksUnderThePolicy(String path) {
            Response response = open(path);
            assertThat(response.headerValue("content-security-policy")).as("the policy of /" + path).isNotBlank();
            settle();
            assertThat(violations()).as("CSP violations on /" + path).isEmpty();
            assertThat(errors).as("console errors on /" + path).isEmpty();
        }

        /** Waits out what a page does after its first paint (pushes, late styles, fonts). */
        void settle() {
            page.evaluate("() => document.fonts.ready.then(() => new Promise(done => setTimeout(done, 500)))");
        }

        @SuppressWarnings("unchecked")
        List<String> violations() {
            return (List<String>) page.evaluate("() => window.__violations");
        }

        @Override
        public void close() {
            context.close();
        }
    }

    static Stream<String> lessons() {
        return EveryLessonInBrowserTest.lessons();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void everyLessonWorksUnderThePolicyIncludingItsMathAndANewFigure(String id) {
        try (Visitor visitor = new Visitor()) {
            Page page = visitor.page;
            Response response = visitor.open("lessons/" + id);
            assertThat(response.headerValue("content-security-policy")).isNotBlank();
            page.locator(FIGURE).first().waitFor();
            page.waitForFunction("() => [...document.querySelectorAll('course-math')].every(m => m.querySelector('.katex') || m.hasAttribute('data-error'))");
            // A key press makes the figure fetch its next SVG (with its <style>) from the JSON API.
            String before = (String) page.locator(FIGURE).first().evaluate("svg => svg.outerHTML");
            page.locator("#demo [data-main-control]").first().focus();
            page.keyboard().press("ArrowRight");
            page.waitForFunction("([selector, old]) => { const svg = document.querySelector(selector); "
                    + "return svg !== null && svg.outerHTML !== old; }", List.of(FIGURE, before));
            visitor.settle();
            assertThat(visitor.violations()).as("CSP violations on lesson " + id).isEmpty();
            assertThat(visitor.errors).as("console errors on lesson " + id).isEmpty();
        }
    }

    @Test
    void aScriptInjectedIntoAPageDoesNotRunAndIsReported() {
        try (Visitor visitor = new Visitor()) {
            visitor.open("login");
            visitor.page.evaluate("""
                    () => {
                      const script = document.createElement('script');
                      script.textContent = 'window.__injected = true';
                      document.body.append(script);
                      document.body.insertAdjacentHTML('beforeend', '<img src="/styles.css" onerror="window.__injected = true">');
                    }""");
            visitor.settle();
            assertThat(visitor.page.evaluate("() => window.__injected === true")).isEqualTo(false);
            assertThat(visitor.violations()).isNotEmpty().allSatisfy(violation -> assertThat(violation).startsWith("script-src"));
        }
    }

    @Test
    void theHomeTheLabAndTheAccountPagesWorkUnderThePolicy() {
        try (Visitor anonymous = new Visitor()) {
            for (String path : List.of("", "lab", "login", "login?error", "login?paused=3", "signup", "no-such-page")) {
                anonymous.worksUnderThePolicy(path);
            }
        }
    }

    @Test
    void aLearnersNotesAndTheRefusalPageWorkUnderThePolicy() {
        Accounts.ensure(users, jdbc, "csp-learner");
        try (Visitor learner = new Visitor()) {
            learner.signIn("csp-learner", Accounts.PASSWORD);
            learner.worksUnderThePolicy("notes");
            learner.worksUnderThePolicy("");
            Response refused = learner.page.navigate("http://localhost:" + port + "/admin/users");
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.headerValue("content-security-policy")).isNotBlank();
            learner.settle();
            assertThat(learner.violations()).as("CSP violations on the 403 page").isEmpty();
        }
    }

    @Test
    void theReviewQueueWorksUnderThePolicy() {
        Accounts.ensure(users, jdbc, "csp-reviewer", Role.REVIEWER);
        try (Visitor reviewer = new Visitor()) {
            reviewer.signIn("csp-reviewer", Accounts.PASSWORD);
            reviewer.worksUnderThePolicy("reviews");
            reviewer.worksUnderThePolicy("reviews/dashboard");
        }
    }

    @Test
    void theAdminsAccountListWorksUnderThePolicy() {
        try (Visitor admin = new Visitor()) {
            admin.signIn("admin", AccountInBrowserTest.ADMIN_PASSWORD);
            admin.worksUnderThePolicy("admin/users");
            admin.page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Administrator"))
                    .first().waitFor();
            admin.settle();
            assertThat(admin.violations()).isEmpty();
        }
    }
}
