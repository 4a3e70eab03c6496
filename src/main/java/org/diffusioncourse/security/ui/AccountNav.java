package org.diffusioncourse.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.diffusioncourse.base.ui.AccountControls;
import org.diffusioncourse.security.Account;
import org.diffusioncourse.security.UserService;

/** The header's account controls: sign in and create an account, or who is signed in and sign out. */
@org.springframework.stereotype.Component
class AccountNav implements AccountControls {

    private final AuthenticationContext authentication;
    private final UserService users;

    AccountNav(AuthenticationContext authentication, UserService users) {
        this.authentication = authentication;
        this.users = users;
    }

    @Override
    public Component draw() {
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
        Button signOut = new Button("Sign out", click -> authentication.logout());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.TERTIARY);
        account.add(who, signOut);
        return account;
    }
}
