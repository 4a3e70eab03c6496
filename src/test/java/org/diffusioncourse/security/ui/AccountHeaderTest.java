package org.diffusioncourse.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import org.diffusioncourse.lesson.ui.CourseHomeView;
import org.diffusioncourse.security.SecuredBrowserlessTest;
import org.diffusioncourse.security.SignUpForm;
import org.diffusioncourse.security.UserService;
import org.diffusioncourse.support.CourseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/** The account controls in the site header, for each kind of visitor. */
@CourseTest
class AccountHeaderTest extends SecuredBrowserlessTest {

    private static final String HOSTILE = "<img src=x onerror=alert(1)> Eve & co";

    @Autowired
    UserService users;

    @Test
    @WithAnonymousUser
    void anAnonymousVisitorSeesSignInAndCreateAccount() {
        navigate(CourseHomeView.class);
        assertThat($(RouterLink.class).id("sign-in-link").getText()).isEqualTo("Sign in");
        assertThat($(RouterLink.class).id("sign-up-link").getText()).isEqualTo("Create account");
        assertThat($(Button.class).all()).noneMatch(b -> "sign-out".equals(b.getId().orElse("")));
    }

    @Test
    @WithMockUser(username = "header-eve", roles = "LEARNER")
    void aSignedInLearnerSeesTheirDisplayNameAsPlainTextAndSignOutButNoAdminLink() {
        if (users.find("header-eve").isEmpty()) {
            users.signUp(new SignUpForm("header-eve", HOSTILE, "correct horse battery", "correct horse battery"));
        }
        navigate(CourseHomeView.class);
        Span name = $(Span.class).id("account-name");
        assertThat(name.getText()).isEqualTo(HOSTILE);
        assertThat(name.getElement().getChildCount()).isEqualTo(1);
        assertThat(name.getElement().getChild(0).isTextNode()).as("the name is a text node, not markup").isTrue();
        assertThat($(Button.class).id("sign-out").getText()).isEqualTo("Sign out");
        assertThat($(RouterLink.class).all()).noneMatch(l -> "admin-link".equals(l.getId().orElse("")));
    }

    @Test
    @WithMockUser(username = "header-admin", roles = {"LEARNER", "ADMIN"})
    void anAdminAlsoSeesANamedAdminLink() {
        navigate(CourseHomeView.class);
        RouterLink admin = $(RouterLink.class).id("admin-link");
        assertThat(admin.getHref()).isEqualTo("admin/users");
        assertThat(admin.getElement().getAttribute("aria-label")).isEqualTo("Admin: manage accounts");
        assertThat($(Span.class).id("account-name").getText()).as("no account row: the username is shown")
                .isEqualTo("header-admin");
    }
}
