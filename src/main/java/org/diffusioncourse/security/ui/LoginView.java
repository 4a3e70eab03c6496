package org.diffusioncourse.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * Sign-in. The form posts to Spring Security's {@code /login}; a failed attempt comes back as
 * {@code /login?error} and the form says so.
 */
@Route("login")
@PageTitle("Sign in · Diffusion course")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver {

    static final String BAD_CREDENTIALS = "Wrong username or password";

    private final AuthenticationContext authentication;
    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();

    public LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("account-page");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(texts());
        notice.setId("login-notice");
        notice.setVisible(false);
        notice.getElement().setAttribute("role", "status");
        Paragraph signUp = new Paragraph("No account yet? ");
        signUp.add(new RouterLink("Create a learner account", SignUpView.class));
        add(new H1("Sign in"), notice, form, signUp);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        form.setError(parameters.containsKey("error"));
        if (parameters.containsKey("created")) {
            notice.setText("Your account is ready. Sign in with your new username and password.");
            notice.setVisible(true);
        }
    }

    private static LoginI18n texts() {
        LoginI18n texts = LoginI18n.createDefault();
        texts.getForm().setTitle("");
        texts.getForm().setUsername("Username");
        texts.getForm().setPassword("Password");
        texts.getForm().setSubmit("Sign in");
        texts.getErrorMessage().setTitle(BAD_CREDENTIALS);
        texts.getErrorMessage().setMessage("Check your username and password and try again. "
                + "Usernames are lower case; passwords are case-sensitive.");
        return texts;
    }
}
