package org.diffusioncourse.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.diffusioncourse.lesson.ContentService;
import org.diffusioncourse.lesson.Lesson;
import org.diffusioncourse.review.ClaimReview;
import org.diffusioncourse.review.ReviewConflict;
import org.diffusioncourse.review.ReviewInput;
import org.diffusioncourse.review.ReviewService;
import org.diffusioncourse.review.Verdict;
import org.diffusioncourse.security.AccountSessions;
import org.diffusioncourse.security.Account;
import org.diffusioncourse.security.Role;
import org.diffusioncourse.security.RoleChangeRefused;
import org.diffusioncourse.security.SignUpForm;
import org.diffusioncourse.security.UserService;
import org.diffusioncourse.support.HttpVisitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of the site in one JVM on one database, as behind a proxy: a role an admin
 * removes on one counts on the other at the reviewer's very next request, a kept sign-in made
 * on one signs in on the other, and two reviewers judging one claim from the same page state
 * on different instances get one review recorded and one refusal that names the other, and
 * two admins on two instances cannot remove each other's Admin role at once.
 */
class TwoInstancesTest {

    /** One in-memory database that both contexts open by name (PostgreSQL runs remap the URL). */
    private static final String SHARED_DATABASE = "--spring.datasource.url=jdbc:h2:mem:course-two-instances;DB_CLOSE_DELAY=-1";
    private static final String PASSWORD = AppOnFile.PASSWORD;
    private static final List<String> ADMIN = List.of("LEARNER", "ADMIN");
    private static final List<String> REVIEWER = List.of("LEARNER", "REVIEWER");

    @TempDir
    static Path data;
    static AppOnFile a;
    static AppOnFile b;

    @BeforeAll
    static void start() {
        a = new AppOnFile(data, SHARED_DATABASE);
        b = new AppOnFile(data, SHARED_DATABASE);
    }

