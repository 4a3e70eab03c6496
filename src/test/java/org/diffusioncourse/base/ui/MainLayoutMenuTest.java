package org.diffusioncourse.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Map;
import org.diffusioncourse.lesson.ui.CourseHomeView;
import org.diffusioncourse.models.ui.MyModelsView;
import org.diffusioncourse.notes.ui.MyNotesView;
import org.diffusioncourse.review.ui.ReviewQueueView;
import org.diffusioncourse.security.Role;
import org.diffusioncourse.security.SecuredBrowserlessTest;
import org.diffusioncourse.security.UserService;
import org.diffusioncourse.security.ui.AdminUsersView;
import org.diffusioncourse.support.Accounts;
import org.diffusioncourse.support.CourseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The header's menu comes from the views' {@code @Menu} and shows each visitor exactly the
 * views they may open; a view left out of someone's menu is still refused when they type its
 * address (the server decides, not the menu).
 */
@CourseTest
class MainLayoutMenuTest extends SecuredBrowserlessTest {

    /** Each menu view by route, with the id of its header link. */
    private static final Map<String, String> MENU = Map.of(
            "notes", "my-notes-link",
            "my-models", "my-models-link",
            "reviews", "review-queue-link",
            "admin/users", "admin-link");
    private static final Map<String, Class<?>> VIEWS = Map.of(
            "notes", MyNotesView.class,
            "my-models", MyModelsView.class,
            "reviews", ReviewQueueView.class,
            "admin/users", AdminUsersView.class);

    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;

    @Test
    @WithAnonymousUser
    void aVisitorsMenuHasNoneOfThePagesForAccounts() {
        assertThat(assertMenuShowsExactlyWhatOpens()).isEmpty();
    }

    @Test
    @WithMockUser(username = "menu-learner", roles = "LEARNER")
    void aLearnersMenuHasTheirNotesAndModels() {
        Accounts.ensure(users, jdbc, "menu-learner");
        assertThat(assertMenuShowsExactlyWhatOpens()).containsExactly("my-notes-link", "my-models-link");
    }

    @Test
    @WithMockUser(username = "menu-author", roles = {"LEARNER", "AUTHOR"})
    void anAuthorsMenuIsALearners() {
        Accounts.ensure(users, jdbc, "menu-author", Role.AUTHOR);
        assertThat(assertMenuShowsExactlyWhatOpens()).containsExactly("my-notes-link", "my-models-link");
    }

    @Test
    @WithMockUser(username = "menu-reviewer", roles = {"LEARNER", "REVIEWER"})
    void aReviewersMenuAddsTheReviewQueue() {
        Accounts.ensure(users, jdbc, "menu-reviewer", Role.REVIEWER);
        assertThat(assertMenuShowsExactlyWhatOpens()).containsExactly("my-notes-link", "my-models-link", "review-queue-link");
    }

    @Test
    @WithMockUser(username = "menu-admin", roles = {"LEARNER", "ADMIN"})
    void anAdminsMenuHasEveryPageInOrder() {
        Accounts.ensure(users, jdbc, "menu-admin", Role.ADMIN);
        assertThat(assertMenuShowsExactlyWhatOpens()).containsExactly("my-notes-link", "my-models-link", "review-queue-link", "admin-link");
        assertThat($(RouterLink.class).id("admin-link").getElement().getAttribute("aria-label"))
                .as("the short title is read with its context").isEqualTo("Admin: manage accounts");
    }

    /**
     * Opens each account page and checks that it is in the menu exactly when it opens; returns
     * the account pages in the menu, in menu order (public pages such as the lab may join them).
     */
    private List<String> assertMenuShowsExactlyWhatOpens() {
        navigate(CourseHomeView.class);
        List<String> shown = menu();
        MENU.forEach((route, link) -> {
            UI.getCurrent().navigate(route);
            boolean opened = VIEWS.get(route).isInstance(getCurrentView());
            assertThat(opened).as(route + " opens exactly when " + link + " is in the menu " + shown)
                    .isEqualTo(shown.contains(link));
        });
        return shown.stream().filter(MENU::containsValue).toList();
    }

    private List<String> menu() {
        return $(RouterLink.class).withClassName("site-link").all().stream()
                .map(link -> link.getId().orElse("")).toList();
    }
}
