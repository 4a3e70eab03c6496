package org.diffusioncourse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.diffusioncourse.security.SignUpForm;
import org.diffusioncourse.security.UserService;
import org.diffusioncourse.support.HttpVisitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sign up, sign out and sign in again in a real Chromium, with the keyboard where it matters. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:course-accounts-web;DB_CLOSE_DELAY=-1",
        "course.content-poll-ms=0",
        // The same properties as RouteAccessOverHttpTest, so the two share one running server.
        "course.admin-password=" + AccountInBrowserTest.ADMIN_PASSWORD
})
class AccountInBrowserTest extends ChromiumTest {

    static final String ADMIN_PASSWORD = "admin passphrase for this test";
    private static final String PASSWORD = "a long enough passphrase";

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;

    private BrowserContext context;
    private Page page;
    private final List<String> pageErrors = new ArrayList<>();

    @BeforeEach
    void openPage() {
        context = chromium.browser.newContext();
        page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.onPageError(pageErrors::add);
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private void signIn(String username, String password) {
        page.navigate(url("login"));
        page.getByLabel("Username").first().fill(username);
        Locator field = page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).first();
        field.fill(password);
        field.press("Enter");
    }

    @Test
    void aLearnerSignsUpSignsOutSignsInAndSeesTheirNameInTheHeader() {
        String username = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        String displayName = "Ada <b>Browser</b>";

        page.navigate(url("signup"));
        page.getByLabel("Username").first().fill(username);
        page.getByLabel("Display name").first().fill(displayName);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).first().fill(PASSWORD);
        page.getByLabel("Repeat the password").first().fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
        // The router changes the URL after it has drawn the sign-in view: wait for both.
        page.waitForURL(java.util.regex.Pattern.compile(".*/login.*"));
        page.locator("#login-notice").waitFor();

        signIn(username, PASSWORD);
        Locator name = page.locator("#account-name");
        name.waitFor();
        assertThat(name.textContent()).isEqualTo(displayName);
        assertThat(page.locator("#account-name b").count()).as("the name is text, not markup").isZero();

        Locator signOut = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"));
        signOut.focus();
        page.keyboard().press("Enter");
        page.locator("#sign-in-link").waitFor();
        assertThat(page.locator("#account-name").count()).isZero();