    @AfterAll
    static void stop() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    private static int port(AppOnFile app) {
        return Integer.parseInt(app.context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    /** A learner account made on instance {@code on}, given {@code roles} by the admin on instance {@code by}. */
    private static void account(AppOnFile on, AppOnFile by, String username, Role... roles) {
        UserService users = on.context.getBean(UserService.class);
        if (users.find(username).isEmpty()) {
            users.signUp(new SignUpForm(username, "Name of " + username, PASSWORD, PASSWORD));
        }
        for (Role role : roles) {
            by.as("admin", ADMIN, () -> by.context.getBean(UserService.class)
                    .grantRole(users.find(username).orElseThrow(), role));
        }
    }

    private static HttpVisitor signedIn(AppOnFile app, String username, Map<String, String> extra) throws Exception {
        HttpVisitor visitor = new HttpVisitor(port(app));
        HttpResponse<String> response = visitor.signIn(username, PASSWORD, extra);
        assertThat(response.headers().firstValue("Location")).hasValue(visitor.url("").toString());
        return visitor;
    }

    @Test
    void aReviewerRoleRemovedThroughInstanceBIsRefusedOnInstanceAAtTheVeryNextRequest() throws Exception {
        account(a, b, "two-rae", Role.REVIEWER);
        HttpVisitor onA = signedIn(a, "two-rae", Map.of());
        assertThat(onA.get("reviews").statusCode()).isEqualTo(200);
        assertThat(onA.get("export/reviews.csv").statusCode()).isEqualTo(200);

        UserService onB = b.context.getBean(UserService.class);
        b.as("admin", ADMIN, () -> onB.removeRole(onB.find("two-rae").orElseThrow(), Role.REVIEWER));

        assertThat(onA.get("reviews").statusCode()).isEqualTo(403);
        assertThat(onA.get("export/reviews.csv").statusCode()).isEqualTo(403);
        assertThat(onA.get("export/reviews.json").statusCode()).isEqualTo(403);
        assertThat(onA.get("notes").statusCode()).as("still signed in as a learner").isEqualTo(200);
    }

    @Test
    void aKeptSignInMadeOnInstanceASignsInOnInstanceB() throws Exception {
        account(a, b, "two-kai");
        HttpVisitor onA = signedIn(a, "two-kai", Map.of(AccountSessions.KEEP_SIGNED_IN_PARAMETER, "on"));
        String kept = onA.cookie("remember-me").orElseThrow();

        HttpVisitor onB = new HttpVisitor(port(b));
        onB.setCookie("remember-me", kept);
        assertThat(onB.get("notes").statusCode()).as("instance A died; the proxy sends the browser to B").isEqualTo(200);
        assertThat(onB.sessionId()).isPresent();
    }

    @Test
    void twoReviewersOnTwoInstancesJudgingOneClaimFromTheSameStateGetOneReviewAndOneRefusal() {
        account(a, b, "two-ada", Role.REVIEWER);
        account(b, a, "two-bob", Role.REVIEWER);
        Lesson lesson = a.context.getBean(ContentService.class).course().lesson("forward-process").orElseThrow();
        Lesson.Claim claim = lesson.claims().getLast();
        ReviewService reviewsOnA = a.context.getBean(ReviewService.class);
        ReviewService reviewsOnB = b.context.getBean(ReviewService.class);
        long seen = a.as("two-ada", REVIEWER, () -> reviewsOnA.statuses(lesson).get(claim.id()).head());
        assertThat(b.as("two-bob", REVIEWER, () -> reviewsOnB.statuses(lesson).get(claim.id()).head()))
                .as("both pages show the same newest review").isEqualTo(seen);

        ClaimReview recorded = a.as("two-ada", REVIEWER, () -> reviewsOnA.record(lesson.id(), claim,
                new ReviewInput(Verdict.SUPPORTED, "Eq. (4)", ""), seen));
        assertThat(recorded.reviewerName()).isEqualTo("Name of two-ada");
        assertThatThrownBy(() -> b.as("two-bob", REVIEWER, () -> reviewsOnB.record(lesson.id(), claim,
                new ReviewInput(Verdict.NOT_SUPPORTED, "Sec. 2", ""), seen)))
                .isInstanceOf(ReviewConflict.class)
                .hasMessageContaining("Name of two-ada recorded \u201cSupported\u201d for this claim")
                .hasMessageContaining("Nothing was saved");
        assertThat(b.as("two-bob", REVIEWER, () -> reviewsOnB.history(lesson.id(), claim.id())))
                .singleElement().extracting(ClaimReview::verdict).isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    void twoAdminsOnTwoInstancesRemovingEachOthersAdminRoleAtOnceLeaveOneAdmin() throws Exception {
        account(a, b, "two-xena", Role.ADMIN);
        UserService onA = a.context.getBean(UserService.class);
        UserService onB = b.context.getBean(UserService.class);
        Account admin = onA.find("admin").orElseThrow();
        Account xena = onB.find("two-xena").orElseThrow();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService admins = Executors.newFixedThreadPool(2);
        int refused = 0;
        try {
            List<Future<Account>> changes = List.of(
                    admins.submit(() -> {
                        go.await();
                        return a.as("two-xena", ADMIN, () -> onA.removeRole(admin, Role.ADMIN));
                    }),
                    admins.submit(() -> {
                        go.await();
                        return b.as("admin", ADMIN, () -> onB.removeRole(xena, Role.ADMIN));
                    }));
            go.countDown();
            for (Future<Account> change : changes) {
                try {
                    change.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(RoleChangeRefused.class).hasMessageContaining("is the last admin");
                    refused++;
                }
            }
        } finally {
            admins.shutdownNow();
        }
        assertThat(refused).as("one change went through, the other was refused").isEqualTo(1);
        assertThat(b.as("admin", ADMIN, onB::listAccounts)).filteredOn(account -> account.has(Role.ADMIN)).hasSize(1);
        // The other tests grant roles as "admin": give it back its role if it was the one removed.
        Account now = onA.find("admin").orElseThrow();
        if (!now.has(Role.ADMIN)) {
            a.as("two-xena", ADMIN, () -> onA.grantRole(now, Role.ADMIN));
        }
    }
}
