package org.diffusioncourse.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.diffusioncourse.lab.SamplerLabView;
import org.diffusioncourse.lesson.ui.CourseHomeView;
import org.diffusioncourse.notes.ui.MyNotesView;
import org.diffusioncourse.review.ui.ReviewQueueView;
import org.diffusioncourse.security.Account;
import org.diffusioncourse.security.Role;
import org.diffusioncourse.security.UserService;
import org.diffusioncourse.security.ui.AdminUsersView;
import org.diffusioncourse.security.ui.LoginView;
import org.diffusioncourse.security.ui.SignUpView;

/**
 * The frame around every page: a skip link, the site header with the account controls, and
 * the main landmark. It also loads the KaTeX element, so math in any lesson is typeset.
 */
@Layout
@AnonymousAllowed
@NpmPackage(value = "katex", version = "0.16.25")
@JsModule("./course-math.js")
public final class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final Main main = new Main();
    private final AuthenticationContext authentication;
    private final UserService users;
    private final Header header;
    private Nav account = new Nav();

    public MainLayout(AuthenticationContext authentication, UserService users) {
        this.authentication = authentication;
        this.users = users;
        addClassName("course-frame");
        Anchor skip = new Anchor("#main-content", "Skip to content");
        skip.addClassName("skip-link");

        RouterLink home = new RouterLink("Diffusion, score matching & flow matching", CourseHomeView.class);
        home.addClassName("site-title");
        RouterLink lab = new RouterLink("Sampler lab", SamplerLabView.class);
        lab.addClassName("site-link");
        lab.setId("lab-link");
        Nav nav = new Nav(home, lab);
        nav.getElement().setAttribute("aria-label", "Site");
        header = new Header(nav, account);
        header.addClassName("site-header");

        main.setId("main-content");
        main.getElement().setAttribute("tabindex", "-1");
        main.addClassName("site-main");

        Footer footer = new Footer(new Span(
                "Every figure is computed on the server by tested Java numerics. Licensed GPL-3.0-or-later."));
        footer.addClassName("site-footer");
        add(skip, header, main, footer);
    }

    /**
     * The account controls are redrawn on each navigation (not on slider moves, which only
     * replace the URL), so they follow the signed-in user and their current display name.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Nav fresh = account();
        header.replace(account, fresh);
        account = fresh;
    }

    /** Sign-in and sign-up links, or who is signed in, the admin link for admins, and sign-out. */
    private Nav account() {
        Nav account = new Nav();
        account.addClassName("account-nav");
        account.getElement().setAttribute("aria-label", "Account");
        if (!authentication.isAuthenticated()) {
            RouterLink signIn = new RouterLink("Sign in", LoginView.class);
            signIn.setId("sign-in-link");
            RouterLink signUp = new RouterLink("Create account", SignUpView.class);
            signUp.setId("sign-up-link");
            account.add(signIn, signUp);
            return account;
        }
        String username = authentication.getPrincipalName().orElse("");
        // The display name is the user's own text: it goes into a text node, never into markup.
        Span who = new Span(users.find(username).map(Account::displayName).orElse(username));
        who.setId("account-name");
        who.getElement().setAttribute("title", "Signed in as " + username);
        account.add(who);
        RouterLink notes = new RouterLink("My notes", MyNotesView.class);
        notes.setId("my-notes-link");
        account.add(notes);
        if (authentication.hasRole(Role.REVIEWER.name()) || authentication.hasRole(Role.ADMIN.name())) {
            RouterLink queue = new RouterLink("Review queue", ReviewQueueView.class);
            queue.setId("review-queue-link");
            account.add(queue);
        }
        if (authentication.hasRole(Role.ADMIN.name())) {
            RouterLink admin = new RouterLink("Admin", AdminUsersView.class);
            admin.setId("admin-link");
            admin.getElement().setAttribute("aria-label", "Admin: manage accounts");
            account.add(admin);
        }
        Button signOut = new Button("Sign out", click -> authentication.logout());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.TERTIARY);
        account.add(signOut);
        return account;
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }
}