        signIn(username, PASSWORD);
        page.locator("#account-name").waitFor();
        assertThat(page.locator("#account-name").textContent()).isEqualTo(displayName);
        assertThat(page.locator("#admin-link").count()).as("a learner gets no admin link").isZero();
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void aCommonPasswordIsRefusedWithAMessageOnItsField() {
        page.navigate(url("signup"));
        page.getByLabel("Username").first().fill("common-" + UUID.randomUUID().toString().substring(0, 8));
        page.getByLabel("Display name").first().fill("Common");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).first().fill("password1234");
        page.getByLabel("Repeat the password").first().fill("password1234");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
        Locator message = page.getByText("This password is too easy to guess. This is a very common password.");
        message.waitFor();
        assertThat(message.isVisible()).isTrue();
        assertThat(page.url()).endsWith("/signup");
    }

    @Test
    void aWrongPasswordShowsAClearMessageOnTheSignInPage() {
        signIn("nobody-here", "not the password at all");
        Locator error = page.getByText("Wrong username or password");
        error.waitFor();
        page.waitForURL(java.util.regex.Pattern.compile(".*/login\\?error.*"));
        assertThat(page.locator("#account-name").count()).isZero();
    }

    @Test
    void theSignInFormSendsThePagesCsrfToken() {
        List<String> posted = new ArrayList<>();
        page.onRequest(request -> {
            if (request.method().equals("POST") && request.url().endsWith("/login")) {
                posted.add(request.postData());
            }
        });
        signIn("nobody-here", "not the password at all");
        page.waitForURL(java.util.regex.Pattern.compile(".*/login\\?error.*"));
        assertThat(posted).singleElement().asString().contains("_csrf=").contains("username=nobody-here");
    }

    @Test
    void afterTooManyWrongPasswordsTheSignInPageSaysSignInIsPausedAndForHowLong() throws Exception {
        String username = "paused-" + UUID.randomUUID().toString().substring(0, 8);
        HttpVisitor guesser = new HttpVisitor(port);
        for (int i = 0; i < 10; i++) {
            assertThat(guesser.signIn(username, "guess " + i).headers().firstValue("Location").orElseThrow()).endsWith("?error");
        }
        signIn(username, "guess 10");
        page.waitForURL(java.util.regex.Pattern.compile(".*/login\\?paused=1$"));
        page.getByText("Too many sign-in attempts").waitFor();
        assertThat(page.getByText("Try again in about 1 minute.").isVisible()).isTrue();
        assertThat(page.getByText("Wrong username or password").count()).isZero();
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void anAnonymousReaderOpensALessonWithoutBeingAskedToSignIn() {
        page.navigate(url("lessons/forward-process"));
        page.locator("#forward-figure svg").waitFor();
        assertThat(page.url()).doesNotContain("/login");
        assertThat(page.locator("#sign-in-link").textContent()).isEqualTo("Sign in");
    }

    @Test
    void anAdminReachesTheAccountListFromTheHeaderWithTheKeyboard() {
        signIn("admin", ADMIN_PASSWORD);
        Locator admin = page.locator("#admin-link");
        admin.waitFor();
        admin.focus();
        page.keyboard().press("Enter");
        page.locator("h1").filter(new Locator.FilterOptions().setHasText("Accounts")).waitFor();
        page.waitForURL(java.util.regex.Pattern.compile(".*/admin/users$"));
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Administrator")).first().waitFor();
        page.reload();
        page.locator("h1").filter(new Locator.FilterOptions().setHasText("Accounts")).waitFor();
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void aLearnerWhoTypesTheAdminAddressIsRefused() {
        String username = "nosy-" + UUID.randomUUID().toString().substring(0, 8);
        page.navigate(url("signup"));
        page.getByLabel("Username").first().fill(username);
        page.getByLabel("Display name").first().fill("Nosy");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).first().fill(PASSWORD);
        page.getByLabel("Repeat the password").first().fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
        page.locator("#login-notice").waitFor();
        signIn(username, PASSWORD);
        page.locator("#account-name").waitFor();
        var response = page.navigate(url("admin/users"));
        assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator("h1").textContent()).isEqualTo("This page is for admins");
        assertThat(page.content()).doesNotContain("Administrator");
        page.getByText("Go to the course home").click();
        page.locator("#account-name").waitFor();
    }

    @Test
    void keepMeSignedInIsTickedWithTheKeyboardOutlivesTheSessionAndSignOutForgetsIt() {
        String username = "kept-" + UUID.randomUUID().toString().substring(0, 8);
        users.signUp(new SignUpForm(username, "Kept Kim", PASSWORD, PASSWORD));
        page.navigate(url("login"));
        page.getByLabel("Username").first().fill(username);
        Locator password = page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).first();
        password.fill(PASSWORD);
        Locator keep = page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Keep me signed in on this device"));
        assertThat(keep.isChecked()).as("off until the learner ticks it").isFalse();
        password.focus();
        // The password field's show-password button may come first; the box is within two stops.
        for (int stop = 0; stop < 2 && !keepHasFocus(); stop++) {
            page.keyboard().press("Tab");
        }
        assertThat(keepHasFocus()).as("the box is reached with Tab after the password").isTrue();
        page.keyboard().press("Space");
        assertThat(keep.isChecked()).isTrue();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).press("Enter");
        page.locator("#account-name").waitFor();
        assertThat(keptSignIns(username)).isEqualTo(1);

        // The instance that held the session is gone: only the kept sign-in's cookie is left.
        List<com.microsoft.playwright.options.Cookie> kept = context.cookies().stream()
                .filter(cookie -> cookie.name.equals("remember-me")).toList();
        assertThat(kept).singleElement().satisfies(cookie -> assertThat(cookie.httpOnly).isTrue());
        context.clearCookies();
        context.addCookies(kept);
        page.navigate(url(""));
        page.locator("#account-name").waitFor();
        assertThat(page.locator("#account-name").textContent()).isEqualTo("Kept Kim");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        page.locator("#sign-in-link").waitFor();
        assertThat(keptSignIns(username)).isZero();
        assertThat(context.cookies().stream().filter(cookie -> cookie.name.equals("remember-me"))).isEmpty();
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void theSignInPageSaysWhyAReusedKeptSignInSignedTheLearnerOut() {
        page.navigate(url("login?kept-sign-in-reused"));
        Locator notice = page.locator("#login-notice");
        notice.waitFor();
        assertThat(notice.textContent()).contains("You were signed out on this device", "Sign in again with your password");
    }

    private boolean keepHasFocus() {
        return (Boolean) page.evaluate("() => document.activeElement?.closest('#keep-signed-in') != null");
    }

    private int keptSignIns(String username) {
        return jdbc.sql("select count(*) from persistent_logins where username = :u").param("u", username)
                .query(Integer.class).single();
    }
}
