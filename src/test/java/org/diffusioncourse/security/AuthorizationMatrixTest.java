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
 * Each kind of visitor against each action, through the views: reading the home and a lesson
 * (everyone), opening the account list (admins only) and granting a role through the service
 * (admins only). The same matrix over plain HTTP is in {@code RouteAccessOverHttpTest}.
 */
@CourseTest
class AuthorizationMatrixTest extends SecuredBrowserlessTest {

    private static final String TARGET = "matrix-target";
    private static final String PASSWORD = "correct horse battery";

    @Autowired
    UserService users;

    @BeforeEach
    void target() {
        if (users.find(TARGET).isEmpty()) {
            users.signUp(new SignUpForm(TARGET, "Matrix Target", PASSWORD, PASSWORD));
        }
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
    void anAnonymousVisitorReadsLessonsIsSentToSignInForTheAccountListAndCannotGrantRoles() {
        readsHomeAndLesson();
        assertThat(open("admin/users")).isEqualTo(LoginView.class);
        isDeniedGrantingRoles();
    }

    @Test
    @WithMockUser(username = "matrix-learner", roles = "LEARNER")
    void aLearnerReadsLessonsButIsDeniedTheAccountListAndGrantingRoles() {
        readsHomeAndLesson();
        assertThat(open("admin/users")).isEqualTo(NotFoundView.class);
        isDeniedGrantingRoles();
    }

    @Test
    @WithMockUser(username = "matrix-author", roles = {"LEARNER", "AUTHOR"})
    void anAuthorReadsLessonsButIsDeniedTheAccountListAndGrantingRoles() {
        readsHomeAndLesson();
        assertThat(open("admin/users")).isEqualTo(NotFoundView.class);
        isDeniedGrantingRoles();
    }

    @Test
    @WithMockUser(username = "matrix-reviewer", roles = {"LEARNER", "REVIEWER"})
    void aReviewerReadsLessonsButIsDeniedTheAccountListAndGrantingRoles() {
        readsHomeAndLesson();
        assertThat(open("admin/users")).isEqualTo(NotFoundView.class);
        isDeniedGrantingRoles();
    }

    @Test
    @WithMockUser(username = "matrix-admin", roles = {"LEARNER", "ADMIN"})
    void anAdminReadsLessonsOpensTheAccountListAndGrantsRoles() {
        readsHomeAndLesson();
        assertThat(open("admin/users")).isEqualTo(AdminUsersView.class);
        Account target = users.find(TARGET).orElseThrow();
        Account reviewer = users.grantRole(target, Role.REVIEWER);
        assertThat(reviewer.roles()).contains(Role.REVIEWER);
        users.removeRole(reviewer, Role.REVIEWER);
    }
}
