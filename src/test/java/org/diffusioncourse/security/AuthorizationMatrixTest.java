package org.diffusioncourse.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import org.diffusioncourse.base.ui.NotFoundView;
import org.diffusioncourse.lesson.ui.CourseHomeView;
import org.diffusioncourse.lesson.ui.LessonView;
import org.diffusioncourse.security.ui.AdminUsersView;
import org.diffusioncourse.security.ui.LoginView;
import org.diffusioncourse.support.CourseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Each kind of visitor against each action, through the views and the services: reading the
 * home and a lesson (everyone), My notes (signed in, and only one's own), the review queue
 * and recording a review (reviewers and admins), the review export (reviewers, authors and
 * admins), opening the account list and granting a role (admins only). The same matrix over
 * plain HTTP is in {@code RouteAccessOverHttpTest}.
 */
@CourseTest
class AuthorizationMatrixTest extends SecuredBrowserlessTest {

    private static final String TARGET = "matrix-target";
    private static final String PASSWORD = "correct horse battery";

    @Autowired
    UserService users;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    org.diffusioncourse.review.ReviewService reviews;
    @Autowired
    org.diffusioncourse.notes.NoteService notes;
    @Autowired
    org.diffusioncourse.lesson.ContentService content;

    @BeforeEach
    void target() {
        if (users.find(TARGET).isEmpty()) {
            users.signUp(new SignUpForm(TARGET, "Matrix Target", PASSWORD, PASSWORD));
        }
        org.diffusioncourse.support.Accounts.ensure(users, jdbc, "matrix-learner");
        org.diffusioncourse.support.Accounts.ensure(users, jdbc, "matrix-author", Role.AUTHOR);
        org.diffusioncourse.support.Accounts.ensure(users, jdbc, "matrix-reviewer", Role.REVIEWER);
        org.diffusioncourse.support.Accounts.ensure(users, jdbc, "matrix-admin", Role.ADMIN);
        // The target learner's private note, which no one else may read.
        jdbc.sql("delete from research_note where object_key = 'claim:matrix'").update();
        jdbc.sql("insert into research_note (user_id, lesson_id, object_key, object_label, link, question) "
                + "select id, 'forward-process', 'claim:matrix', 'Claim', 'lessons/forward-process', 'target secret' "
                + "from app_user where username = :u").param("u", TARGET).update();
    }

    private org.diffusioncourse.lesson.Lesson.Claim aClaim() {
        return content.course().lesson("forward-process").orElseThrow().claims().getFirst();
    }

    private void recordsAReview(boolean allowed) {
        var input = new org.diffusioncourse.review.ReviewInput(org.diffusioncourse.review.Verdict.SUPPORTED, "Eq. (4)", "");
        var claim = aClaim();
        long head = reviews.statuses(content.course().lesson("forward-process").orElseThrow()).get(claim.id()).head();
        if (allowed) {
            assertThat(reviews.record("forward-process", claim, input, head).verdict())
                    .isEqualTo(org.diffusioncourse.review.Verdict.SUPPORTED);
        } else {
            assertThatThrownBy(() -> reviews.record("forward-process", claim, input, head)).isInstanceOf(AccessDeniedException.class);
        }
    }

    private void exportsReviews(boolean allowed) {
        if (allowed) {
            assertThat(reviews.export()).isNotNull();
        } else {
            assertThatThrownBy(() -> reviews.export()).isInstanceOf(AccessDeniedException.class);
        }
    }

    /** A signed-in user's notes page and service show only their own notes. */
    private void readsOnlyOwnNotes() {
        assertThat(open("notes")).isEqualTo(org.diffusioncourse.notes.ui.MyNotesView.class);
        assertThat(notes.mine()).noneMatch(n -> n.question().equals("target secret"));
        assertThat(notes.find("forward-process", "claim:matrix")).isEmpty();
    }

    private Class<?> open(String route) {
        UI.getCurrent().navigate(route);
        return getCurrentView().getClass();
    }

    private void readsHomeAndLesson() {
        assertThat(open("")).isEqualTo(CourseHomeView.class);
        assertThat(open("lessons/forward-process")).isEqualTo(LessonView.class);
    }

    private void isDeniedGrantingRoles() {
        Account target = users.find(TARGET).orElseThrow();
        assertThatThrownBy(() -> users.grantRole(target, Role.REVIEWER)).isInstanceOf(AccessDeniedException.class);
        assertThat(users.find(TARGET).orElseThrow().roles()).containsExactly(Role.LEARNER);
    }

    @Test
    @WithAnonymousUser
    void anAnonymousVisitorReadsLessonsIsSentToSignInForEverythingElseAndCannotGrantRoles() {
        readsHomeAndLesson();
        assertThat(open("admin/users")).isEqualTo(LoginView.class);
        assertThat(open("notes")).isEqualTo(LoginView.class);
        assertThat(open("reviews")).isEqualTo(LoginView.class);
        assertThatThrownBy(() -> notes.mine()).isInstanceOfAny(AccessDeniedException.class,
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
        recordsAReview(false);
        exportsReviews(false);
        isDeniedGrantingRoles();
    }

    @Test
    @WithMockUser(username = "matrix-learner", roles = "LEARNER")
    void aLearnerReadsLessonsAndOwnNotesButIsDeniedReviewingTheAccountListAndGrantingRoles() {
        readsHomeAndLesson();
        readsOnlyOwnNotes();
        assertThat(open("reviews")).isEqualTo(NotFoundView.class);
        recordsAReview(false);
        exportsReviews(false);
        assertThat(open("admin/users")).isEqualTo(NotFoundView.class);
        isDeniedGrantingRoles();
    }

    @Test
    @WithMockUser(username = "matrix-author", roles = {"LEARNER", "AUTHOR"})
    void anAuthorReadsLessonsAndExportsReviewsButIsDeniedRecordingThemTheAccountListAndGrantingRoles() {
        readsHomeAndLesson();
        readsOnlyOwnNotes();
        assertThat(open("reviews")).isEqualTo(NotFoundView.class);
        recordsAReview(false);
        exportsReviews(true);
        assertThat(open("admin/users")).isEqualTo(NotFoundView.class);
        isDeniedGrantingRoles();
    }

    @Test
    @WithMockUser(username = "matrix-reviewer", roles = {"LEARNER", "REVIEWER"})
    void aReviewerReadsLessonsOpensTheQueueRecordsAndExportsReviewsButIsDeniedTheAccountListAndGrantingRoles() {
        readsHomeAndLesson();
        readsOnlyOwnNotes();
        assertThat(open("reviews")).isEqualTo(org.diffusioncourse.review.ui.ReviewQueueView.class);
        recordsAReview(true);
        exportsReviews(true);
        assertThat(open("admin/users")).isEqualTo(NotFoundView.class);
        isDeniedGrantingRoles();
    }

    @Test
    @WithMockUser(username = "matrix-admin", roles = {"LEARNER", "ADMIN"})
    void anAdminDoesEverythingIncludingGrantingRoles() {
        readsHomeAndLesson();
        readsOnlyOwnNotes();
        assertThat(open("reviews")).isEqualTo(org.diffusioncourse.review.ui.ReviewQueueView.class);
        recordsAReview(true);
        exportsReviews(true);
        assertThat(open("admin/users")).isEqualTo(AdminUsersView.class);
        Account target = users.find(TARGET).orElseThrow();
        Account reviewer = users.grantRole(target, Role.REVIEWER);
        assertThat(reviewer.roles()).contains(Role.REVIEWER);
        users.removeRole(reviewer, Role.REVIEWER);
    }
}
