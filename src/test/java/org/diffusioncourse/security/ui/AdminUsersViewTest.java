package org.diffusioncourse.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.UUID;
import org.diffusioncourse.security.Account;
import org.diffusioncourse.security.Role;
import org.diffusioncourse.security.SecuredBrowserlessTest;
import org.diffusioncourse.security.SignUpForm;
import org.diffusioncourse.security.UserService;
import org.diffusioncourse.support.CourseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@CourseTest
@WithMockUser(username = "view-admin", roles = {"LEARNER", "ADMIN"})
class AdminUsersViewTest extends SecuredBrowserlessTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    UserService users;

    private Account learner() {
        String username = "grid-" + UUID.randomUUID().toString().substring(0, 8);
        return users.signUp(new SignUpForm(username, "Grid " + username, PASSWORD, PASSWORD));
    }

    private static Account row(AdminUsersView view, String username) {
        return view.grid.getListDataView().getItems().filter(a -> a.username().equals(username)).findFirst().orElseThrow();
    }

    @Test
    void theGridListsEveryAccountWithItsRoles() {
        Account learner = learner();
        AdminUsersView view = navigate(AdminUsersView.class);
        assertThat(view.grid.getListDataView().getItems()).extracting(Account::username).contains(learner.username(), "admin");
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("admin");
    }

    @Test
    void anAdminGrantsARoleByTickingItAndSaving() {
        Account learner = learner();
        AdminUsersView view = navigate(AdminUsersView.class);
        view.grid.select(row(view, learner.username()));
        test(view.roles).selectItem("Reviewer");
        test(view.save).click();
        assertThat(users.find(learner.username()).orElseThrow().roles()).containsExactlyInAnyOrder(Role.LEARNER, Role.REVIEWER);
        assertThat(view.message.getText()).isEqualTo("Saved: " + learner.username() + " now has Learner, Reviewer.");
    }

    @Test
    void aChangeMadeMeanwhileByAnotherAdminIsReportedNotOverwritten() {
        Account learner = learner();
        AdminUsersView view = navigate(AdminUsersView.class);
        view.grid.select(row(view, learner.username()));
        users.grantRole(learner, Role.AUTHOR);

        view.roles.setValue(EnumSet.of(Role.LEARNER, Role.REVIEWER));
        test(view.save).click();
        assertThat(view.message.getText()).startsWith("Someone else changed " + learner.username()
                + " after you loaded it: its roles are now Learner, Author (you saw Learner).");
        assertThat(users.find(learner.username()).orElseThrow().roles()).containsExactlyInAnyOrder(Role.LEARNER, Role.AUTHOR);
        assertThat(view.roles.getValue()).as("the editor now shows the current roles")
                .containsExactlyInAnyOrder(Role.LEARNER, Role.AUTHOR);
    }
}
