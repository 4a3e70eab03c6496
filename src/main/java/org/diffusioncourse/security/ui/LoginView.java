package org.diffusioncourse.security.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
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
import java.util.List;
import org.diffusioncourse.security.AccountSessions;
import org.diffusioncourse.security.SignInThrottle;

/**
 * Sign-in. The form posts to Spring Security's {@code /login} with the CSRF token the page
 * carries; a failed attempt comes back as {@code /login?error} and the form says so. When
 * sign-in is paused after too many wrong passwords ({@link SignInThrottle}) the browser comes
 * back as {@code /login?paused=N} and the form says how many minutes to wait.
 *
 * <p>"Keep me signed in on this device" is a checkbox in the form's own custom area: the form
 * posts it with the username and password, as {@link AccountSessions#KEEP_SIGNED_IN_PARAMETER},
 * only when it is ticked. It is off until the learner ticks it (a shared computer must not
 * keep anyone signed in by default).
 */
@Route("login")
@PageTitle("Sign in · Diffusion course")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver {

    static final String BAD_CREDENTIALS = "Wrong username or password";
    static final String PAUSED = "Too many sign-in attempts";
    private static final int MAX_PAUSE_MINUTES = 60;

    private final AuthenticationContext authentication;
    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();

    public LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("account-page");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(texts());
        Checkbox keep = new Checkbox("Keep me signed in on this device");
        keep.setId("keep-signed-in");
        keep.getElement().setAttribute("name", AccountSessions.KEEP_SIGNED_IN_PARAMETER);
        keep.getElement().setAttribute("slot", "custom-form-area");
        form.getElement().appendChild(keep.getElement());
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
        if (parameters.containsKey(SignInThrottle.PAUSED_PARAMETER)) {
            form.setI18n(paused(parameters.get(SignInThrottle.PAUSED_PARAMETER)));
            form.setError(true);
        }
        if (parameters.containsKey(AccountSessions.KEPT_SIGN_IN_REUSED)) {
            notice.setText("You were signed out on this device. Your kept sign-in had already been used from "
                    + "somewhere else, which happens when its cookie is copied, so every device that kept your "
                    + "sign-in has been signed out. Sign in again with your password.");
            notice.setVisible(true);
        }
        if (parameters.containsKey("created")) {
            notice.setText("Your account is ready. Sign in with your new username and password.");
            notice.setVisible(true);
        }
    }

    /** The form's error, saying how long to wait; the minutes are read as a number, nothing else is shown. */
    private static LoginI18n paused(List<String> minutes) {
        int wait = minutes.stream().findFirst().filter(m -> m.matches("\\d{1,2}")).map(Integer::parseInt)
                .filter(m -> m >= 1 && m <= MAX_PAUSE_MINUTES).orElse(0);
        LoginI18n texts = texts();
        texts.getErrorMessage().setTitle(PAUSED);
        texts.getErrorMessage().setMessage("After too many wrong passwords for this username, or from your network, "
                + "sign-in is paused for a while. Your password was not checked. Try again in "
                + (wait == 0 ? "a few minutes." : wait == 1 ? "about 1 minute." : "about " + wait + " minutes."));
        return texts;
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
